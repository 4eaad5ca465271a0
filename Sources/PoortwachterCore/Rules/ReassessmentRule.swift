/// A probleemanalyse that finds no benutbare mogelijkheden is re-assessed regularly: practice
/// expects contact with the bedrijfsarts every 6 to 8 weeks, and a new analysis or a bijstelling
/// once the situation changes.
enum ReassessmentRule {
  /// The longest period without a new assessment: 8 weeks.
  static let maxDays = 56
  static let base = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"

  static let rule = Rule(
    RuleDescription(
      id: "wvp.probleemanalyse.herbeoordeling",
      title: "Geen benutbare mogelijkheden zonder tijdige herbeoordeling", severity: .waarschuwing,
      bron:
        "Regeling procesgang eerste en tweede ziektejaar (BWBR0013540), art. 2 (bijstelling "
        + "probleemanalyse); praktijk: contact met de bedrijfsarts elke 6 tot 8 weken (uwverzuimregisseur.nl/het-spel; "
        + "onica.nl/probleemanalyse-week-5)",
      rationale:
        "Zonder benutbare mogelijkheden is geen plan van aanpak nodig, maar dat oordeel moet actueel blijven: "
        + "de bedrijfsarts beoordeelt de werknemer ten minste elke 8 weken opnieuw en legt dat vast in een "
        + "bijstelling of nieuwe probleemanalyse, zodat een plan volgt zodra er mogelijkheden zijn.",
      triggering: [
        .init(
          base + "probleemanalyse: { datum: ↓2024-02-12, benutbare_mogelijkheden: false }\n",
          peildatum: "2024-05-01"),
        .init(
          base + "probleemanalyse:\n  datum: 2024-02-12\n  benutbare_mogelijkheden: false\n"
            + "  bijstellingen: [ { datum: ↓2024-05-20 } ]\n", peildatum: "2024-06-01"),
      ],
      nonTriggering: [
        .init(
          base + "probleemanalyse:\n  datum: 2024-02-12\n  benutbare_mogelijkheden: false\n"
            + "  bijstellingen: [ { datum: 2024-04-01 } ]\n", peildatum: "2024-05-20"),
        .init(
          base + "probleemanalyse: { datum: 2024-02-12, benutbare_mogelijkheden: true }\n",
          peildatum: "2024-06-01"),
        .init(
          base + "probleemanalyse: { datum: 2024-02-12, benutbare_mogelijkheden: false }\n"
            + "plan_van_aanpak: { datum: 2024-03-20 }\n", peildatum: "2024-08-01"),
      ])
  ) { context in
    guard let pa = context.caseFile.probleemanalyse, pa.benutbareMogelijkheden == false,
      pa.datum >= context.calendar.firstSickDay
    else { return [] }
    var end = context.activeUntil
    // Once possibilities appear, a plan van aanpak takes over.
    if let plan = context.caseFile.planVanAanpak, plan.datum > pa.datum { end = min(end, plan.datum) }
    let revisions = pa.bijstellingen.enumerated().filter { $0.element.datum > pa.datum }
      .sorted { $0.element.datum < $1.element.datum }
    var previous = pa.datum
    var previousPath = "probleemanalyse.datum"
    var result: [Rule.Violation] = []
    for (index, revision) in revisions where previous < end {
      let days = previous.days(until: min(revision.datum, end))
      let path = "probleemanalyse.bijstellingen[\(index + 1)].datum"
      if days > maxDays {
        result.append(
          .init(
            "\(DutchDate.days(previous.days(until: revision.datum))) tussen de beoordelingen van "
              + "\(DutchDate.long(previous)) en \(DutchDate.long(revision.datum)) terwijl de probleemanalyse geen "
              + "benutbare mogelijkheden zag; herbeoordeel minstens elke 8 weken", at: path))
      }
      previous = revision.datum
      previousPath = path
    }
    if previous < end, previous.days(until: end) > maxDays {
      result.append(
        .init(
          "sinds \(DutchDate.long(previous)) (\(DutchDate.days(previous.days(until: end)))) geen herbeoordeling "
            + "van 'geen benutbare mogelijkheden'; laat de bedrijfsarts opnieuw beoordelen en leg een bijstelling "
            + "of nieuwe probleemanalyse vast", at: previousPath))
    }
    return result
  }
}
