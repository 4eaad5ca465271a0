/// Burgerservicenummers in the texts of a case (AVG art. 87, Wabb art. 10): any 9-digit number in
/// a text that passes the 11-proef. Another person's BSN is data the dossier may not hold; the
/// employee's own belongs in `werknemer.bsn` only. The dossier masks both (``DossierContext``).
enum PersonalNumbers {
  /// Whether `text` holds a digit at all: most texts don't, and skip the search.
  static func mayContain(_ text: String) -> Bool {
    text.utf8.contains { $0 >= 0x30 && $0 <= 0x39 }
  }

  /// The numbers in `text` that may be a BSN, in order (``Masking/isBSN(_:next:)``).
  static func numbers(in text: String) -> [BSN] {
    guard mayContain(text) else { return [] }
    return asciiNumbers(in: text) ?? characterNumbers(in: text)
  }

  /// `numbers(in:)` on the bytes of an ASCII text (most texts hold a date, so the search runs
  /// often); `nil` for any other text.
  static func asciiNumbers(in text: String) -> [BSN]? {
    var result: [BSN] = []
    var start: Int? = nil
    let bytes = Array(text.utf8)
    for index in 0...bytes.count {
      let byte: UInt8? = index < bytes.count ? bytes[index] : nil
      if let byte, byte >= 0x80 { return nil }
      if let byte, byte >= 0x30 && byte <= 0x39 {
        if start == nil { start = index }
        continue
      }
      if let first = start, index - first == 9, byte != UInt8(ascii: "L"),
        let bsn = BSN(String(decoding: bytes[first..<index], as: UTF8.self))
      {
        result.append(bsn)
      }
      start = nil
    }
    return result
  }

  /// `numbers(in:)` character by character: any text.
  static func characterNumbers(in text: String) -> [BSN] {
    var result: [BSN] = []
    var run = ""
    for character in text {
      if character.isASCII && character.isNumber {
        run.append(character)
        continue
      }
      if Masking.isBSN(run, next: character), let bsn = BSN(run) { result.append(bsn) }
      run = ""
    }
    if Masking.isBSN(run, next: nil), let bsn = BSN(run) { result.append(bsn) }
    return result
  }

  /// The texts with a BSN that is not the employee's (`own: false`) or is (`own: true`).
  static func texts(_ context: RuleContext, own: Bool) -> [(text: FreeText, count: Int)] {
    let employee = context.caseFile.werknemer.bsn
    return context.freeTexts.compactMap { text in
      let count = numbers(in: text.value).filter { ($0 == employee) == own }.count
      return count == 0 ? nil : (text, count)
    }
  }

  static let otherPerson = Rule(
    RuleDescription(
      id: "wvp.privacy.bsn-derde", title: "BSN van een ander in een tekst", severity: .fout,
      bron: "AVG, art. 5 lid 1 onder c en art. 87; Wet algemene bepalingen burgerservicenummer, art. 10",
      rationale:
        "Een tekst in het dossier bevat een nummer dat de elfproef doorstaat en niet het BSN van de "
        + "werknemer is: het burgerservicenummer van een ander hoort niet in dit dossier. Haal het "
        + "nummer weg; noem zo nodig de rol (collega, leidinggevende). In riv.html, riv.xml en de "
        + "PDF's staat het nummer gemaskeerd.",
      triggering: [
        .init(
          "verzuim: { eerste_ziektedag: 2024-01-08 }\nprobleemanalyse:\n  datum: 2024-02-12\n"
            + "  prognose: ↓Collega met BSN 111222333 neemt het werk tijdelijk over.\n",
          peildatum: "2024-03-10")
      ],
      nonTriggering: [
        .init(
          "verzuim: { eerste_ziektedag: 2024-01-08 }\nprobleemanalyse:\n  datum: 2024-02-12\n"
            + "  prognose: Gesprek op 20240301, dossier 123456789, loonheffingennummer 123456782L01.\n",
          peildatum: "2024-03-10")
      ])
  ) { context in
    texts(context, own: false).map { found in
      let count = found.count == 1 ? "een nummer" : "\(found.count) nummers"
      return .init(
        "'\(found.text.path)' bevat \(count) dat de elfproef doorstaat en niet het BSN van de werknemer is "
          + "(het BSN van een ander); haal het weg en noem zo nodig alleen de rol",
        at: found.text.path.description)
    }
  }

  static let employee = Rule(
    RuleDescription(
      id: "wvp.privacy.bsn-werknemer", title: "BSN van de werknemer in een tekst", severity: .waarschuwing,
      bron: "AVG, art. 5 lid 1 onder c; Wet algemene bepalingen burgerservicenummer, art. 10",
      rationale:
        "Het BSN van de werknemer hoort alleen in werknemer.bsn; het verslag en elke PDF tonen het "
        + "daar. In een tekst is het een kopie die niet nodig is: haal het weg. In riv.html, riv.xml en "
        + "de PDF's staat het in teksten gemaskeerd.",
      triggering: [
        .init(
          "werknemer: { naam: J. Jansen, bsn: \"123456782\" }\nverzuim: { eerste_ziektedag: 2024-01-08 }\n"
            + "evaluaties:\n  - datum: 2024-03-01\n    verslag: ↓Gesprek met J. Jansen (BSN 123456782).\n",
          peildatum: "2024-03-10")
      ],
      nonTriggering: [
        .init(
          "werknemer: { naam: J. Jansen, bsn: \"123456782\" }\nverzuim: { eerste_ziektedag: 2024-01-08 }\n"
            + "evaluaties:\n  - datum: 2024-03-01\n    verslag: Gesprek met J. Jansen over de werkdruk.\n",
          peildatum: "2024-03-10")
      ])
  ) { context in
    texts(context, own: true).map { found in
      .init(
        "'\(found.text.path)' bevat het BSN van de werknemer; dat hoort alleen in 'werknemer.bsn', "
          + "haal het uit de tekst",
        at: found.text.path.description)
    }
  }
}
