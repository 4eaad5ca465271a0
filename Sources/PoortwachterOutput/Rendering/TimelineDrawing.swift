import PoortwachterCore
import PoortwachterTemplates

/// The timeline picture in the render context (`tijdlijn`): the geometry of ``TimelineLayout``
/// as the keys the templates draw with. The drawing is `breedte` x `hoogte` user units.
struct TimelineDrawing {
  let context: DossierContext

  func build() -> RenderNode {
    let layout = TimelineLayout(caseFile: context.caseFile, timeline: context.timeline)
    let markers = layout.markers.enumerated().map { index, marker -> RenderNode in
      let row = marker.milestone
      return RenderNode([
        "nummer": .text(String(index + 1)), "id": .text(row.id.rawValue), "titel": .text(row.id.title),
        "x": number(marker.x), "rij_y": number(marker.y), "termijn_x": number(marker.deadlineX),
        "uiterlijk": ContextValues.date(row.uiterlijk), "gedaan": ContextValues.date(row.gedaan),
        "is_gedaan": .flag(row.gedaan != nil),
        "heeft_termijn": .flag(row.id != .eindeWachttijd && row.status != .nietVanToepassing),
        "is_einde_wachttijd": .flag(row.id == .eindeWachttijd), "is_te_laat": .flag(row.status == .teLaat),
        "is_niet_van_toepassing": .flag(row.status == .nietVanToepassing),
        "status": .text(row.status.rawValue), "status_tekst": .text(context.statusText(row)),
      ])
    }
    let ticks = layout.ticks.map { tick in
      RenderNode([
        "x": number(tick.x), "label": .text("wk \(tick.week)"),
        "label_y": tick.labelY.map(number) ?? .absent,
      ])
    }
    let bands = layout.bands.map { placed in
      RenderNode([
        "soort": .text(placed.band.kind), "tekst": .text(placed.band.text), "x": number(placed.x),
        "breedte": number(placed.width), "y": number(placed.y), "tekst_y": number(placed.y + 8),
        "tekst_x": number(placed.labelX), "tekst_anker": .text(placed.labelAtRight ? "start" : "end"),
        "van": ContextValues.date(placed.band.from), "tot": ContextValues.date(placed.band.to),
      ])
    }
    let width = TimelineLayout.width, margin = TimelineLayout.margin, peilX = layout.peildatumX
    return RenderNode([
      "breedte": .text(String(Int(width))), "hoogte": number(layout.height), "as_y": number(layout.axisY),
      "as_boven": number(layout.axisY - 4), "as_onder": number(layout.axisY + 4),
      "termijn_boven": number(layout.axisY - 8), "termijn_onder": number(layout.axisY + 8),
      "begin_x": .text(String(Int(margin))), "einde_x": .text(String(Int(width - margin))),
      "weken": .text(String(layout.weeks)), "schaal": .list(ticks), "markeringen": .list(markers),
      "banden": .list(bands), "peildatum_x": number(peilX),
      "peildatum_anker": .text(peilX > width - 70 ? "end" : peilX < 70 ? "start" : "middle"),
      "peildatum_zichtbaar": .flag(layout.peildatumVisible),
    ])
  }

  /// A coordinate with at most one decimal.
  private func number(_ value: Double) -> RenderValue {
    let rounded = (value * 10).rounded() / 10
    return .text(rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded))
  }
}
