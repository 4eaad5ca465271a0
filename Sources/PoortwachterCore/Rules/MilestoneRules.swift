/// Rules that report a milestone done too late or still missing after its deadline. Their dates
/// and statuses come from ``Timeline``; the rules only turn them into findings.
///
/// Examples use first sick day 2024-01-08 (Monday): week 6 ends 2024-02-18, week 42 ends
/// 2024-10-27, week 52 ends 2025-01-05, week 91 ends 2025-10-05 and week 93 ends 2025-10-19
/// (without vrijwillige verlenging).
package enum MilestoneRules {
  static let f = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
  /// ``f`` with the first sick day marked: a missing milestone's finding points there.
  static let fMarked = "verzuim: { eerste_ziektedag: ↓2024-01-08 }\n"
  static let author = "opgesteld_door: { naam: A. Smit, functie: Bedrijfsarts }"

  /// The id of the rule for `milestone` done after its deadline.
  static func lateRuleID(_ milestone: Milestone.ID) -> String { "wvp.\(milestone.ruleSlug).te-laat" }
  /// The id of the rule for `milestone` still missing after its deadline.
  package static func missingRuleID(_ milestone: Milestone.ID) -> String {
    "wvp.\(milestone.ruleSlug).ontbreekt"
  }

  /// A rule for a milestone done after its deadline.
  static func late(
    _ milestone: Milestone.ID, severity: Severity, bron: String, rationale: String,
    triggering: [RuleExample], nonTriggering: [RuleExample]
  ) -> Rule {
    Rule(
      RuleDescription(
        id: lateRuleID(milestone), title: "\(milestone.title) te laat", severity: severity, bron: bron,
        rationale: rationale, triggering: triggering, nonTriggering: nonTriggering)
    ) { context in
      guard let row = context.timeline[milestone], row.status == .teLaat, let done = row.gedaan else {
        return []
      }
      let (deadline, basis) = (row.uiterlijk, row.basis)
      return [
        .init(
          "\(milestone.title.lowercasedFirst) op \(DutchDate.long(done)) is "
            + "\(DutchDate.days(deadline.days(until: done))) te laat: uiterlijk "
            + "\(DutchDate.long(deadline)) (\(basis))", at: milestone.documentPath)
      ]
    }
  }

  /// A rule for a milestone not done while its deadline has passed.
  /// `excused` tells when the case explains, acceptably, why the milestone is not done.
  static func missing(
    _ milestone: Milestone.ID, severity: Severity, bron: String, rationale: String,
    triggering: [RuleExample], nonTriggering: [RuleExample],
    excused: @escaping @Sendable (RuleContext) -> Bool = { _ in false }
  ) -> Rule {
    Rule(
      RuleDescription(
        id: missingRuleID(milestone), title: "\(milestone.title) ontbreekt", severity: severity, bron: bron,
        rationale: rationale, triggering: triggering, nonTriggering: nonTriggering)
    ) { context in
      guard let row = context.timeline[milestone], row.status == .verlopen, !excused(context) else {
        return []
      }
      let (deadline, basis) = (row.uiterlijk, row.basis)
      return [
        .init(
          "\(milestone.title.lowercasedFirst) ontbreekt: uiterlijk \(DutchDate.long(deadline)) "
            + "(\(basis)), nu \(DutchDate.days(deadline.days(until: context.peildatum))) verlopen",
          at: "verzuim.eerste_ziektedag")
      ]
    }
  }
}

extension String {
  /// The string with its first letter in lower case, for use inside a sentence.
  var lowercasedFirst: String {
    guard let first else { return self }
    if dropFirst().first?.isUppercase == true { return self }
    return first.lowercased() + dropFirst()
  }
}
