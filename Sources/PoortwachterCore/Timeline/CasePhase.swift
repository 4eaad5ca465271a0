/// Where a case stands on the peildatum: still running (with its week of illness), or closed by
/// full recovery, by the end of employment or by the end of the waiting period. A closed case has
/// no running week number.
public enum CasePhase: Sendable, Equatable {
  /// Before the first sick day.
  case nogNietZiek
  /// Sick on the peildatum, in week `week` of the waiting period.
  case lopend(week: Int)
  /// Fully recovered on `on` (on or before the peildatum).
  case hersteld(on: CivilDate)
  /// Left employment while sick; `lastDay` was the last day of employment.
  case uitDienst(lastDay: CivilDate)
  /// The waiting period ended on `on`.
  case wachttijdVoorbij(on: CivilDate)

  /// The phase of a case on the timeline's peildatum.
  public init(caseFile: CaseFile, timeline: Timeline) {
    let peildatum = timeline.peildatum
    if let recovered = caseFile.verzuim.volledigHersteldOp, recovered <= peildatum {
      self = .hersteld(on: recovered)
    } else if let end = timeline[.eindeWachttijd]?.uiterlijk, end < peildatum {
      self = .wachttijdVoorbij(on: end)
    } else if let last = timeline.ziekUitDienst.lastDayOfEmployment,
      last < peildatum
    {
      self = .uitDienst(lastDay: last)
    } else if timeline.currentWeek == 0 {
      self = .nogNietZiek
    } else {
      self = .lopend(week: timeline.currentWeek)
    }
  }

  /// The day the case stops, when known: full recovery, the last day of employment while sick, or
  /// the end of the waiting period, whichever comes first (also when it lies after the peildatum).
  public static func end(caseFile: CaseFile, timeline: Timeline) -> CivilDate? {
    [
      caseFile.verzuim.volledigHersteldOp,
      timeline.ziekUitDienst.lastDayOfEmployment,
      timeline[.eindeWachttijd]?.uiterlijk,
    ].compactMap { $0 }.min()
  }

  /// Whether the case still runs.
  public var isRunning: Bool {
    if case .lopend = self { return true }
    return false
  }

  /// Short Dutch text for a table cell: `12`, `hersteld`, `uit dienst`, `wachttijd voorbij`.
  public var shortText: String {
    switch self {
    case .nogNietZiek: return "nog niet ziek"
    case .lopend(let week): return String(week)
    case .hersteld: return "hersteld"
    case .uitDienst: return "uit dienst"
    case .wachttijdVoorbij: return "wachttijd voorbij"
    }
  }

  /// A phrase for a sentence: `week 12`, `hersteld op 3 mei 2025`, `wachttijd voorbij sinds ...`.
  public var text: String {
    switch self {
    case .nogNietZiek: return "nog niet ziek"
    case .lopend(let week): return "week \(week)"
    case .hersteld(let on): return "hersteld op \(DutchDate.long(on))"
    case .uitDienst(let last): return "uit dienst sinds \(DutchDate.long(last.adding(days: 1)))"
    case .wachttijdVoorbij(let on): return "wachttijd geëindigd op \(DutchDate.long(on))"
    }
  }
}
