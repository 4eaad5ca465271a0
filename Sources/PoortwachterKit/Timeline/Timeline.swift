/// Every legal deadline of a case on a peildatum (`docs/rekenregels.md`).
public struct Timeline: Sendable {
  /// The sick-day count behind the dates.
  public let calendar: SickDayCalendar
  /// The peildatum ("now"); the only source of time.
  public let peildatum: CivilDate
  /// The milestones in contract order.
  public let milestones: [Milestone]

  /// The milestone with `id`.
  public subscript(id: Milestone.ID) -> Milestone? { milestones.first { $0.id == id } }

  /// Computes the timeline of `caseFile` on `peildatum`.
  public init(caseFile: CaseFile, peildatum: CivilDate) {
    let calendar = SickDayCalendar(absence: caseFile.verzuim)
    self.calendar = calendar
    self.peildatum = peildatum
    milestones = TimelineBuilder(caseFile: caseFile, calendar: calendar, peildatum: peildatum).build()
  }

  /// The week of illness on the peildatum (0 before the first sick day).
  public var currentWeek: Int { calendar.week(of: peildatum) }
}
