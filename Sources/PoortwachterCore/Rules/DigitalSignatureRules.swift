/// The proof of a digital signature (`ondertekend: { wijze: digitaal, bewijs: <pdf> }`) is the
/// signed document itself, so the rules on originals check it like a scan; these rules also judge
/// the signatures embedded in it, as `pdfsig` reads them (``EmbeddedSignatures``): there must be
/// one per party, dated as `ondertekend` says, and each must still match the document.
enum DigitalSignatureRules {
  static let bron =
    "UWV, uploaden re-integratieverslag: elk document door werkgever en werknemer ondertekend; "
    + "eIDAS-verordening (EU) 910/2014, art. 25 (elektronische handtekening)"

  static let all = [missing, mismatch, invalid]

  /// The header of every example: a plan van aanpak signed digitally, its proof `bijlagen/pva.pdf`.
  static let example =
    "werknemer: { naam: Ruud Hermans, bsn: \"304182771\" }\nverzuim: { eerste_ziektedag: 2024-01-08 }\n"
    + "plan_van_aanpak:\n  datum: 2024-02-22\n"
    + "  ondertekend: { werkgever: 2024-02-22, werknemer: 2024-02-23, wijze: digitaal, bewijs: ↓bijlagen/pva.pdf }\n"
  static let exampleClean = example.replacingOccurrences(of: "↓", with: "")

  /// An example proof: one A4 page with the employee's name and BSN, and `signatures`.
  static func proof(_ signatures: EmbeddedSignatures) -> [String: OriginalContent] {
    [
      "bijlagen/pva.pdf": OriginalContent(
        pages: [
          OriginalPage(text: "Plan van aanpak\nRuud Hermans, BSN 304182771\n", reading: .text, size: .a4)
        ],
        signatures: signatures)
    ]
  }

  static func signature(_ signer: String, _ day: Int, valid: Bool = true) -> EmbeddedSignature {
    EmbeddedSignature(
      signer: signer, signedOn: CivilDate(year: 2024, month: 2, day: day), isValid: valid,
      validation: valid ? "Signature is Valid." : "Signature is Invalid.")
  }

  static let both = EmbeddedSignatures([signature("P. Bakker", 22), signature("Ruud Hermans", 23)])

  /// The proofs of digital signatures that were read, with the signatures they prove.
  static func proofs(_ context: RuleContext) -> [(read: OriginalRules.Read, signed: Signatures)] {
    OriginalRules.read(context).compactMap { read in read.link.digitalSignatures.map { (read, $0) } }
  }

  static let missing = Rule(
    RuleDescription(
      id: "wvp.origineel.digitaal-geen-handtekening",
      title: "Geen digitale handtekening in het ondertekeningsbewijs", severity: .waarschuwing, bron: bron,
      rationale:
        "Bij wijze: digitaal is bewijs de pdf die het ondertekeningssysteem afleverde; daarin staan de "
        + "handtekeningen van werkgever en werknemer. Staat er geen handtekening in (of kon pdfsig "
        + "van poppler-utils ze niet lezen), dan is niet te zien dat het document ondertekend is: "
        + "controleer het ondertekeningsbewijs van het systeem, of lever een ondertekende scan als origineel.",
      triggering: [.init(example, peildatum: "2024-03-10", originals: proof(EmbeddedSignatures([])))],
      nonTriggering: [.init(exampleClean, peildatum: "2024-03-10", originals: proof(both))])
  ) { context in
    proofs(context).compactMap { read, _ in
      guard let found = read.content.signatures, found.signatures.isEmpty else { return nil }
      let why =
        found.problem.map { "de handtekeningen zijn niet gelezen: \($0)" }
        ?? "geen digitale handtekening gevonden in \(OriginalRules.name(read))"
      return .init(
        "\(why); controleer het ondertekeningsbewijs van het systeem (of lever een ondertekende scan als "
          + "origineel)", at: read.path)
    }
  }

  static let mismatch = Rule(
    RuleDescription(
      id: "wvp.origineel.digitaal-afwijkend",
      title: "Digitale handtekeningen passen niet bij ondertekend", severity: .waarschuwing, bron: bron,
      rationale:
        "Elke partij die volgens ondertekend tekende, hoort een handtekening in het bewijs te hebben met "
        + "die datum. Minder handtekeningen dan partijen, of een datum die niet klopt, betekent dat een "
        + "partij nog niet tekende of dat ondertekend verkeerd is ingevuld: controleer het "
        + "ondertekeningsbewijs en de datums.",
      triggering: [
        .init(
          example, peildatum: "2024-03-10", originals: proof(EmbeddedSignatures([signature("P. Bakker", 22)]))
        ),
        .init(
          example, peildatum: "2024-03-10",
          originals: proof(EmbeddedSignatures([signature("P. Bakker", 22), signature("Ruud Hermans", 26)]))),
      ],
      nonTriggering: [.init(exampleClean, peildatum: "2024-03-10", originals: proof(both))])
  ) { context in
    proofs(context).compactMap { read, signed in
      guard let found = read.content.signatures, !found.signatures.isEmpty else { return nil }
      let parties = signed.parties
      var problems: [String] = []
      if found.signatures.count < parties.count {
        problems.append("\(found.signatures.count) voor \(parties.count) partijen")
      }
      for (party, date) in parties where !found.signatures.contains(where: { $0.signedOn == date }) {
        problems.append(
          "de \(party) tekende volgens ondertekend op \(DutchDate.long(date)), maar geen handtekening draagt die datum"
        )
      }
      guard !problems.isEmpty else { return nil }
      return .init(
        "de digitale handtekeningen in \(OriginalRules.name(read)) passen niet bij ondertekend: "
          + problems.joined(separator: "; ") + " (gevonden: \(found.summary)); controleer het "
          + "ondertekeningsbewijs van het systeem en de datums in ondertekend", at: read.path)
    }
  }

  static let invalid = Rule(
    RuleDescription(
      id: "wvp.origineel.digitaal-ongeldig", title: "Digitale handtekening ongeldig", severity: .fout,
      bron: bron,
      rationale:
        "pdfsig meldt een handtekening als ongeldig wanneer het document na het ondertekenen is gewijzigd "
        + "(of de handtekening beschadigd is). Dan is het niet meer het document dat werkgever en werknemer "
        + "tekenden: upload het niet, maar haal het ondertekende document opnieuw uit het "
        + "ondertekeningssysteem. Het pakket is dan niet klaar voor UWV.",
      triggering: [
        .init(
          example, peildatum: "2024-03-10",
          originals: proof(
            EmbeddedSignatures([signature("P. Bakker", 22, valid: false), signature("Ruud Hermans", 23)])))
      ],
      nonTriggering: [.init(exampleClean, peildatum: "2024-03-10", originals: proof(both))])
  ) { context in
    proofs(context).compactMap { read, _ in
      guard let found = read.content.signatures else { return nil }
      let bad = found.signatures.filter { !$0.isValid }
      guard let first = bad.first else { return nil }
      let who = bad.map { $0.signer ?? "onbekende ondertekenaar" }.joined(separator: ", ")
      return .init(
        "de digitale handtekening van \(who) in \(OriginalRules.name(read)) is ongeldig (pdfsig: "
          + "\(first.validation)): het document is na het ondertekenen gewijzigd of beschadigd; upload het "
          + "niet en haal het ondertekende document opnieuw uit het ondertekeningssysteem", at: read.path)
    }
  }
}
