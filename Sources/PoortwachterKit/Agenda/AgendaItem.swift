/// One entry of the casemanager's work list: an open or overdue milestone of a case.
public struct AgendaItem: Sendable, Equatable {
  /// Case reference.
  public let kenmerk: String
  /// Employee name.
  public let naam: String
  /// The milestone.
  public let milestone: Milestone
  /// Days until the deadline (negative when overdue).
  public let daysLeft: Int

  /// The date it is due: the timeline's `uiterlijk` (verlenging and ziek uit dienst included).
  public var deadline: CivilDate { milestone.uiterlijk }

  /// Open milestones due within `days` and every overdue one, sorted by date, then kenmerk.
  public static func items(from evaluations: [CaseEvaluation], days: Int) -> [AgendaItem] {
    evaluations.flatMap { evaluation -> [AgendaItem] in
      let peildatum = evaluation.timeline.peildatum
      return evaluation.timeline.milestones.compactMap { row in
        guard row.status == .open || (row.status == .verlopen && row.id != .eindeWachttijd) else {
          return nil
        }
        let left = peildatum.days(until: row.uiterlijk)
        guard left <= days else { return nil }
        return AgendaItem(
          kenmerk: evaluation.loaded.caseFile.kenmerk, naam: evaluation.loaded.caseFile.werknemer.naam,
          milestone: row, daysLeft: left)
      }
    }.sorted {
      ($0.deadline, $0.kenmerk, $0.milestone.id.rawValue) < (
        $1.deadline, $1.kenmerk, $1.milestone.id.rawValue
      )
    }
  }

  /// `nog 3 dagen`, `vandaag`, `5 dagen te laat`.
  public var whenText: String {
    if daysLeft == 0 { return "vandaag" }
    return daysLeft > 0 ? "nog \(DutchDate.days(daysLeft))" : "\(DutchDate.days(-daysLeft)) te laat"
  }
}
