/// Checks of the case file against the peildatum: what the loader cannot know, because the
/// peildatum is given only when the case is checked.
enum InputRules {
  static let f = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"

  static let futureDate = Rule(
    RuleDescription(
      id: "wvp.invoer.datum-na-peildatum", title: "Document gedateerd na de peildatum",
      severity: .waarschuwing,
      bron: "Casusformaat poortwachter/1: een document na de peildatum bestaat nog niet: het telt niet als "
        + "gedaan en bepaalt geen termijn",
      rationale:
        "Een document met een datum na de peildatum bestaat op de peildatum nog niet: het telt niet als "
        + "gedaan en bepaalt geen termijn (een latere probleemanalyse verschuift het plan van aanpak niet). "
        + "Meestal is het jaartal verkeerd getypt, of is de peildatum te vroeg gekozen.",
      triggering: [
        .init(
          f + "probleemanalyse: { datum: ↓2024-03-20 }\nmelding_42e_week: { datum: ↓2024-10-28 }\n",
          peildatum: "2024-03-01")
      ],
      nonTriggering: [.init(f + "probleemanalyse: { datum: 2024-02-12 }\n", peildatum: "2024-03-01")])
  ) { context in
    context.documentDates.filter { $0.date > context.peildatum }.map { path, date in
      .init(
        "'\(path.display)' (\(DutchDate.long(date))) ligt na de peildatum (\(DutchDate.long(context.peildatum))) "
          + "en telt nog niet mee (niet als gedaan en niet voor termijnen); controleer de datum",
        at: path.description)
    }
  }

  static let all: [Rule] = [futureDate]
}
