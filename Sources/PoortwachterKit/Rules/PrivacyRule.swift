/// Medical information in texts the employer keeps (AVG art. 9; AP policy "De zieke werknemer").
enum PrivacyRule {
  /// The employer-held texts of a case that contain medical terms.
  static func scan(_ c: CaseFile) -> [MedicalText] {
    (CaseDocuments(c).texts + LateReasons.eventTexts(c)).compactMap { text in
      let matches = MedicalTermScanner.standard.matches(in: text.value)
      return matches.isEmpty ? nil : MedicalText(path: text.path, text: text.value, matches: matches)
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
        at: path.description)
    }
  }
}
