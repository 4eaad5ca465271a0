/// One entry of the casemanager's work list: an open or overdue milestone of a case, or the next
/// periodic step (evaluation of the plan, report of the tweede spoor).
public struct AgendaItem: Sendable, Equatable {
  /// What is due.
  public enum Kind: Sendable, Equatable {
    /// A milestone of the timeline.
    case milestone(Milestone.ID)
    /// The next evaluation of the plan van aanpak (at least every 6 weeks).
    case evaluatie
    /// The next progress report of the tweede spoor (at least every 6 weeks).
    case rapportageTweedeSpoor

    /// The Dutch name for people.
    public var title: String {
      switch self {
      case .milestone(let id): return id.title
      case .evaluatie: return "Evaluatie plan van aanpak"
      case .rapportageTweedeSpoor: return "Rapportage tweede spoor"
      }
    }

    /// A stable key per case (calendar UIDs): the milestone id, `evaluatie`, `rapportage_tweede_spoor`.
    public var key: String {
      switch self {
      case .milestone(let id): return id.rawValue
      case .evaluatie: return "evaluatie"
      case .rapportageTweedeSpoor: return "rapportage_tweede_spoor"
      }
    }
  }

  /// Case reference.
  public let kenmerk: String
  /// Employee name.
  public let naam: String
  /// What is due.
  public let kind: Kind
  /// How the date was computed, in Dutch.
  public let basis: String
  /// The date it is due: the timeline's `uiterlijk` (verlenging and ziek uit dienst included), or
  /// the date of a periodic step.
  public let deadline: CivilDate
  /// Days until the deadline (negative when overdue).
  public let daysLeft: Int
  /// The status words on the peildatum (``StatusWords``).
  public let status: StatusWords

  /// Open milestones and periodic steps due within `days`, and every overdue one, sorted by date,
  /// then kenmerk.
  public static func items(from evaluations: [CaseEvaluation], days: Int) -> [AgendaItem] {
    items(fromAgendas: evaluations.map(\.agenda), days: days)
  }

  /// ``items(from:days:)`` from the agendas of the cases (``CaseEvaluation/agenda``), as a front
  /// end keeps them without the evaluations.
  public static func items(fromAgendas agendas: [[AgendaItem]], days: Int) -> [AgendaItem] {
    agendas.flatMap { $0.filter { $0.daysLeft <= days } }.sorted(by: isBefore)
  }

  /// Every open or overdue milestone and periodic step of one case, however far away, sorted by
  /// date (made once per case, with its ``CaseEvaluation``).
  static func items(caseFile c: CaseFile, timeline: Timeline) -> [AgendaItem] {
    let peildatum = timeline.peildatum
    var result: [AgendaItem] = []
    for row in timeline.milestones
    where row.status == .open || (row.status == .verlopen && row.id != .eindeWachttijd) {
      result.append(
        AgendaItem(
          kenmerk: c.kenmerk, naam: c.werknemer.naam, kind: .milestone(row.id), basis: row.basis,
          deadline: row.uiterlijk, daysLeft: peildatum.days(until: row.uiterlijk),
          status: StatusWords(row, peildatum: peildatum)))
    }
    for step in PeriodicSteps(caseFile: c, timeline: timeline).due() {
      result.append(
        AgendaItem(
          kenmerk: c.kenmerk, naam: c.werknemer.naam, kind: step.kind, basis: step.basis,
          deadline: step.deadline, daysLeft: peildatum.days(until: step.deadline),
          status: .due(step.deadline, peildatum: peildatum)))
    }
    return result.sorted(by: isBefore)
  }

  /// The agenda's order: by date, then kenmerk, then what is due.
  private static func isBefore(_ a: AgendaItem, _ b: AgendaItem) -> Bool {
    (a.deadline, a.kenmerk, a.kind.key) < (b.deadline, b.kenmerk, b.kind.key)
  }
}

extension AgendaItem {
  /// A window wide enough for every deadline, however far away (the index's next deadline).
  public static let unlimited = Int.max

  /// What to say when the window of `days` holds nothing: `0 termijnen in de komende 14 dagen; de
  /// eerstvolgende is ... (over 49 dagen)`. `next` is the first item beyond it; a front end adds
  /// how to widen the window (``AgendaItem/daysLeft`` of `next` is wide enough) in its own words.
  public static func emptyWindowNotice(days: Int, next: AgendaItem?) -> String {
    let window = "0 termijnen in de komende \(DutchDate.days(days))"
    guard let next else { return window + "; geen enkel dossier heeft nog een openstaande termijn" }
    return window + "; de eerstvolgende is \(next.kind.title.lowercasedFirst) van \(next.kenmerk) op "
      + "\(DutchDate.long(next.deadline)) (over \(DutchDate.days(next.daysLeft)))"
  }
}
