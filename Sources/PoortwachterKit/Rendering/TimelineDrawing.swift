/// Coordinates for the inline SVG timeline (the template draws, this computes where). The axis runs
/// from the first sick day to the end of the waiting period, or further when the peildatum or a
/// step lies beyond it, so the peildatum is drawn where it really is. Each step is marked at the
/// date it was done (or, not done, at its deadline), with its deadline as a tick on the axis;
/// markers that would overlap go into rows above the axis. Bands under the axis show the tweede
/// spoor, a vrijwillige verlenging and a loonsanctie. The drawing is `breedte` x `hoogte` units.
struct TimelineDrawing {
  let context: DossierContext
  /// Narrower than wide pages need, so the drawing (and its labels) prints larger on A4.
  static let width = 760.0
  static let margin = 30.0
  /// Marker radius and the vertical distance between marker rows.
  static let markerRadius = 7.8
  static let rowHeight = 19.0
  /// The top of the first marker row (room for the peildatum label above it).
  static let firstRowY = 36.0
  /// Scale labels: about 6.5 units per character at 12.5 px.
  static let characterWidth = 6.5
  /// Weeks with a labelled tick on the scale (legal moments); every 13 weeks after week 104.
  static let scaleWeeks = [0, 6, 8, 13, 26, 42, 52, 65, 78, 91, 104]

  func build() -> RenderNode {
    let timeline = context.timeline
    let visible = timeline.peildatum >= timeline.calendar.firstSickDay
    let done = timeline.milestones.compactMap(\.gedaan)
    let lastDate =
      ([timeline[.eindeWachttijd]?.uiterlijk, visible ? timeline.peildatum : nil].compactMap { $0 }
      + done).max()
    let endWeek = max(104, Int((lastDate.map(exactWeek) ?? 104).rounded(.up)))
    let scale = (Self.width - 2 * Self.margin) / Double(endWeek)
    let x = { (date: CivilDate) -> Double in
      Self.margin + min(Double(endWeek), max(0, exactWeek(date))) * scale
    }

    // Markers: at the date done, else at the deadline; rows so that no two overlap.
    let rows = timeline.milestones
    let centres = rows.map { x($0.gedaan ?? $0.uiterlijk) }
    let layout = LabelRows(gap: 2, maxRows: rows.count).rows(
      centres: centres, halfWidths: rows.map { _ in Self.markerRadius })
    let rowCount = (layout.compactMap { $0 }.max() ?? 0) + 1
    let axisY = Self.firstRowY + Double(rowCount - 1) * Self.rowHeight + 22
    let markers = rows.indices.map { index -> RenderNode in
      let row = rows[index]
      return RenderNode([
        "nummer": .text(String(index + 1)), "id": .text(row.id.rawValue), "titel": .text(row.id.title),
        "x": number(centres[index]),
        "rij_y": number(Self.firstRowY + Double(layout[index] ?? 0) * Self.rowHeight),
        "termijn_x": number(x(row.uiterlijk)), "uiterlijk": ContextValues.date(row.uiterlijk),
        "gedaan": ContextValues.date(row.gedaan), "is_gedaan": .flag(row.gedaan != nil),
        "heeft_termijn": .flag(row.id != .eindeWachttijd && row.status != .nietVanToepassing),
        "is_einde_wachttijd": .flag(row.id == .eindeWachttijd), "is_te_laat": .flag(row.status == .teLaat),
        "is_niet_van_toepassing": .flag(row.status == .nietVanToepassing),
        "status": .text(row.status.rawValue), "status_tekst": .text(context.statusText(row)),
      ])
    }

    // Scale: the legal moments up to week 104, then every 13 weeks; labels in two rows, or none.
    var weeks = Self.scaleWeeks.filter { $0 <= endWeek }
    weeks += stride(from: 117, through: endWeek, by: 13).map { $0 }
    let tickX = weeks.map { Self.margin + Double($0) * scale }
    let tickLabels = LabelRows(gap: 3, maxRows: 2).rows(
      centres: tickX, halfWidths: weeks.map { Double("wk \($0)".count) * Self.characterWidth / 2 })
    let ticks = weeks.indices.map { index in
      RenderNode([
        "x": number(tickX[index]), "label": .text("wk \(weeks[index])"),
        "label_y": tickLabels[index].map { number(axisY + 17 + Double($0) * 13) } ?? .absent,
      ])
    }

    let bands = TimelineBands(caseFile: context.caseFile, timeline: timeline).bands()
    let bandTop = axisY + 44
    let bandNodes = bands.indices.map { index -> RenderNode in
      let band = bands[index]
      let (x1, x2) = (x(band.from), max(x(band.from) + 2, x(band.to)))
      let labelWidth = Double(band.text.count) * 5.4
      let right = x2 + 4 + labelWidth <= Self.width
      return RenderNode([
        "soort": .text(band.kind), "tekst": .text(band.text), "x": number(x1), "breedte": number(x2 - x1),
        "y": number(bandTop + Double(index) * 15), "tekst_y": number(bandTop + Double(index) * 15 + 8),
        "tekst_x": number(right ? x2 + 4 : x1 - 4), "tekst_anker": .text(right ? "start" : "end"),
        "van": ContextValues.date(band.from), "tot": ContextValues.date(band.to),
      ])
    }
    let height = bands.isEmpty ? axisY + 34 : bandTop + Double(bands.count) * 15 + 4
    let peilX = x(timeline.peildatum)
    return RenderNode([
      "breedte": .text(String(Int(Self.width))), "hoogte": number(height), "as_y": number(axisY),
      "as_boven": number(axisY - 4), "as_onder": number(axisY + 4), "termijn_boven": number(axisY - 8),
      "termijn_onder": number(axisY + 8),
      "begin_x": .text(String(Int(Self.margin))), "einde_x": .text(String(Int(Self.width - Self.margin))),
      "weken": .text(String(endWeek)), "schaal": .list(ticks), "markeringen": .list(markers),
      "banden": .list(bandNodes), "peildatum_x": number(peilX),
      "peildatum_anker": .text(peilX > Self.width - 70 ? "end" : peilX < 70 ? "start" : "middle"),
      "peildatum_zichtbaar": .flag(visible),
    ])
  }

  /// Weeks of illness elapsed at the end of `date` (fractional).
  private func exactWeek(_ date: CivilDate) -> Double {
    let calendar = context.timeline.calendar
    let end = calendar.lastDay(ofWeek: 104)
    // After week 104 count calendar days, since no interruptions apply there.
    if date > end { return 104 + Double(end.days(until: date)) / 7 }
    return Double(calendar.sickDays(through: date)) / 7
  }

  /// A coordinate with at most one decimal.
  private func number(_ value: Double) -> RenderValue {
    let rounded = (value * 10).rounded() / 10
    return .text(rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded))
  }
}
