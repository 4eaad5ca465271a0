/// The one definition of the periodic steps (`rules.md`, "Periodic steps have one definition";
/// `docs/rekenregels.md`), read by the evaluation and tweede-spoor rules, the agenda, the ICS and the
/// dossier alike.
///
/// A schedule starts at a document (the plan van aanpak, the start of the tweede spoor) and needs a
/// new moment (an evaluation or a bijstelling of the plan; a rapportage) within every period of at
/// most 42 sick days: days of an interruption inside the chain do not count. It stops when the case
/// stops (full recovery, the last day of employment, the end of the waiting period) or when its own
/// end arrives (the eindevaluatie; for the tweede spoor also a plaatsing or the WIA application),
/// whichever comes first. Documents dated after the peildatum do not exist yet and are ignored.
public struct PeriodicSchedule: Sendable {
  /// The longest period without a moment, in sick days.
  public static let maxSickDays = Timeline.sixWeeks

  /// One moment that restarts the count.
  public struct Moment: Sendable, Equatable {
    /// Its date.
    public let date: CivilDate
    /// Where it sits in the case file (`evaluaties[2].datum`).
    public let path: String
    /// How it is named in a deadline's basis (`laatste evaluatie`).
    public let name: String
  }

  /// The time from one moment to the next (or to the end of the schedule).
  public struct Period: Sendable, Equatable {
    /// The moment that opened it.
    public let from: Moment
    /// The date that closed it: the next moment, or the end (peildatum or stop) when open.
    public let to: CivilDate
    /// The next moment, or `nil` while the period is still open at its end.
    public let closedBy: Moment?
    /// Sick days from `from` to `to`.
    public let sickDays: Int

    /// Whether it is still open at its end (no later moment yet).
    public var isOpen: Bool { closedBy == nil }
  }

  /// The start and every later moment, sorted by date.
  public let moments: [Moment]
  /// The first date the step is no longer needed (`nil`: not known).
  public let stop: CivilDate?
  /// The sick-day count.
  public let calendar: SickDayCalendar
  /// The peildatum.
  public let peildatum: CivilDate

  /// The evaluations of the plan van aanpak: from the plan (of the current waiting period, dated on
  /// or before the peildatum), restarted by every evaluation and every bijstelling of the plan, up to
  /// the eindevaluatie. `nil` without such a plan.
  public static func evaluations(_ c: CaseFile, timeline: Timeline) -> PeriodicSchedule? {
    let peildatum = timeline.peildatum
    guard let plan = c.planVanAanpak, plan.datum >= timeline.calendar.firstSickDay, plan.datum <= peildatum
    else { return nil }
    var later: [Moment] = c.evaluaties.enumerated().map {
      Moment(date: $0.element.datum, path: "evaluaties[\($0.offset + 1)].datum", name: "laatste evaluatie")
    }
    later += plan.bijstellingen.enumerated().map {
      Moment(
        date: $0.element.datum, path: "plan_van_aanpak.bijstellingen[\($0.offset + 1)].datum",
        name: "laatste bijstelling van het plan van aanpak")
    }
    let start = Moment(date: plan.datum, path: "plan_van_aanpak.datum", name: "plan van aanpak")
    return PeriodicSchedule(
      start: start, later: later, ends: [c.eindevaluatie?.datum], caseFile: c, timeline: timeline)
  }

  /// The rapportages of the tweede spoor: from its start until a plaatsing (or nazorg), the
  /// eindevaluatie or the WIA application, whichever comes first. `nil` without an active spoor.
  public static func reports(_ c: CaseFile, timeline: Timeline) -> PeriodicSchedule? {
    guard let spoor = c.tweedeSpoor, let start = searchStart(spoor, timeline) else { return nil }
    let later = spoor.rapportages.enumerated().map {
      Moment(
        date: $0.element.datum, path: "tweede_spoor.rapportages[\($0.offset + 1)].datum",
        name: "laatste rapportage")
    }
    return PeriodicSchedule(
      start: start, later: later, ends: searchEnds(c, spoor), caseFile: c, timeline: timeline)
  }

  /// The search activity of the tweede spoor (a profile is preparation, not search), over the same
  /// periods as the rapportages.
  public static func searchActivity(_ c: CaseFile, timeline: Timeline) -> PeriodicSchedule? {
    guard let spoor = c.tweedeSpoor, let start = searchStart(spoor, timeline) else { return nil }
    let later = spoor.activiteiten.enumerated().filter { $0.element.soort != .profiel }.map {
      Moment(
        date: $0.element.datum, path: "tweede_spoor.activiteiten[\($0.offset + 1)].datum",
        name: "laatste zoekactiviteit")
    }
    return PeriodicSchedule(
      start: start, later: later, ends: searchEnds(c, spoor), caseFile: c, timeline: timeline)
  }

  private static func searchStart(_ spoor: TweedeSpoor, _ timeline: Timeline) -> Moment? {
    guard spoor.vrijstelling == nil, let start = spoor.gestartOp, start <= timeline.peildatum else {
      return nil
    }
    return Moment(date: start, path: "tweede_spoor.gestart_op", name: "start tweede spoor")
  }

  private static func searchEnds(_ c: CaseFile, _ spoor: TweedeSpoor) -> [CivilDate?] {
    let placement = spoor.fasen.filter { $0.fase == .plaatsing || $0.fase == .nazorg }.map(\.van).min()
    return [placement, c.eindevaluatie?.datum, c.wiaAanvraag?.datum]
  }

  private init(
    start: Moment, later: [Moment], ends: [CivilDate?], caseFile c: CaseFile, timeline: Timeline
  ) {
    let peildatum = timeline.peildatum
    let existing = later.filter { $0.date > start.date && $0.date <= peildatum }
    moments = [start] + existing.sorted { ($0.date, $0.path) < ($1.date, $1.path) }
    // The case's own end (also when it lies after the peildatum) and the schedule's end documents
    // that exist on the peildatum.
    let caseEnds = [
      c.verzuim.volledigHersteldOp, c.werknemer.uitDienst, timeline[.eindeWachttijd]?.uiterlijk,
    ]
    let ownEnds = ends.compactMap { $0 }.filter { $0 <= peildatum }
    stop = (caseEnds.compactMap { $0 } + ownEnds).min()
    calendar = timeline.calendar
    self.peildatum = peildatum
  }

  /// Sick days from `from` up to `to` (interruption days not counted).
  public func sickDays(from: CivilDate, to: CivilDate) -> Int {
    from.days(until: to) - calendar.gapDays(from: from, to: to)
  }

  /// The last date that is still within `maxSickDays` sick days of `date`: the next moment is due
  /// on it, and a period longer than that is one too long.
  public func deadline(after date: CivilDate) -> CivilDate {
    var deadline = date.adding(days: Self.maxSickDays)
    while sickDays(from: date, to: deadline) < Self.maxSickDays { deadline = deadline.adding(days: 1) }
    // Interruption days right after it still lie within the period.
    while sickDays(from: date, to: deadline.adding(days: 1)) <= Self.maxSickDays {
      deadline = deadline.adding(days: 1)
    }
    return deadline
  }

  /// The end of what can be checked on the peildatum: the peildatum, or the stop when earlier.
  public var checkedUntil: CivilDate { stop.map { min($0, peildatum) } ?? peildatum }

  /// Every period up to `checkedUntil`, in order.
  public var periods: [Period] {
    let end = checkedUntil
    var result: [Period] = []
    for (index, moment) in moments.enumerated() where moment.date < end {
      if index + 1 < moments.count, moments[index + 1].date <= end {
        let next = moments[index + 1]
        result.append(
          Period(
            from: moment, to: next.date, closedBy: next, sickDays: sickDays(from: moment.date, to: next.date))
        )
      } else {
        result.append(
          Period(from: moment, to: end, closedBy: nil, sickDays: sickDays(from: moment.date, to: end)))
      }
    }
    return result
  }

  /// Periods longer than `limit` sick days.
  public func periods(over limit: Int) -> [Period] { periods.filter { $0.sickDays > limit } }

  /// The next moment that is due: its deadline and basis, or `nil` when the schedule has stopped
  /// or stops before that deadline.
  public var next: (deadline: CivilDate, basis: String)? {
    guard let last = moments.last else { return nil }
    let deadline = deadline(after: last.date)
    if let stop, stop <= peildatum || deadline >= stop { return nil }
    let basis =
      moments.count == 1
      ? "\(last.name) + 6 weken" : "\(last.name) (\(DutchDate.long(last.date))) + 6 weken"
    return (deadline, basis)
  }
}
