/// Rules about the variants of the upload (`UploadRequirements`): a vrijwillige verlenging that makes
/// the actueel oordeel and eindevaluatie of the request too old, and a running loonsanctie.
enum VariantRules {
  static let base = "verzuim:\n  eerste_ziektedag: 2024-01-08\n"
  static let extended =
    base + "  verlengingen: [ { besluit_op: 2025-09-01, weken: 26 } ]\n"

  static let renewal = Rule(
    RuleDescription(
      id: "wvp.verlenging.oordeel-vernieuwen",
      title: "Actueel oordeel, eindevaluatie of oordeel werknemer van vóór de verlenging",
      severity: .waarschuwing,
      bron: "Wet WIA, art. 24 en art. 64 lid 3; Beleidsregels vorm- en herkenbaarheidsvereisten "
        + "reïntegratieverslagen (BWBR0015184), art. 2",
      rationale:
        "Na een vrijwillige verlenging vraagt de werknemer de WIA-uitkering later aan. Het actueel "
        + "oordeel en de eindevaluatie die voor het verlengingsverzoek zijn geschreven, beschrijven de "
        + "situatie van toen, en het oordeel van de werknemer daarop ook: voor de latere aanvraag zijn "
        + "nieuwe nodig. De oude tellen niet mee.",
      triggering: [
        .init(
          extended + "actueel_oordeel: ↓{ datum: 2025-08-20 }\neindevaluatie: ↓{ datum: 2025-08-25 }\n"
            + "oordeel_werknemer: ↓{ datum: 2025-08-28 }\n",
          peildatum: "2025-12-01")
      ],
      nonTriggering: [
        .init(extended + "actueel_oordeel: { datum: 2026-02-02 }\n", peildatum: "2026-03-01"),
        .init(base + "actueel_oordeel: { datum: 2025-08-20 }\n", peildatum: "2025-12-01"),
      ])
  ) { context in
    guard let renewal = VerlengingRenewal(absence: context.caseFile.verzuim, calendar: context.calendar)
    else { return [] }
    let c = context.caseFile
    // The employee's oordeel is due with the eindevaluatie it responds to.
    let parts: [(CaseDocumentKind, Milestone.ID, CivilDate?, String, String)] = [
      (
        .actueelOordeel, .actueelOordeel, c.actueelOordeel?.datum, "actueel_oordeel",
        "een nieuw actueel oordeel"
      ),
      (.eindevaluatie, .eindevaluatie, c.eindevaluatie?.datum, "eindevaluatie", "een nieuwe eindevaluatie"),
      (
        .oordeelWerknemer, .eindevaluatie, c.oordeelWerknemer?.datum, "oordeel_werknemer",
        "een nieuw oordeel van de werknemer over de nieuwe eindevaluatie"
      ),
    ]
    return parts.compactMap { kind, id, date, path, renewed in
      guard let date, date <= context.peildatum, !renewal.counts(kind, dated: date) else { return nil }
      let due = context.timeline[id].map { " en uiterlijk \(DutchDate.long($0.uiterlijk))" } ?? ""
      let title = kind == .oordeelWerknemer ? "het oordeel van de werknemer" : id.title.lowercased()
      return .init(
        "\(title) van \(DutchDate.long(date)) is geschreven vóór de verlenging van "
          + "\(renewal.weeks) weken van \(DutchDate.long(renewal.cutoff)) en telt niet voor de latere "
          + "WIA-aanvraag; leg \(renewed) vast, gedateerd na \(DutchDate.long(renewal.cutoff))\(due)",
        at: path)
    }
  }

  static let sanction = Rule(
    RuleDescription(
      id: "wvp.loonsanctie.bekortingsverzoek", title: "Loonsanctie: herstel en bekortingsverzoek",
      severity: .info, bron: "Wet WIA, art. 25 lid 9 en lid 12",
      rationale:
        "Tijdens een loonsanctie is het re-integratieverslag al bij UWV. Wat telt is het herstel van de "
        + "tekortkoming; met het bekortingsverzoek stuurt de werkgever het besluit en de documenten van na "
        + "het besluit.",
      triggering: [
        .init(
          base + "  loonsanctie: ↓{ besluit_op: 2026-01-10, weken: 52 }\n", peildatum: "2026-02-01")
      ],
      nonTriggering: [.init(base, peildatum: "2026-02-01")])
  ) { context in
    guard let sanction = context.caseFile.verzuim.loonsanctie else { return [] }
    let decided = sanction.besluitOp.map { " (besluit van \(DutchDate.long($0)))" } ?? ""
    let request =
      sanction.bekortingsverzoekOp.map { "; het bekortingsverzoek is ingediend op \(DutchDate.long($0))" }
      ?? "; dien het bekortingsverzoek in zodra het herstel is vastgelegd"
    return [
      .init(
        "deze casus loopt in een loonsanctie van \(sanction.weken) weken\(decided): het uploadpakket is het "
          + "bekortingsverzoek met het besluit en de documenten van na het besluit, niet opnieuw het hele "
          + "re-integratieverslag\(request)", at: "verzuim.loonsanctie")
    ]
  }

  static let all: [Rule] = [renewal, sanction]
}
