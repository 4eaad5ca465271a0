/// Evaluations of the plan van aanpak at least every six weeks (UWV: "minimaal eens per zes weken").
///
/// The gaps run from the plan van aanpak to each evaluation and on to the peildatum while the case
/// is active; days of an interruption do not count.
enum EvaluationRules {
  static let bron =
    "UWV, Plan van aanpak opstellen: werkgever en werknemer evalueren minstens eens per 6 weken"
  static let maxGapDays = Timeline.sixWeeks
  /// A gap this long (12 weeks) is an error rather than a warning.
  static let seriousGapDays = 84
  static let base = """
    verzuim: { eerste_ziektedag: 2024-01-08 }
    plan_van_aanpak: { datum: 2024-02-22 }

    """

  /// A period without evaluation: `index` is the evaluation it points at, and `closed` is false for
  /// the gap still open on the peildatum.
  struct Gap {
    let from: CivilDate
    let to: CivilDate
    let days: Int
    let index: Int?
    let closed: Bool
  }

  /// Gaps longer than `limit` days, interruption days not counted.
  static func gaps(_ context: RuleContext, over limit: Int) -> [Gap] {
    // A plan from before a new waiting period does not start this period's evaluations.
    guard let plan = context.caseFile.planVanAanpak, plan.datum >= context.calendar.firstSickDay else {
      return []
    }
    var end = context.activeUntil
    if let finalEvaluation = context.caseFile.eindevaluatie?.datum { end = min(end, finalEvaluation) }
    let dates = context.caseFile.evaluaties.enumerated()
      .filter { $0.element.datum > plan.datum }
      .sorted { $0.element.datum < $1.element.datum }
    var result: [Gap] = []
    var previous = plan.datum
    var previousIndex: Int?
    for (index, evaluation) in dates where previous < end {
      let to = min(evaluation.datum, end)
      let days = previous.days(until: to) - context.calendar.gapDays(from: previous, to: to)
      if days > limit {
        result.append(Gap(from: previous, to: evaluation.datum, days: days, index: index, closed: true))
      }
      previous = evaluation.datum
      previousIndex = index
    }
    if previous < end {
      let days = previous.days(until: end) - context.calendar.gapDays(from: previous, to: end)
      if days > limit {
        result.append(Gap(from: previous, to: end, days: days, index: previousIndex, closed: false))
      }
    }
    return result
  }

  static func rule(
    id: String, severity: Severity, lower: Int, upper: Int?, triggering: [RuleExample],
    nonTriggering: [RuleExample]
  ) -> Rule {
    Rule(
      RuleDescription(
        id: id,
        title: upper == nil
          ? "Evaluatie ruim te laat (meer dan 12 weken)" : "Evaluatie te laat (meer dan 6 weken)",
        severity: severity, bron: bron,
        rationale: "Werkgever en werknemer evalueren het plan van aanpak minstens elke zes weken; een lang "
          + "gat wijst UWV op onvoldoende re-integratie-inspanning.",
        triggering: triggering, nonTriggering: nonTriggering)
    ) { context in
      gaps(context, over: lower).filter { upper == nil || $0.days <= (upper ?? 0) }.map { gap in
        let path = gap.index.map { "evaluaties[\($0 + 1)].datum" } ?? "plan_van_aanpak.datum"
        let what =
          !gap.closed
          ? "sinds de laatste evaluatie of het plan op \(DutchDate.long(gap.from)) is er "
            + "\(DutchDate.days(gap.days)) niet geëvalueerd (peildatum \(DutchDate.long(gap.to)))"
          : "\(DutchDate.days(gap.days)) tussen evaluaties van \(DutchDate.long(gap.from)) en "
            + "\(DutchDate.long(gap.to))"
        return .init(what + "; evalueer minstens elke \(maxGapDays) dagen", at: path)
      }
    }
  }

  static let all: [Rule] = [
    rule(
      id: "wvp.evaluaties.interval", severity: .waarschuwing, lower: maxGapDays, upper: seriousGapDays,
      triggering: [
        .init(base + "evaluaties: [ { datum: ↓2024-05-01 } ]\n", peildatum: "2024-05-10"),
        .init(base + "evaluaties: [ { datum: ↓2024-04-01 } ]\n", peildatum: "2024-05-20"),
      ],
      nonTriggering: [
        .init(
          base + "evaluaties: [ { datum: 2024-04-01 }, { datum: 2024-05-10 } ]\n", peildatum: "2024-05-20"),
        .init(base + "evaluaties: [ { datum: 2024-04-01 } ]\n", peildatum: "2024-05-10"),
      ]),
    rule(
      id: "wvp.evaluaties.interval-ernstig", severity: .fout, lower: seriousGapDays, upper: nil,
      triggering: [.init(base + "evaluaties: [ { datum: ↓2024-06-01 } ]\n", peildatum: "2024-06-10")],
      nonTriggering: [
        .init(base + "evaluaties: [ { datum: 2024-05-01 } ]\n", peildatum: "2024-05-10"),
        .init(
          "verzuim: { eerste_ziektedag: 2024-01-08, volledig_hersteld_op: 2024-04-01 }\n"
            + "plan_van_aanpak: { datum: 2024-02-22 }\n", peildatum: "2024-09-01"),
      ]),
  ]
}
