/// "Wat nu te doen": the steps a casemanager can still take on the peildatum. A late document
/// cannot be made timely afterwards, so for it the step is to record the reason for the delay;
/// a missing one is caught up; nothing is advised once the waiting period is over.
public struct NextStep: Sendable, Equatable {
  /// The advice, in Dutch.
  public let text: String
  /// Overdue or due within 14 days.
  public let isUrgent: Bool

  /// Findings whose cause lies in the past: they are answered by a recorded reason or a catch-up
  /// step, not by "herstel".
  static let pastSuffixes = [".te-laat", ".ontbreekt", ".interval", ".interval-ernstig", ".buiten-venster"]

  /// Days ahead in which an open milestone is listed.
  public static let horizonDays = 42
  /// An open milestone due within this many days is urgent.
  public static let urgentDays = 14

  /// The steps for one checked case.
  public static func steps(for evaluation: CaseEvaluation) -> [NextStep] {
    let timeline = evaluation.timeline
    let c = evaluation.loaded.caseFile
    // After the end of the waiting period, or once the employee is fully fit, nothing is left to do.
    if let end = timeline[.eindeWachttijd], end.status != .open { return [] }
    var steps: [NextStep] = []
    for row in timeline.milestones where row.status == .teLaat && LateReasons.reason(c, row.id) == nil {
      guard let done = row.gedaan, let key = row.id.documentPath?.split(separator: ".").first else {
        continue
      }
      steps.append(
        NextStep(
          text: "\(row.id.title) was \(DutchDate.days(row.uiterlijk.days(until: done))) te laat "
            + "(\(DutchDate.long(done)), uiterlijk \(DutchDate.long(row.uiterlijk))): leg de reden vast in "
            + "\(key).reden_te_laat",
          isUrgent: false))
    }
    // An eerstejaarsevaluatie that concludes with reasons that no tweede spoor is needed excuses it.
    let excused: Set<Milestone.ID> =
      c.eerstejaarsevaluatie?.concludesNoSecondTrack(on: timeline.peildatum) == true ? [.tweedeSpoor] : []
    for item in evaluation.agenda
    where item.daysLeft <= horizonDays && !excused.contains(where: { item.kind == .milestone($0) }) {
      let title = item.kind.title
      let text: String
      if item.daysLeft >= 0 {
        text = "\(title) uiterlijk \(DutchDate.long(item.deadline)): \(item.status.words)"
      } else if case .milestone = item.kind {
        text =
          "\(title) ontbreekt (uiterlijk \(DutchDate.long(item.deadline))): alsnog zo snel mogelijk doen en "
          + "vastleggen, met de reden van de vertraging in reden_te_laat"
      } else {
        // A periodic step (evaluation, tweede-spoor report) has no reden_te_laat of its own.
        text =
          "\(title) was uiterlijk \(DutchDate.long(item.deadline)): alsnog zo snel mogelijk doen en vastleggen"
      }
      steps.append(NextStep(text: text, isUrgent: item.daysLeft <= urgentDays))
    }
    for finding in evaluation.findings
    where finding.severity == .fout && !pastSuffixes.contains(where: { finding.ruleID.hasSuffix($0) }) {
      steps.append(NextStep(text: "Herstel: \(finding.message)", isUrgent: false))
    }
    return steps
  }
}
