/// Evaluations of the plan van aanpak at least every six weeks (UWV: "minimaal eens per zes weken").
///
/// The periods are those of ``PeriodicSchedule/evaluations(_:timeline:)``: from the plan van aanpak
/// to each evaluation or bijstelling of the plan and on to the peildatum while the case is active;
/// days of an interruption do not count.
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
        rationale: "Werkgever en werknemer evalueren het plan van aanpak minstens elke zes weken (42 "
          + "ziektedagen; dagen van een onderbreking tellen niet, een bijstelling van het plan telt als "
          + "evaluatie); een lang gat wijst UWV op onvoldoende re-integratie-inspanning.",
        triggering: triggering, nonTriggering: nonTriggering)
    ) { context in
      let schedule = PeriodicSchedule.evaluations(context.caseFile, timeline: context.timeline)
      let periods = schedule?.periods(over: lower) ?? []
      return periods.filter { upper == nil || $0.sickDays <= (upper ?? 0) }.map { period in
        let what =
          period.isOpen
          ? "sinds de laatste evaluatie, bijstelling of het plan op \(DutchDate.long(period.from.date)) is er "
            + "\(DutchDate.days(period.sickDays)) niet geëvalueerd (tot \(DutchDate.long(period.to)))"
          : "\(DutchDate.days(period.sickDays)) tussen evaluaties van \(DutchDate.long(period.from.date)) en "
            + "\(DutchDate.long(period.to))"
        return .init(
          what + "; evalueer minstens elke \(maxGapDays) ziektedagen",
          at: (period.closedBy ?? period.from).path)
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
        // A bijstelling of the plan follows from an evaluation and restarts the interval.
        .init(
          "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
            + "plan_van_aanpak: { datum: 2024-02-22, bijstellingen: [ { datum: 2024-03-20 } ] }\n",
          peildatum: "2024-04-20"),
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
