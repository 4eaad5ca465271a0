/// How a joint document was signed (`ondertekend.wijze`) and what proves it: a signature made in
/// a signing system needs the PDF the system delivered (`bewijs`), and a document can have only
/// one signed original. These rules need no original to be read.
enum SignatureMethodRules {
  static let bron = "Casusformaat poortwachter/1: ondertekend { werkgever, werknemer, wijze, bewijs }"
  static let f = "verzuim: { eerste_ziektedag: 2024-01-08 }\nplan_van_aanpak:\n  datum: 2024-02-22\n"

  static let all = [methodAndProof, twoOriginals]

  static let methodAndProof = Rule(
    RuleDescription(
      id: "wvp.ondertekend.wijze-bewijs", title: "Wijze van ondertekenen en bewijs passen niet",
      severity: .fout, bron: bron,
      rationale:
        "bewijs is de pdf van een ondertekeningssysteem en hoort bij wijze: digitaal; een handgeschreven "
        + "handtekening staat op de scan in origineel. wijze: digitaal zonder bewijs laat niet zien wat er "
        + "getekend is. Zet wijze: digitaal bij het bewijs, of verwijs naar de pdf met bewijs.",
      triggering: [
        .init(
          f + "  ondertekend: { werkgever: 2024-02-22, werknemer: 2024-02-23, bewijs: ↓bijlagen/pva.pdf }\n",
          peildatum: "2024-03-10"),
        .init(
          f + "  ondertekend: { werkgever: 2024-02-22, werknemer: 2024-02-23, wijze: ↓digitaal }\n",
          peildatum: "2024-03-10"),
      ],
      nonTriggering: [
        .init(
          f + "  ondertekend: { werkgever: 2024-02-22, werknemer: 2024-02-23, wijze: digitaal, "
            + "bewijs: bijlagen/pva.pdf }\n", peildatum: "2024-03-10"),
        .init(
          f + "  ondertekend: { werkgever: 2024-02-22, werknemer: 2024-02-23, wijze: handgeschreven }\n"
            + "  origineel: bijlagen/pva.pdf\n", peildatum: "2024-03-10"),
      ])
  ) { context in
    context.documents.compactMap { document in
      guard let signed = document.signatures else { return nil }
      let at = document.field("ondertekend")
      if let proof = signed.bewijs, !signed.isDigital {
        return .init(
          "'\(at.appending("bewijs").display)' noemt '\(proof)' als bewijs van een digitale handtekening, "
            + "maar wijze is \(signed.wijze?.rawValue ?? "niet gegeven (dus handgeschreven)"); zet wijze: "
            + "digitaal als het de pdf van een ondertekeningssysteem is, of verwijs naar een ondertekende "
            + "scan met origineel", at: at.appending("bewijs").description)
      }
      if signed.isDigital, signed.bewijs == nil {
        return .init(
          "'\(at.appending("wijze").display)' is digitaal, maar bewijs ontbreekt: geef de pdf die het "
            + "ondertekeningssysteem afleverde met bewijs (bijv. bijlagen/pva-ondertekend.pdf)",
          at: at.appending("wijze").description)
      }
      return nil
    }
  }

  static let twoOriginals = Rule(
    RuleDescription(
      id: "wvp.ondertekend.twee-originelen", title: "Twee verschillende ondertekende originelen",
      severity: .fout, bron: bron,
      rationale:
        "Een document heeft één ondertekend origineel. Noemen origineel en ondertekend.bewijs verschillende "
        + "bestanden, dan is niet duidelijk welk het ondertekende document is dat UWV moet krijgen: laat er "
        + "één staan (bij een digitale handtekening is bewijs het origineel).",
      triggering: [
        .init(
          f + "  origineel: bijlagen/pva-scan.pdf\n"
            + "  ondertekend: { werkgever: 2024-02-22, werknemer: 2024-02-23, wijze: digitaal, "
            + "bewijs: ↓bijlagen/pva.pdf }\n", peildatum: "2024-03-10")
      ],
      nonTriggering: [
        .init(
          f + "  origineel: bijlagen/pva.pdf\n"
            + "  ondertekend: { werkgever: 2024-02-22, werknemer: 2024-02-23, wijze: digitaal, "
            + "bewijs: bijlagen/pva.pdf }\n", peildatum: "2024-03-10")
      ])
  ) { context in
    context.documents.compactMap { document in
      guard let proof = document.signatures?.bewijs, let original = document.origineel,
        !document.origineelIsProof, original != proof
      else { return nil }
      let at = document.field("ondertekend").appending("bewijs")
      return .init(
        "\(document.title): origineel ('\(original)') en '\(at.display)' ('\(proof)') noemen verschillende "
          + "bestanden; welk is het ondertekende document? Laat er één staan: bij een digitale handtekening "
          + "alleen bewijs, bij een handgeschreven handtekening alleen origineel", at: at.description)
    }
  }
}
