/// The employer's follow-up of an advice of the arbeidsdeskundige is its own, later record: a
/// follow-up dated before the report it follows up is impossible (issue 23, "an AD-report dated
/// before the dates in its own opvolging").
enum AdviceFollowUpRule {
  static let base = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"

  static let rule = Rule(
    RuleDescription(
      id: "wvp.arbeidsdeskundig-advies.opvolging-voor-rapport",
      title: "Opvolging van een advies gedateerd vóór het rapport", severity: .fout,
      bron: "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184), art. 2 "
        + "(elk onderdeel met een eigen datum en opsteller); UWV Werkwijzer Poortwachter (opvolging van het "
        + "arbeidsdeskundig advies)",
      rationale:
        "De opvolging van een advies legt de werkgever vast nadat het rapport er was. Een opvolging met "
        + "een datum vóór het rapport kan niet: een van beide datums is fout, en UWV leest het als een "
        + "dossier dat achteraf is ingevuld.",
      triggering: [
        .init(
          base + "arbeidsdeskundige_onderzoeken:\n  - datum: 2024-11-04\n    adviezen:\n"
            + "      - { advies: Tweede spoor starten., opvolging: opgevolgd, opvolging_op: ↓2024-10-01 }\n",
          peildatum: "2025-01-10")
      ],
      nonTriggering: [
        .init(
          base + "arbeidsdeskundige_onderzoeken:\n  - datum: 2024-11-04\n    adviezen:\n"
            + "      - { advies: Tweede spoor starten., opvolging: opgevolgd, opvolging_op: 2024-12-02 }\n",
          peildatum: "2025-01-10")
      ])
  ) { context in
    var hits: [Rule.Violation] = []
    for (index, onderzoek) in context.caseFile.arbeidsdeskundigeOnderzoeken.enumerated() {
      for (number, advies) in onderzoek.adviezen.enumerated() {
        guard let date = advies.opvolgingOp, date < onderzoek.datum else { continue }
        hits.append(
          .init(
            "de opvolging van advies \(number + 1) is gedateerd \(DutchDate.long(date)), vóór het rapport van "
              + "de arbeidsdeskundige van \(DutchDate.long(onderzoek.datum)); de werkgever volgt een advies "
              + "op nadat het rapport er is: verbeter een van beide datums",
            at: "arbeidsdeskundige_onderzoeken[\(index + 1)].adviezen[\(number + 1)].opvolging_op"))
      }
    }
    return hits
  }
}
