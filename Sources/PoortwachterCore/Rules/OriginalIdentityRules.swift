/// Does an original belong to the case? Its text (PDF text layer, Word XML, OCR of a scan) must
/// carry the employee's BSN and name; another number that passes the 11-proef where a BSN stands,
/// or another name after "Naam werknemer:", means it may be someone else's document, which must
/// never reach UWV (rules.md, "The UWV upload"; BWBR0015184 art. 2: the BSN on every part).
enum OriginalIdentityRules {
  static let bron =
    "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184), art. 2 "
    + "(naam en BSN van de werknemer op elk onderdeel)"
  static let privacy =
    "AVG, art. 5 lid 1 onder c en art. 87; Wet algemene bepalingen burgerservicenummer, art. 10"

  static let all = [otherNumber, otherName, missingNumber, missingName, notFound]

  /// The header of every example: an employee with a BSN and a probleemanalyse with an original.
  static let example =
    "werknemer: { naam: Ruud Hermans, bsn: \"304182771\" }\nverzuim: { eerste_ziektedag: 2024-01-08 }\n"
    + "probleemanalyse:\n  datum: 2024-02-12\n  origineel: ↓bijlagen/pa.pdf\n"
  static let exampleClean = example.replacingOccurrences(of: "↓", with: "")

  /// An example original: one A4 page with `text`, read as `reading`.
  static func page(_ text: String, _ reading: OriginalPage.Reading = .text) -> [String: OriginalContent] {
    ["bijlagen/pa.pdf": OriginalContent(pages: [OriginalPage(text: text, reading: reading, size: .a4)])]
  }

  /// The numbers of `content` that pass the 11-proef, with the page they are on.
  static func numbers(_ content: OriginalContent) -> [(number: OriginalText.Number, page: Int)] {
    content.pages.enumerated().flatMap { index, page in
      OriginalText.numbers(in: page.text).map { ($0, index + 1) }
    }
  }

  static func hasOwnNumber(_ content: OriginalContent, _ own: BSN) -> Bool {
    numbers(content).contains { $0.number.bsn == own }
  }

  static let otherNumber = Rule(
    RuleDescription(
      id: "wvp.origineel.bsn-ander", title: "Ander BSN in een origineel", severity: .fout,
      bron: "\(bron); \(privacy)",
      rationale:
        "Het origineel bevat een nummer dat de elfproef doorstaat waar een BSN staat (na 'BSN' of "
        + "'burgerservicenummer'), en dat is niet het BSN van de werknemer; of het BSN van de werknemer "
        + "staat er niet op en er staat wel een ander zulk nummer. Dan hoort het document waarschijnlijk "
        + "bij een ander: upload het niet, want UWV zou het BSN van een ander ontvangen. Het pakket is "
        + "dan niet klaar voor UWV.",
      triggering: [
        .init(
          example, peildatum: "2024-03-10", originals: page("Probleemanalyse\nRuud Hermans, BSN 111222333\n")),
        .init(
          example, peildatum: "2024-03-10",
          originals: page("Probleemanalyse\nP. Bakker\nnummer 1112.22.333\n")),
      ],
      nonTriggering: [
        .init(
          exampleClean, peildatum: "2024-03-10",
          originals: page(
            "Ruud Hermans · BSN 3041.82.771\nDossier 111222333; loonheffingennummer 123456782L01\n"))
      ])
  ) { context in
    guard let own = context.caseFile.werknemer.bsn else { return [] }
    return OriginalRules.read(context).compactMap { found in
      let all = numbers(found.content)
      let ownPresent = all.contains { $0.number.bsn == own }
      let others = all.filter { $0.number.bsn != own && ($0.number.labelled || !ownPresent) }
      guard let first = others.first else { return nil }
      let ocr = found.content.pages[first.page - 1].reading == .ocr
      return .init(
        "\(OriginalRules.name(found)) bevat op pagina \(first.page) een ander BSN (\(first.number.bsn.masked))"
          + (ownPresent ? "" : ", niet het BSN van de werknemer (\(own.masked)),")
          + " en hoort mogelijk bij een ander: upload het niet; vraag het juiste origineel op en verwijs ernaar"
          + (ocr ? " (tekst gelezen met OCR: is het een leesfout, scan het document dan scherper)" : ""),
        at: found.path)
    }
  }

  static let otherName = Rule(
    RuleDescription(
      id: "wvp.origineel.naam-ander", title: "Andere naam als werknemer in een origineel", severity: .fout,
      bron: bron,
      rationale:
        "Na 'Naam werknemer:' of 'Werknemer:' (of in de cel ernaast) staat in het origineel een andere "
        + "naam dan die van de werknemer: het document hoort waarschijnlijk bij een ander. Upload het "
        + "niet; het pakket is dan niet klaar voor UWV.",
      triggering: [
        .init(
          example, peildatum: "2024-03-10",
          originals: page("Naam werknemer: P. Bakker          BSN: 304182771\nRuud Hermans\n"))
      ],
      nonTriggering: [
        .init(
          exampleClean, peildatum: "2024-03-10",
          originals: page("Naam werknemer: dhr. R. Hermans    BSN: 304182771\nWerknemer     Werkgever\n"))
      ])
  ) { context in
    let employee = context.caseFile.werknemer.naam
    return OriginalRules.read(context).compactMap { found in
      let names = OriginalText.employeeNames(in: found.content.pages.map(\.text))
      guard let other = names.first(where: { !OriginalText.mentions($0.name, name: employee) }) else {
        return nil
      }
      return .init(
        "\(OriginalRules.name(found)) noemt op pagina \(other.page) als werknemer een andere naam dan "
          + "\(employee) en hoort mogelijk bij een ander: upload het niet; vraag het juiste origineel op",
        at: found.path)
    }
  }

  static let missingNumber = Rule(
    RuleDescription(
      id: "wvp.origineel.bsn-ontbreekt", title: "BSN van de werknemer ontbreekt in een origineel",
      severity: .fout, bron: bron,
      rationale:
        "UWV wil het BSN van de werknemer op elk onderdeel van het re-integratieverslag. Het origineel "
        + "is volledig gelezen (tekstlaag of Word-document) en het BSN staat er niet in, met of zonder "
        + "punten of spaties. Laat het document aanvullen of vraag het juiste origineel op.",
      triggering: [
        .init(example, peildatum: "2024-03-10", originals: page("Probleemanalyse\nRuud Hermans\n"))
      ],
      nonTriggering: [
        .init(exampleClean, peildatum: "2024-03-10", originals: page("R. Hermans, BSN 304 182 771\n")),
        .init(exampleClean, peildatum: "2024-03-10", originals: page("Ruud Hermans\n", .ocr)),
      ])
  ) { context in
    guard let own = context.caseFile.werknemer.bsn else { return [] }
    return OriginalRules.read(context).compactMap { found in
      let content = found.content
      guard content.isFullyRead, !content.usedOCR, !hasOwnNumber(content, own) else { return nil }
      // Another number where the BSN should be: `bsn-ander` says it, with more reason.
      guard !numbers(content).contains(where: { $0.number.bsn != own }) else { return nil }
      return .init(
        "\(OriginalRules.name(found)) vermeldt het BSN van de werknemer (\(own.masked)) niet; "
          + "laat het aanvullen of vraag het juiste origineel op", at: found.path)
    }
  }

  static let missingName = Rule(
    RuleDescription(
      id: "wvp.origineel.naam-ontbreekt", title: "Naam van de werknemer ontbreekt in een origineel",
      severity: .fout, bron: bron,
      rationale:
        "Elk onderdeel vermeldt de naam van de werknemer. Het origineel is volledig gelezen en de "
        + "achternaam van de werknemer staat er niet in (hoofdletters, accenten en spaties tellen niet "
        + "mee). Laat het aanvullen of vraag het juiste origineel op.",
      triggering: [
        .init(example, peildatum: "2024-03-10", originals: page("Probleemanalyse\nBSN 304182771\n"))
      ],
      nonTriggering: [
        .init(exampleClean, peildatum: "2024-03-10", originals: page("HERMANS, R.   BSN 304182771\n"))
      ])
  ) { context in
    let employee = context.caseFile.werknemer.naam
    return OriginalRules.read(context).compactMap { found in
      let content = found.content
      guard content.isFullyRead, !content.usedOCR, !OriginalText.mentions(content.text, name: employee) else {
        return nil
      }
      return .init(
        "\(OriginalRules.name(found)) vermeldt de naam van de werknemer (\(employee)) niet; "
          + "laat het aanvullen of vraag het juiste origineel op", at: found.path)
    }
  }

  static let notFound = Rule(
    RuleDescription(
      id: "wvp.origineel.niet-gevonden", title: "BSN of naam niet gevonden in een gescand origineel",
      severity: .waarschuwing, bron: bron,
      rationale:
        "De tekst van het origineel is (deels) met OCR gelezen of niet elke pagina kon gelezen worden, "
        + "en het BSN of de naam van de werknemer is er niet in gevonden. OCR leest cijfers soms "
        + "verkeerd: controleer met het oog of ze erop staan, of scan het document scherper.",
      triggering: [
        .init(example, peildatum: "2024-03-10", originals: page("Ruud Hermans, BSN 30418277\n", .ocr))
      ],
      nonTriggering: [
        .init(exampleClean, peildatum: "2024-03-10", originals: page("Ruud Hermans, BSN 304182771\n", .ocr))
      ])
  ) { context in
    let own = context.caseFile.werknemer.bsn
    let employee = context.caseFile.werknemer.naam
    return OriginalRules.read(context).compactMap { found in
      let content = found.content
      guard content.hasText, !content.isFullyRead || content.usedOCR else { return nil }
      var missing: [String] = []
      // Another number where the BSN should be: `bsn-ander` says it, with more reason.
      if let own, !numbers(content).contains(where: { $0.number.bsn != own }), !hasOwnNumber(content, own) {
        missing.append("het BSN van de werknemer (\(own.masked))")
      }
      if !OriginalText.mentions(content.text, name: employee) {
        missing.append("de naam van de werknemer (\(employee))")
      }
      guard !missing.isEmpty else { return nil }
      let how = content.usedOCR ? "in de met OCR gelezen tekst" : "in de leesbare pagina's"
      return .init(
        "\(OriginalRules.name(found)): \(missing.joined(separator: " en ")) niet gevonden \(how); "
          + "controleer met het oog of het erop staat", at: found.path)
    }
  }
}
