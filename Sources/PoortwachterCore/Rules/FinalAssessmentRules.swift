/// The end of the waiting period: the actueel oordeel rests on the latest belastbaarheid, and the
/// eindevaluatie does not close spoor 1 while an advice of the arbeidsdeskundige about it is open.
enum FinalAssessmentRules {
  static let base = AssessmentRules.base

  /// The latest assessment the eindevaluatie builds on: the newest bijstelling of the
  /// probleemanalyse and the newest belastbaarheid an arbeidsdeskundige used, up to `date`.
  static func basis(_ c: CaseFile, upTo date: CivilDate) -> CivilDate? {
    let revisions = c.probleemanalyse?.bijstellingen.map(\.datum) ?? []
    let expert = c.arbeidsdeskundigeOnderzoeken.compactMap { $0.belastbaarheid?.datum ?? $0.datum }
    return (revisions + expert).filter { $0 <= date }.max()
  }

  static let outdated = Rule(
    RuleDescription(
      id: "wvp.actueel-oordeel.verouderd", title: "Actueel oordeel ouder dan de basis van de eindevaluatie",
      severity: .waarschuwing,
      bron: "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184), art. 2 "
        + "(actueel oordeel); " + AssessmentRules.werkwijzer,
      rationale: "Het actueel oordeel moet de huidige belastbaarheid geven. Rust het op een "
        + "belastbaarheidsprofiel dat ouder is dan de laatste bijstelling of het laatste arbeidsdeskundig "
        + "onderzoek, dan spreken de stukken elkaar tegen.",
      triggering: [
        .init(
          base
            + "arbeidsdeskundige_onderzoeken: [ { datum: 2025-03-01, belastbaarheid: { datum: 2025-02-10 } } ]\n"
            + "actueel_oordeel: ↓{ datum: 2025-09-01, belastbaarheidsprofiel_op: 2024-06-01 }\n"
            + "eindevaluatie: { datum: 2025-09-15 }\n", peildatum: "2025-10-01")
      ],
      nonTriggering: [
        .init(
          base
            + "arbeidsdeskundige_onderzoeken: [ { datum: 2025-03-01, belastbaarheid: { datum: 2025-02-10 } } ]\n"
            + "actueel_oordeel: { datum: 2025-09-01, belastbaarheidsprofiel_op: 2025-08-20 }\n"
            + "eindevaluatie: { datum: 2025-09-15 }\n", peildatum: "2025-10-01")
      ])
  ) { context in
    let c = context.caseFile
    guard let ao = c.actueelOordeel, let ev = c.eindevaluatie, let basis = basis(c, upTo: ev.datum) else {
      return []
    }
    let stand = ao.belastbaarheidsprofielOp ?? ao.datum
    guard stand < basis else { return [] }
    return [
      .init(
        "het actueel oordeel rust op een belastbaarheid van \(DutchDate.long(stand)), ouder dan de basis van "
          + "de eindevaluatie (\(DutchDate.long(basis))); vraag de bedrijfsarts om een actueel oordeel op de "
          + "huidige belastbaarheid", at: "actueel_oordeel")
    ]
  }

  static let contradiction = Rule(
    RuleDescription(
      id: "wvp.eindevaluatie.tegenstrijdig",
      title: "Eindevaluatie terwijl een advies over spoor 1 nog open is", severity: .fout,
      bron: "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184), art. 2 "
        + "(eindevaluatie); " + AssessmentRules.werkwijzer,
      rationale: "De eindevaluatie sluit spoor 1 af. Staat er dan nog een advies van de arbeidsdeskundige "
        + "over het eigen of aangepast werk open, dan is spoor 1 niet uitgeput en spreken de stukken elkaar tegen.",
      triggering: [
        .init(
          base + "arbeidsdeskundige_onderzoeken:\n  - datum: 2024-11-20\n"
            + "    adviezen: [ { advies: Werkplek aanpassen., betreft: aangepast_werk, opvolging: nog_lopend } ]\n"
            + "eindevaluatie: ↓{ datum: 2025-09-15 }\n", peildatum: "2025-10-01")
      ],
      nonTriggering: [
        .init(
          base + "arbeidsdeskundige_onderzoeken:\n  - datum: 2024-11-20\n"
            + "    adviezen: [ { advies: Werkplek aanpassen., betreft: aangepast_werk, opvolging: opgevolgd } ]\n"
            + "eindevaluatie: { datum: 2025-09-15 }\n", peildatum: "2025-10-01"),
        .init(
          base + "arbeidsdeskundige_onderzoeken:\n  - datum: 2024-11-20\n"
            + "    adviezen: [ { advies: Zoek extern., betreft: tweede_spoor, opvolging: nog_lopend } ]\n"
            + "eindevaluatie: { datum: 2025-09-15 }\n", peildatum: "2025-10-01"),
      ])
  ) { context in
    let c = context.caseFile
    guard let ev = c.eindevaluatie else { return [] }
    let open = c.arbeidsdeskundigeOnderzoeken.filter { $0.datum <= ev.datum }.flatMap(\.adviezen).filter {
      ($0.betreft?.isSpoor1 ?? false) && ($0.opvolging == nil || $0.opvolging == .nogLopend)
    }
    return open.map {
      .init(
        "de eindevaluatie van \(DutchDate.long(ev.datum)) sluit af terwijl het advies over "
          + "\($0.betreft?.tekst ?? "spoor 1") nog open is: '\($0.advies)'; volg het op of leg vast waarom niet",
        at: "eindevaluatie")
    }
  }

  static let all: [Rule] = [outdated, contradiction]
}
