/// Completeness of the re-integratieverslag (BWBR0015184 art. 2; UWV upload rules).
enum CompletenessRules {
  static let bron =
    "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184), art. 2"
  static let f = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"

  static let author = Rule(
    RuleDescription(
      id: "wvp.riv.auteur", title: "Document zonder naam en functie van de opsteller", severity: .fout,
      bron: "\(bron) lid 3",
      rationale: "Elk onderdeel van het re-integratieverslag vermeldt naam en functie van wie het opstelde; "
        + "anders is het voor UWV niet herkenbaar.",
      triggering: [
        .init(
          f + "probleemanalyse: ↓{ datum: 2024-02-12, opgesteld_door: { naam: A. Smit } }\n",
          peildatum: "2024-03-01")
      ],
      nonTriggering: [
        .init(
          f
            + "probleemanalyse: { datum: 2024-02-12, opgesteld_door: { naam: A. Smit, functie: Bedrijfsarts } }\n",
          peildatum: "2024-03-01")
      ])
  ) { context in
    context.documents.filter {
      $0.kind.requiresAuthor && !($0.author?.isComplete ?? false)
    }.map { document in
      let missing =
        document.author == nil ? "opgesteld_door ontbreekt" : "naam of functie van de opsteller ontbreekt"
      return .init(
        "\(document.title) (\(document.path)): \(missing); vul opgesteld_door { naam, functie } in",
        at: document.path.description)
    }
  }

  static let signatures = Rule(
    RuleDescription(
      id: "wvp.riv.ondertekening", title: "Handtekening van werkgever of werknemer ontbreekt",
      severity: .fout,
      bron:
        "\(bron); UWV: plan van aanpak, eerstejaarsevaluatie en eindevaluatie door beide partijen ondertekend",
      rationale: "Plan van aanpak, bijstellingen, eerstejaarsevaluatie en eindevaluatie zijn afspraken van "
        + "werkgever én werknemer en moeten door beiden ondertekend zijn.",
      triggering: [
        .init(
          f + "plan_van_aanpak:\n  datum: 2024-02-22\n  ondertekend: ↓{ werkgever: 2024-02-22 }\n",
          peildatum: "2024-03-01")
      ],
      nonTriggering: [
        .init(
          f
            + "plan_van_aanpak:\n  datum: 2024-02-22\n  ondertekend: { werkgever: 2024-02-22, werknemer: 2024-02-23 }\n",
          peildatum: "2024-03-01")
      ])
  ) { context in
    context.documents.filter(\.kind.requiresSignatures).compactMap { document in
      let signed = document.signatures
      guard !(signed?.isComplete ?? false) else { return nil }
      var missing: [String] = []
      if signed?.werkgever == nil { missing.append("werkgever") }
      if signed?.werknemer == nil { missing.append("werknemer") }
      return .init(
        "\(document.title) is niet ondertekend door \(missing.joined(separator: " en ")); "
          + "leg de datum van ondertekening vast in ondertekend",
        at: document.field("ondertekend").description)
    }
  }

  static let views = Rule(
    RuleDescription(
      id: "wvp.riv.visie-partijen", title: "Visie van werkgever of werknemer ontbreekt", severity: .fout,
      bron: "Regeling procesgang eerste en tweede ziektejaar (BWBR0013540), art. 4 lid 2; "
        + "overgangsrecht art. 7b (Stcrt. 2023, 13931)",
      rationale: "Plan van aanpak, bijstellingen en eerstejaarsevaluatie leggen de visie van beide partijen "
        + "vast bij een eerste ziektedag op of na 1 juli 2023, en ook bij een eerdere eerste ziektedag "
        + "zodra het document na 1 juli 2023 is opgesteld of bijgesteld (overgangsrecht art. 7b).",
      triggering: [
        .init(
          f + "plan_van_aanpak: ↓{ datum: 2024-02-22, visie_werkgever: Opbouw in eigen werk. }\n",
          peildatum: "2024-03-01"),
        .init(
          "verzuim: { eerste_ziektedag: 2023-06-26 }\neerstejaarsevaluatie: ↓{ datum: 2024-08-05 }\n",
          peildatum: "2024-09-01"),
      ],
      nonTriggering: [
        .init(
          f + "plan_van_aanpak: { datum: 2024-02-22, visie_werkgever: Opbouw., visie_werknemer: Eens. }\n",
          peildatum: "2024-03-01"),
        .init(
          "verzuim: { eerste_ziektedag: 2023-05-01 }\nplan_van_aanpak: { datum: 2023-06-20 }\n",
          peildatum: "2023-08-01"),
        .init(
          "verzuim: { eerste_ziektedag: 2023-05-08 }\nplan_van_aanpak: { datum: 2023-07-01 }\n",
          peildatum: "2023-08-01"),
      ])
  ) { context in
    let c = context.caseFile
    // The first sick day of the current waiting period (a new one starts after 4 weeks fit).
    let first = context.calendar.firstSickDay
    return context.documents.filter(\.kind.requiresVisies).compactMap { document in
      guard let date = document.datum, CaseDocumentKind.visieRequired(firstSickDay: first, documentDate: date)
      else {
        return nil
      }
      var missing: [String] = []
      if document.visieWerkgever == nil { missing.append("visie_werkgever") }
      if document.visieWerknemer == nil { missing.append("visie_werknemer") }
      guard !missing.isEmpty else { return nil }
      let why =
        first >= CaseDocumentKind.visieEffectiveDate
        ? "verplicht bij een eerste ziektedag vanaf 1 juli 2023"
        : "verplicht voor een document dat na 1 juli 2023 is opgesteld of bijgesteld"
      return .init(
        "\(document.title) mist \(missing.joined(separator: " en ")) (\(why))", at: document.path.description)
    }
  }

  static let order = Rule(
    RuleDescription(
      id: "wvp.riv.volgorde",
      title: "Actueel oordeel, eindevaluatie en WIA-aanvraag in de verkeerde volgorde",
      severity: .fout,
      bron: "\(bron); UWV: de eindevaluatie volgt op het actueel oordeel en gaat vooraf aan de WIA-aanvraag",
      rationale: "De eindevaluatie bouwt op het actueel oordeel van de bedrijfsarts en gaat vooraf aan de "
        + "WIA-aanvraag; een andere volgorde maakt het verslag ongeloofwaardig.",
      triggering: [
        .init(
          f + "actueel_oordeel: { datum: ↓2025-09-20 }\neindevaluatie: { datum: 2025-09-10 }\n",
          peildatum: "2025-10-01")
      ],
      nonTriggering: [
        .init(
          f + "actueel_oordeel: { datum: 2025-09-01 }\neindevaluatie: { datum: 2025-09-10 }\n",
          peildatum: "2025-10-01"),
        .init(
          "verzuim: { eerste_ziektedag: 2024-01-08, volledig_hersteld_op: 2025-06-02 }\n"
            + "actueel_oordeel: { datum: 2025-05-20 }\neindevaluatie: { datum: 2025-05-10 }\n",
          peildatum: "2025-10-01"),
      ])
  ) { context in
    let c = context.caseFile
    // Documents that are no longer required (full recovery, ziek uit dienst) have no order to keep.
    let required = { (id: Milestone.ID) in context.timeline[id]?.status != .nietVanToepassing }
    var result: [Rule.Violation] = []
    if required(.actueelOordeel), required(.eindevaluatie), let ao = c.actueelOordeel?.datum,
      let ev = c.eindevaluatie?.datum, ao > ev
    {
      result.append(
        .init(
          "actueel oordeel (\(DutchDate.long(ao))) is later dan de eindevaluatie "
            + "(\(DutchDate.long(ev))); de eindevaluatie hoort op het actueel oordeel te volgen",
          at: "actueel_oordeel.datum"))
    }
    if required(.eindevaluatie), required(.wiaAanvraag), let ev = c.eindevaluatie?.datum,
      let wia = c.wiaAanvraag?.datum, ev > wia
    {
      result.append(
        .init(
          "eindevaluatie (\(DutchDate.long(ev))) is later dan de WIA-aanvraag "
            + "(\(DutchDate.long(wia)))", at: "eindevaluatie.datum"))
    }
    return result
  }

  static let all: [Rule] = [author, signatures, views, order] + AdministrationRules.all
}
