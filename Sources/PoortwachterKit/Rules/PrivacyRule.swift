/// Medical information in texts the employer keeps (AVG art. 9; AP policy "De zieke werknemer").
enum PrivacyRule {
  /// The employer-held texts of a case, with their paths.
  static func employerTexts(_ c: CaseFile) -> [(path: String, text: String)] {
    var texts: [(String, String?)] = []
    if let pa = c.probleemanalyse {
      texts += [
        ("probleemanalyse.mogelijkheden_en_beperkingen", pa.mogelijkhedenEnBeperkingen),
        ("probleemanalyse.prognose", pa.prognose), ("probleemanalyse.advies", pa.advies),
      ]
      texts += revisions(pa.bijstellingen, "probleemanalyse")
    }
    if let plan = c.planVanAanpak {
      texts += [
        ("plan_van_aanpak.doel", plan.doel), ("plan_van_aanpak.visie_werkgever", plan.visieWerkgever),
        ("plan_van_aanpak.visie_werknemer", plan.visieWerknemer),
      ]
      texts += plan.afspraken.enumerated().map { ("plan_van_aanpak.afspraken[\($0.offset + 1)]", $0.element) }
      texts += revisions(plan.bijstellingen, "plan_van_aanpak")
    }
    texts += c.evaluaties.enumerated().map { ("evaluaties[\($0.offset + 1)].verslag", $0.element.verslag) }
    if let eje = c.eerstejaarsevaluatie {
      texts += [
        ("eerstejaarsevaluatie.toelichting", eje.toelichting),
        ("eerstejaarsevaluatie.onderbouwing", eje.onderbouwing),
        ("eerstejaarsevaluatie.visie_werkgever", eje.visieWerkgever),
        ("eerstejaarsevaluatie.visie_werknemer", eje.visieWerknemer),
      ]
    }
    if let ev = c.eindevaluatie {
      texts += [
        ("eindevaluatie.toelichting", ev.toelichting), ("eindevaluatie.visie_werkgever", ev.visieWerkgever),
        ("eindevaluatie.visie_werknemer", ev.visieWerknemer),
      ]
    }
    texts += c.arbeidsdeskundigeOnderzoeken.enumerated().map {
      ("arbeidsdeskundige_onderzoeken[\($0.offset + 1)].conclusie", $0.element.conclusie)
    }
    if let ao = c.actueelOordeel {
      texts += [
        ("actueel_oordeel.arbeidsverhouding", ao.arbeidsverhouding),
        ("actueel_oordeel.passend_werk_bij_werkgever", ao.passendWerkBijWerkgever),
      ]
    }
    if let spoor = c.tweedeSpoor {
      texts.append(("tweede_spoor.resultaat", spoor.resultaat))
      texts.append(("tweede_spoor.vrijstelling.toelichting", spoor.vrijstelling?.toelichting))
      texts += spoor.activiteiten.enumerated().map {
        ("tweede_spoor.activiteiten[\($0.offset + 1)].omschrijving", $0.element.omschrijving)
      }
      texts += spoor.rapportages.enumerated().map {
        ("tweede_spoor.rapportages[\($0.offset + 1)].samenvatting", $0.element.samenvatting)
      }
    }
    texts += LateReasons.all(c).map { ($0.id.rawValue + ".reden_te_laat", $0.reason) }
    return texts.compactMap { path, text in text.map { (path, $0) } }
  }

  /// An employer-held text with the medical terms found in it.
  struct MedicalText: Sendable {
    /// Its case-file path.
    let path: String
    /// The text.
    let text: String
    /// The terms found (never empty).
    let matches: [MedicalTermMatch]
  }

  /// The employer-held texts of a case that contain medical terms.
  static func scan(_ c: CaseFile) -> [MedicalText] {
    employerTexts(c).compactMap { path, text in
      let matches = MedicalTermScanner.standard.matches(in: text)
      return matches.isEmpty ? nil : MedicalText(path: path, text: text, matches: matches)
    }
  }

  private static func revisions(_ list: [Bijstelling], _ parent: String) -> [(String, String?)] {
    list.enumerated().flatMap { index, revision -> [(String, String?)] in
      let base = "\(parent).bijstellingen[\(index + 1)]"
      return [
        ("\(base).toelichting", revision.toelichting), ("\(base).visie_werkgever", revision.visieWerkgever),
        ("\(base).visie_werknemer", revision.visieWerknemer),
      ]
    }
  }

  static let rule = Rule(
    RuleDescription(
      id: "wvp.privacy.medische-gegevens", title: "Medische gegevens in het werkgeversdossier",
      severity: .fout,
      bron: "AVG, art. 9; Autoriteit Persoonsgegevens, beleidsregels De zieke werknemer",
      rationale:
        "De werkgever mag geen diagnose, klachten, behandeling of medicatie vastleggen; die informatie "
        + "gaat van de bedrijfsarts via de werknemer naar UWV. Beschrijf mogelijkheden en beperkingen.",
      triggering: [
        .init(
          "verzuim: { eerste_ziektedag: 2024-01-08 }\nevaluaties:\n  - datum: 2024-03-01\n"
            + "    verslag: ↓Rugklachten nemen af dankzij fysiotherapie.\n", peildatum: "2024-03-10")
      ],
      nonTriggering: [
        .init(
          "verzuim: { eerste_ziektedag: 2024-01-08 }\nevaluaties:\n  - datum: 2024-03-01\n"
            + "    verslag: Beperkingen bij tillen; de werkdruk is besproken en verlaagd.\n",
          peildatum: "2024-03-10")
      ])
  ) { context in
    (context.medicalTexts ?? scan(context.caseFile)).map { found in
      let (path, matches) = (found.path, found.matches)
      let terms = matches.prefix(5).map { "'\($0.matched)' (\($0.category.rawValue))" }.joined(
        separator: ", ")
      return .init(
        "medische informatie in '\(path)': \(terms)\(matches.count > 5 ? " en meer" : ""); "
          + "beschrijf alleen mogelijkheden en beperkingen, zonder diagnose, klachten of behandeling",
        at: path)
    }
  }
}
