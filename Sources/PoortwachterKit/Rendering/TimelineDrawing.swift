import PoortwachterTemplates

/// Coordinates for the inline SVG timeline of the 104 weeks (plus extensions): the template draws,
/// this computes where. The drawing is `breedte` x `hoogte` user units.
struct TimelineDrawing {
  let context: DossierContext
  /// Narrower than wide pages need, so the drawing (and its labels) prints larger on A4.
  static let width = 760.0
  static let margin = 30.0

  func build() -> RenderNode {
    let timeline = context.timeline
    let calendar = timeline.calendar
    let endWeek = max(104, weekNumber(timeline[.eindeWachttijd]?.uiterlijk ?? calendar.lastDay(ofWeek: 104)))
    let scale = (Self.width - 2 * Self.margin) / Double(endWeek)
    let x = { (week: Double) -> RenderValue in
      .text(format2(Self.margin + min(Double(endWeek), max(0, week)) * scale))
    }
    let ticks =
      [0, 6, 8, 13, 26, 42, 52, 65, 78, 91, 104].filter { $0 <= endWeek } + (endWeek > 104 ? [endWeek] : [])
    var lane = 0
    let markers = timeline.milestones.map { row -> RenderNode in
      lane = (lane + 1) % 3
      let week = exactWeek(row.uiterlijk)
      return RenderNode([
        "id": .text(row.id.rawValue), "is_einde_wachttijd": .flag(row.id == .eindeWachttijd),
        "x": x(week), "rij_y": .text(String(40 + lane * 16)), "titel": .text(row.id.title),
        "uiterlijk": ContextValues.date(row.uiterlijk),
        "status": .text(row.status.rawValue), "status_tekst": .text(context.statusText(row)),
      ])
    }
    return RenderNode([
      "breedte": .text(String(Int(Self.width))), "hoogte": "120", "begin_x": .text(String(Int(Self.margin))),
      "einde_x": .text(String(Int(Self.width - Self.margin))), "weken": .text(String(endWeek)),
      "schaal": .list(ticks.map { RenderNode(["x": x(Double($0)), "label": .text("wk \($0)")]) }),
      "markeringen": .list(markers), "peildatum_x": x(exactWeek(timeline.peildatum)),
      "peildatum_zichtbaar": .flag(timeline.peildatum >= calendar.firstSickDay),
    ])
  }

  private func weekNumber(_ date: CivilDate) -> Int { Int(exactWeek(date).rounded(.up)) }

  /// Weeks of illness elapsed at the end of `date` (fractional).
  private func exactWeek(_ date: CivilDate) -> Double {
    let calendar = context.timeline.calendar
    let days = calendar.sickDays(through: date)
    let end = calendar.lastDay(ofWeek: 104)
    // After week 104 (extensions) count calendar days, since no interruptions apply there.
    if date > end { return 104 + Double(end.days(until: date)) / 7 }
    return Double(days) / 7
  }

  private func format2(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }
}
