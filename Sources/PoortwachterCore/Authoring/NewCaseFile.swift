/// A new, commented case file (`poortwachter nieuw`): the known facts filled in, every other
/// section as a commented example in the order of the timeline, with its deadline already computed.
/// The file reads as a valid case on its own; its milestones are all open.
public struct NewCaseFile: Sendable {
  /// Case reference.
  public var kenmerk: String
  /// Employee name.
  public var naam: String
  /// First sick day.
  public var eersteZiektedag: CivilDate
  /// The employee's BSN, when known.
  public var bsn: BSN?
  /// The employer's name, when known.
  public var werkgever: String?
  /// Where the JSON Schema is, relative to the new file, for the editor modeline.
  public var schemaReference: String?

  /// The facts of a new case.
  public init(
    kenmerk: String, naam: String, eersteZiektedag: CivilDate, bsn: BSN? = nil, werkgever: String? = nil,
    schemaReference: String? = nil
  ) {
    self.kenmerk = kenmerk
    self.naam = naam
    self.eersteZiektedag = eersteZiektedag
    self.bsn = bsn
    self.werkgever = werkgever
    self.schemaReference = schemaReference
  }

  /// The file's text, or the problems that keep these facts from making a valid case file (the
  /// same checks `check` makes, e.g. a first sick day outside 1900-2199).
  public func text() -> Result<String, NewCaseFileError> {
    let head = header()
    let outcome = CaseLoader(schema: nil).load(text: head, file: "nieuw", syntax: .yaml)
    guard case .loaded(let loaded) = outcome else {
      if case .failed(_, let diagnostics) = outcome {
        return .failure(NewCaseFileError(diagnostics: diagnostics))
      }
      return .failure(NewCaseFileError(diagnostics: []))
    }
    let timeline = Timeline(caseFile: loaded.caseFile, peildatum: eersteZiektedag)
    func due(_ id: Milestone.ID) -> String {
      guard let row = timeline[id] else { return "" }
      let from = row.vanaf.map { "vanaf \(DutchDate.short($0)), " } ?? ""
      return
        "# \(id.title.lowercasedFirst) \(from)uiterlijk \(DutchDate.short(row.uiterlijk)) (\(row.basis))\n"
    }
    return .success(head + NewCaseSections.text(due: due))
  }

  private func header() -> String {
    var lines: [String] = []
    if let schemaReference {
      lines.append("# yaml-language-server: $schema=\(schemaReference)")
    } else {
      lines.append(
        "# Voor aanvulling in de editor: 'poortwachter schema > poortwachter-1.schema.json' en een")
      lines.append("# eerste regel '# yaml-language-server: $schema=poortwachter-1.schema.json'.")
    }
    lines += [
      "# Casusbestand voor poortwachter. Vul elk onderdeel in zodra het er is (haal dan de # weg);",
      "# 'poortwachter check \(kenmerk.lowercased()).yaml' toont wat er op een peildatum ontbreekt.",
      "# Alle sleutels: docs/casusformaat.md; de rekenregels: docs/rekenregels.md.",
      "formaat: \(CaseFile.format)",
      "kenmerk: \(YAMLText.quoted(kenmerk))",
      "",
      "werkgever:",
      werkgever.map { "  naam: \(YAMLText.quoted($0))" } ?? "  # naam: Bedrijfsnaam B.V.",
      "  # loonheffingennummer: 123456782L01",
      "  # aard_bedrijf: Groothandel en opslag",
      "  # adres: { straat: Havenweg 12, postcode: 5061 AB, plaats: Oisterwijk }",
      "  # contactpersoon: { naam: M. Jansen, functie: HR-adviseur }",
      "",
      "werknemer:",
      "  naam: \(YAMLText.quoted(naam))",
      bsn.map { "  bsn: \"\($0.digits)\"" } ?? "  # bsn: \"123456782\"    # tussen aanhalingstekens",
      "  # geboortedatum: 1971-04-12",
      "  # adres: { straat: Dorpsstraat 3, postcode: 5062 CD, plaats: Moergestel }",
      "  # functie: Orderpicker",
      "  # uren_per_week: 38",
      "  # in_dienst: 2015-03-01",
      "  # bekwaamheden: { opleidingen: [ MBO-3 Logistiek ], werkervaring: [ 9 jaar orderpicker ], vaardigheden: [ Heftruckcertificaat ] }",
      "",
      "# betrokkenen:",
      "#   casemanager: { naam: P. Bakker, functie: Casemanager, organisatie: Bedrijfsnaam B.V. }",
      "#   bedrijfsarts: { naam: dr. A. Smit, functie: Bedrijfsarts, organisatie: ArboPunt }",
      "#   arbeidsdeskundige: { naam: R. Visser, functie: Arbeidsdeskundige, organisatie: AD Groep }",
      "",
      "verzuim:",
      "  eerste_ziektedag: \(eersteZiektedag)",
      "  # melding_bedrijfsarts: \(eersteZiektedag)",
      "  # onderbrekingen: [ { hersteld_op: JJJJ-MM-DD, weer_ziek_op: JJJJ-MM-DD } ]",
      "  # werkhervattingen: [ { vanaf: JJJJ-MM-DD, uren_per_week: 16, soort: aangepast_werk } ]",
      "  # volledig_hersteld_op: JJJJ-MM-DD",
      "",
    ]
    return lines.joined(separator: "\n") + "\n"
  }
}
