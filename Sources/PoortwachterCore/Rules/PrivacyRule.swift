/// Medical information in texts the employer keeps (AVG art. 9; AP policy "De zieke werknemer").
enum PrivacyRule {
  /// The texts of a case that contain medical terms, each screened as its field is declared in
  /// ``FormatCatalogue`` (``FormatKey/Screening``).
  static func scan(_ texts: [FreeText]) -> [MedicalText] {
    texts.compactMap { text in
      let matches = matches(in: text)
      return matches.isEmpty ? nil : MedicalText(path: text.path, text: text.value, matches: matches)
    }
  }

  /// The medical terms in `text` as its screening counts them.
  static func matches(in text: FreeText) -> [MedicalTermMatch] {
    let scanner = MedicalTermScanner.standard
    switch text.screening {
    case .prose: return scanner.matches(in: text.value)
    case .address: return scanner.matches(in: text.value, compounds: false)
    case .label:
      return scanner.matches(in: text.value, compounds: false).filter {
        $0.category == .diagnose || $0.category == .klacht
      }
    case .none, .notMedical: return []
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
    (context.medicalTexts ?? scan(context.freeTexts)).map { found in
      .init(message(path: found.path, matches: found.matches), at: found.path.description)
    }
  }

  /// The finding's text. It names the field and the kinds of terms, never a term itself: the
  /// message also reaches the UWV pack's upload list, next to the files the employer uploads.
  static func message(path: FieldPath, matches: [MedicalTermMatch]) -> String {
    var kinds: [String] = []
    for match in matches where !kinds.contains(match.category.rawValue) {
      kinds.append(match.category.rawValue)
    }
    let count = matches.count == 1 ? "1 term" : "\(matches.count) termen"
    return "medische gegevens in '\(path)' (\(count): \(kinds.joined(separator: ", "))); "
      + "beschrijf alleen mogelijkheden en beperkingen, zonder diagnose, klachten of behandeling"
  }
}
