/// Rules that report a milestone done too late or still missing after its deadline. Their dates
/// and statuses come from ``Timeline``; the rules only turn them into findings.
///
/// Examples use first sick day 2024-01-08 (Monday): week 6 ends 2024-02-18, week 42 ends
/// 2024-10-27, week 52 ends 2025-01-05, week 91 ends 2025-10-05 and week 93 ends 2025-10-19.
enum MilestoneRules {
  static let f = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
  /// ``f`` with the first sick day marked: a missing milestone's finding points there.
  static let fMarked = "verzuim: { eerste_ziektedag: ↓2024-01-08 }\n"
  static let author = "opgesteld_door: { naam: A. Smit, functie: Bedrijfsarts }"

  /// A rule for a milestone done after its deadline.
  static func late(
    _ milestone: Milestone.ID, slug: String, severity: Severity, bron: String, rationale: String,
    triggering: [RuleExample], nonTriggering: [RuleExample]
  ) -> Rule {
    Rule(
      RuleDescription(
        id: "wvp.\(slug).te-laat", title: "\(milestone.title) te laat", severity: severity, bron: bron,
        rationale: rationale, triggering: triggering, nonTriggering: nonTriggering)
    ) { context in
      guard let row = context.timeline[milestone], row.status == .teLaat, let done = row.gedaan else {
        return []
      }
      let (deadline, basis) = extendedDeadline(row, context)
      guard done > deadline else { return [] }
      return [
        .init(
          "\(milestone.title.lowercasedFirst) op \(DutchDate.long(done)) is "
            + "\(DutchDate.days(deadline.days(until: done))) te laat: uiterlijk "
            + "\(DutchDate.long(deadline)) (\(basis))", at: milestone.documentPath)
      ]
    }
  }

  /// A rule for a milestone not done while its deadline has passed.
  static func missing(
    _ milestone: Milestone.ID, slug: String, severity: Severity, bron: String, rationale: String,
    triggering: [RuleExample], nonTriggering: [RuleExample]
  ) -> Rule {
    Rule(
      RuleDescription(
        id: "wvp.\(slug).ontbreekt", title: "\(milestone.title) ontbreekt", severity: severity, bron: bron,
        rationale: rationale, triggering: triggering, nonTriggering: nonTriggering)
    ) { context in
      guard let row = context.timeline[milestone], row.status == .verlopen else { return [] }
      let (deadline, basis) = extendedDeadline(row, context)
      guard deadline < context.peildatum else { return [] }
      return [
        .init(
          "\(milestone.title.lowercasedFirst) ontbreekt: uiterlijk \(DutchDate.long(deadline)) "
            + "(\(basis)), nu \(DutchDate.days(deadline.days(until: context.peildatum))) verlopen",
          at: "verzuim.eerste_ziektedag")
      ]
    }
  }
}

extension MilestoneRules {
  /// The deadline a rule judges against. The contract fixes the RIV parts and the WIA application
  /// at weeks 91 and 93; a vrijwillige verlenging moves the end of the waiting period, and the WIA
  /// application is due 11 weeks before that end (art. 64 lid 3 WIA), so the findings move with it.
  static func extendedDeadline(_ row: Milestone, _ context: RuleContext) -> (CivilDate, String) {
    let weeks = context.caseFile.verzuim.verlengingen.reduce(0) { $0 + $1.weken }
    let moves: Set<Milestone.ID> = [.actueelOordeel, .eindevaluatie, .rivAanWerknemer, .wiaAanvraag]
    guard weeks > 0, moves.contains(row.id), context.caseFile.werknemer.uitDienst == nil else {
      return (row.uiterlijk, row.basis)
    }
    return (row.uiterlijk.adding(days: 7 * weeks), row.basis + " + \(weeks) weken vrijwillige verlenging")
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
