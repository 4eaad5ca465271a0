/// Whether an original can be checked and looks like the document itself: text that cannot be
/// read, a page that is not A4, or the marks of a browser print (a `file:///` footer, a date and
/// time header) are warnings that say to check the file by eye.
enum OriginalFormRules {
  static let bron = "UWV, uploaden re-integratieverslag in het werkgeversportaal (originelen, A4)"

  static let all = [unreadable, pageSize, browserPrint]

  static let example = OriginalIdentityRules.example
  static let exampleClean = OriginalIdentityRules.exampleClean
  static let text = "Ruud Hermans · BSN 304182771\nProbleemanalyse\n"

  static func original(_ pages: [OriginalPage], problem: String? = nil) -> [String: OriginalContent] {
    ["bijlagen/pa.pdf": OriginalContent(pages: pages, problem: problem)]
  }

  static let unreadable = Rule(
    RuleDescription(
      id: "wvp.origineel.onleesbaar", title: "Origineel niet (helemaal) leesbaar", severity: .waarschuwing,
      bron: "\(OriginalIdentityRules.bron); \(bron)",
      rationale:
        "Van het origineel kon (een deel van) de tekst niet gelezen worden: een scan zonder tekstlaag "
        + "terwijl tesseract (OCR) niet geïnstalleerd is, een bestand dat pdftotext niet opent, of een "
        + "programma dat ontbreekt. Dan is niet gecontroleerd of het BSN en de naam van de werknemer "
        + "erop staan: controleer het met het oog, of installeer wat de melding noemt.",
      triggering: [
        .init(
          example, peildatum: "2024-03-10",
          originals: original(
            [OriginalPage(text: "", reading: .none, size: .a4)],
            problem: "geen tekstlaag en geen OCR (tesseract ontbreekt)"))
      ],
      nonTriggering: [
        .init(
          exampleClean, peildatum: "2024-03-10",
          originals: original([OriginalPage(text: text, reading: .ocr)]))
      ])
  ) { context in
    OriginalRules.read(context).compactMap { found in
      let content = found.content
      guard !content.isFullyRead else { return nil }
      var why: [String] = []
      let blank = content.pages.indices.filter { content.pages[$0].reading == .none }.map { String($0 + 1) }
      if !blank.isEmpty, blank.count < content.pages.count {
        why.append("pagina \(blank.joined(separator: ", ")) zonder leesbare tekst")
      }
      if let problem = content.problem { why.append(problem) }
      if why.isEmpty { why.append("er is geen tekst in gevonden") }
      return .init(
        "\(OriginalRules.name(found)) is niet te controleren: \(why.joined(separator: "; ")); controleer met "
          + "het oog of het BSN en de naam van de werknemer erop staan en of het bij deze casus hoort",
        at: found.path)
    }
  }

  static let pageSize = Rule(
    RuleDescription(
      id: "wvp.origineel.paginaformaat", title: "Pagina van een origineel is geen A4",
      severity: .waarschuwing,
      bron: bron,
      rationale:
        "Het werkgeversportaal en de beoordelaar verwachten A4. Een pagina in US Letter of een ander "
        + "formaat wijst op een afdruk uit een ander programma of land; controleer met het oog of het "
        + "het ondertekende document zelf is, en scan of exporteer het zo nodig opnieuw op A4.",
      triggering: [
        .init(
          example, peildatum: "2024-03-10",
          originals: original([OriginalPage(text: text, reading: .text, size: .letter)]))
      ],
      nonTriggering: [
        .init(
          exampleClean, peildatum: "2024-03-10",
          originals: original([
            OriginalPage(text: text, reading: .text, size: PageSize(width: 594.96, height: 841.92)),
            OriginalPage(text: text, reading: .text, size: PageSize(width: 842, height: 595)),
          ]))
      ])
  ) { context in
    OriginalRules.read(context).compactMap { found in
      let pages = found.content.pages.enumerated().compactMap { index, page in
        page.size.flatMap { $0.isA4 ? nil : "pagina \(index + 1) is \($0)" }
      }
      guard !pages.isEmpty else { return nil }
      return .init(
        "\(OriginalRules.name(found)): \(pages.prefix(3).joined(separator: ", "))"
          + (pages.count > 3 ? " (en \(pages.count - 3) meer)" : "") + ", geen A4 (210 × 297 mm); "
          + "controleer met het oog of het het ondertekende document zelf is", at: found.path)
    }
  }

  static let browserPrint = Rule(
    RuleDescription(
      id: "wvp.origineel.browserafdruk", title: "Origineel lijkt een afdruk uit een webbrowser",
      severity: .waarschuwing, bron: bron,
      rationale:
        "Een bestandsadres (file:///), een webadres met paginanummer als voettekst of een datum en tijd "
        + "als koptekst: zo drukt een webbrowser een pagina af. Een ondertekend origineel is dat zelden; "
        + "controleer met het oog of het het ondertekende document is en niet een concept of een "
        + "pagina uit een ander systeem.",
      triggering: [
        .init(
          example, peildatum: "2024-03-10",
          originals: original([
            OriginalPage(
              text: "07-12-2026 14:32          Probleemanalyse\n" + text
                + "file:///home/hr/pa.html     1/1\n",
              reading: .text)
          ]))
      ],
      nonTriggering: [
        .init(
          exampleClean, peildatum: "2024-03-10",
          originals: original([
            OriginalPage(
              text: text + "Meer informatie: https://www.uwv.nl\n     pagina 1 van 1\n", reading: .text)
          ]))
      ])
  ) { context in
    OriginalRules.read(context).compactMap { found in
      let marks = PrintArtefacts.marks(in: found.content.pages.map(\.text))
      guard !marks.isEmpty else { return nil }
      var kinds: [String] = []
      for mark in marks where !kinds.contains(mark.what) { kinds.append(mark.what) }
      let pages = Set(marks.map(\.page)).sorted().map(String.init).joined(separator: ", ")
      return .init(
        "\(OriginalRules.name(found)) lijkt uit een webbrowser afgedrukt (\(kinds.joined(separator: "; ")); "
          + "pagina \(pages)); controleer met het oog of het het ondertekende document is", at: found.path)
    }
  }
}
