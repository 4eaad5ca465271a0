/// Every legal deadline of a case on a peildatum (`docs/rekenregels.md`).
public struct Timeline: Sendable {
  /// The rhythm UWV expects of the re-integration: evaluations of the plan, search activity and
  /// progress reports of the tweede spoor at least every 6 weeks (UWV Werkwijzer Poortwachter).
  public static let sixWeeks = 42

  /// The sick-day count behind the dates.
  public let calendar: SickDayCalendar
  /// The peildatum ("now"); the only source of time.
  public let peildatum: CivilDate
  /// The milestones in contract order.
  public let milestones: [Milestone]
  /// Whether and how the employee left employment while sick, worked out once here: the
  /// deadlines, the phase, the rules, the dossier and the pack read it.
  public let ziekUitDienst: ZiekUitDienst

  /// The milestone with `id`.
  public subscript(id: Milestone.ID) -> Milestone? { milestones.first { $0.id == id } }

  /// Computes the timeline of `caseFile` on `peildatum`.
  public init(caseFile: CaseFile, peildatum: CivilDate) {
    let calendar = SickDayCalendar(absence: caseFile.verzuim)
    self.calendar = calendar
    self.peildatum = peildatum
    let ziekUitDienst = ZiekUitDienst(caseFile: caseFile, calendar: calendar)
    self.ziekUitDienst = ziekUitDienst
    milestones = TimelineBuilder(
      caseFile: caseFile, calendar: calendar, peildatum: peildatum, ziekUitDienst: ziekUitDienst
    ).build()
  }

  /// The last day of the waiting period: the last day of week 104, plus the weeks of every
  /// vrijwillige verlenging and of a loonsanctie (art. 7:629 BW; art. 24 and 25 lid 9 WIA).
  public static func endOfWaitingPeriod(_ calendar: SickDayCalendar, _ absence: Absence) -> CivilDate {
    calendar.lastDay(ofWeek: 104).adding(
      days: 7 * (absence.verlengingWeeks + (absence.loonsanctie?.weken ?? 0)))
  }

  /// The week of illness on the peildatum (0 before the first sick day).
  public var currentWeek: Int { calendar.week(of: peildatum) }
}
