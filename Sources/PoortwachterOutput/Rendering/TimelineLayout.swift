import PoortwachterCore

/// The geometry of the timeline picture, in SVG user units (``TimelineDrawing`` hands it to the
/// templates). The axis runs from the first sick day to the end of the waiting period, or further
/// when the peildatum or a step lies beyond it, so the peildatum is drawn where it really is. Each
/// step is marked at the date it was done (or, not done, at its deadline), with its deadline as a
/// tick on the axis; markers that would overlap go into rows above the axis. Bands under the axis
/// show the tweede spoor, a vrijwillige verlenging and a loonsanctie.
struct TimelineLayout {
  /// Narrower than wide pages need, so the drawing (and its labels) prints larger on A4.
  static let width = 760.0
  static let margin = 30.0
  /// Marker radius and the vertical distance between marker rows.
  static let markerRadius = 7.8
  static let rowHeight = 19.0
  /// The top of the first marker row (room for the peildatum label above it).
  static let firstRowY = 36.0
  /// Scale labels: about 6.5 units per character at 12.5 px; band labels about 5.4 at 10 px.
  static let characterWidth = 6.5
  static let bandCharacterWidth = 5.4
  /// Band height plus the space between bands.
  static let bandPitch = 15.0
  /// Weeks with a labelled tick on the scale (legal moments); every 13 weeks after week 104.
  static let scaleWeeks = [0, 6, 8, 13, 26, 42, 52, 65, 78, 91, 104]

  /// One milestone's marker.
  struct Marker {
    let milestone: Milestone
    /// Centre: at the date done, else at the deadline.
    let x: Double
    let y: Double
    /// The deadline on the axis.
    let deadlineX: Double
  }

  /// A scale tick; `labelY` is `nil` when its label has no room.
  struct Tick {
    let week: Int
    let x: Double
    let labelY: Double?
  }

  /// A band with its place and the place of its label.
  struct PlacedBand {
    let band: TimelineBands.Band
    let x: Double
    let width: Double
    let y: Double
    let labelX: Double
    let labelAtRight: Bool
  }

  let weeks: Int
  let axisY: Double
  let height: Double
  let markers: [Marker]
  let ticks: [Tick]
  let bands: [PlacedBand]
  let peildatumX: Double
  let peildatumVisible: Bool

  init(caseFile: CaseFile, timeline: Timeline) {
    let calendar = timeline.calendar
    let week104 = calendar.lastDay(ofWeek: 104)
    // Weeks of illness at the end of a date; after week 104 calendar days (no interruptions there).
    let exactWeek = { (date: CivilDate) -> Double in
      date > week104
        ? 104 + Double(week104.days(until: date)) / 7 : Double(calendar.sickDays(through: date)) / 7
    }
    peildatumVisible = timeline.peildatum >= calendar.firstSickDay
    let last =
      ([timeline[.eindeWachttijd]?.uiterlijk, peildatumVisible ? timeline.peildatum : nil].compactMap { $0 }
      + timeline.milestones.compactMap(\.gedaan)).max()
    let endWeek = max(104, Int((last.map(exactWeek) ?? 104).rounded(.up)))
    weeks = endWeek
    let scale = (Self.width - 2 * Self.margin) / Double(endWeek)
    let x = { (date: CivilDate) -> Double in
      Self.margin + min(Double(endWeek), max(0, exactWeek(date))) * scale
    }

    let rows = timeline.milestones
    let centres = rows.map { x($0.gedaan ?? $0.uiterlijk) }
    let layout = LabelRows(gap: 2, maxRows: rows.count).rows(
      centres: centres, halfWidths: rows.map { _ in Self.markerRadius })
    let axisY = Self.firstRowY + Double(layout.compactMap { $0 }.max() ?? 0) * Self.rowHeight + 22
    self.axisY = axisY
    markers = rows.indices.map {
      Marker(
        milestone: rows[$0], x: centres[$0], y: Self.firstRowY + Double(layout[$0] ?? 0) * Self.rowHeight,
        deadlineX: x(rows[$0].uiterlijk))
    }

    // The legal moments up to week 104, then every 13 weeks; labels in two rows, or none.
    let tickWeeks = Self.scaleWeeks.filter { $0 <= endWeek } + stride(from: 117, through: endWeek, by: 13)
    let tickX = tickWeeks.map { Self.margin + Double($0) * scale }
    let labelRows = LabelRows(gap: 3, maxRows: 2).rows(
      centres: tickX, halfWidths: tickWeeks.map { Double("wk \($0)".count) * Self.characterWidth / 2 })
    ticks = tickWeeks.indices.map { index in
      Tick(
        week: tickWeeks[index], x: tickX[index], labelY: labelRows[index].map { axisY + 17 + Double($0) * 13 }
      )
    }

    let bandTop = axisY + 44
    let found = TimelineBands(caseFile: caseFile, timeline: timeline).bands()
    bands = found.indices.map { index in
      let band = found[index]
      let (x1, x2) = (x(band.from), max(x(band.from) + 2, x(band.to)))
      let right = x2 + 4 + Double(band.text.count) * Self.bandCharacterWidth <= Self.width
      return PlacedBand(
        band: band, x: x1, width: x2 - x1, y: bandTop + Double(index) * Self.bandPitch,
        labelX: right ? x2 + 4 : x1 - 4, labelAtRight: right)
    }
    height = found.isEmpty ? axisY + 34 : bandTop + Double(found.count) * Self.bandPitch + 4
    peildatumX = x(timeline.peildatum)
  }
}
