/// Maps a ``SourceNode`` tree (from YAML or XML) to a ``CaseFile``.
///
/// The keys it accepts come from ``FormatCatalogue``, the description the JSON Schema for editors
/// is written from, so the two cannot drift apart. The YAML and XML readings both pass through
/// it; list item element names (for XML) are given next to each list.
struct CaseDecoder {
  let context: DecodeContext

  static let rootKeys = FormatCatalogue.keys("casus")
  static let personKeys = FormatCatalogue.keys("persoon")
  static let addressKeys = FormatCatalogue.keys("adres")
  static let signatureKeys = FormatCatalogue.keys("ondertekend")
  static let datedKeys = FormatCatalogue.keys("gebeurtenis")

  /// Decodes the whole case; `nil` when a required part is unusable (reported in the bag).
  func decode(_ root: SourceNode) throws -> CaseFile? {
    // A rendered riv.xml carries computed data in <berekend>; the reader ignores it.
    let keys = root.elementName == nil ? Self.rootKeys : Self.rootKeys + ["berekend"]
    guard let top = try context.fields(root, .root, keys: keys) else { return nil }
    try checkFormat(top)
    let kenmerk = try top.string("kenmerk", required: true)
    if let kenmerk { try IdentityChecks.kenmerk(kenmerk, at: top.location(of: "kenmerk"), bag: context.bag) }
    let werkgever = try top.object("werkgever", keys: EmployerKeys.all) { try employer($0) }
    let werknemer = try top.object("werknemer", keys: EmployerKeys.employee, required: true) {
      try employee($0)
    }
    let betrokkenen = try top.object(
      "betrokkenen", keys: FormatCatalogue.keys("betrokkenen")
    ) { f in
      Stakeholders(
        casemanager: try person(f, "casemanager"), bedrijfsarts: try person(f, "bedrijfsarts"),
        arbeidsdeskundige: try person(f, "arbeidsdeskundige"),
        reintegratiebureau: try person(f, "reintegratiebureau"))
    }
    let verzuim = try top.object("verzuim", keys: AbsenceDecoder.keys, required: true) {
      try AbsenceDecoder(context: context).decode($0)
    }
    let documents = DocumentDecoder(context: context, decoder: self)
    let probleemanalyse = try documents.probleemanalyse(top)
    let plan = try documents.planVanAanpak(top)
    let evaluaties = try documents.evaluaties(top)
    let melding = try dated(top, "melding_42e_week")
    let onderzoeken = try documents.arbeidsdeskundigeOnderzoeken(top)
    let eje = try documents.eerstejaarsevaluatie(top)
    let tweedeSpoor = try TweedeSpoorDecoder(decoder: self).decode(top)
    let oordelen = try documents.deskundigenoordelen(top)
    let actueelOordeel = try documents.actueelOordeel(top)
    let eindevaluatie = try documents.eindevaluatie(top)
    let oordeelWerknemer = try top.object(
      "oordeel_werknemer", keys: FormatCatalogue.keys("oordeel_werknemer")
    ) { f in
      let origineel = try f.original()
      return try f.date("datum", required: true).map {
        OordeelWerknemer(datum: $0, tekst: try f.string("tekst"), origineel: origineel)
      }
    }
    let riv = try dated(top, "riv_aan_werknemer")
    let wia = try dated(top, "wia_aanvraag")
    let spoor1 = try AssessmentDecoder(decoder: self).spoor1(top)
    guard let kenmerk, let werknemer, let verzuim else { return nil }
    return CaseFile(
      kenmerk: kenmerk, werkgever: werkgever, werknemer: werknemer, betrokkenen: betrokkenen,
      verzuim: verzuim, probleemanalyse: probleemanalyse, planVanAanpak: plan, evaluaties: evaluaties,
      melding42eWeek: melding, arbeidsdeskundigeOnderzoeken: onderzoeken, eerstejaarsevaluatie: eje,
      tweedeSpoor: tweedeSpoor, deskundigenoordelen: oordelen, actueelOordeel: actueelOordeel,
      eindevaluatie: eindevaluatie, oordeelWerknemer: oordeelWerknemer, rivAanWerknemer: riv,
      wiaAanvraag: wia, spoor1: spoor1)
  }

  private func checkFormat(_ top: Fields) throws {
    guard let format = try top.string("formaat", required: true) else { return }
    if format != CaseFile.format {
      try context.bag.add(
        "invoer.formaat", at: top.location(of: "formaat"),
        "onbekend formaat '\(format)'; dit programma leest 'formaat: \(CaseFile.format)'")
    }
  }

  func person(_ fields: Fields, _ key: String) throws -> Person? {
    try fields.object(key, keys: Self.personKeys) { f in
      Person(
        naam: try f.string("naam"), functie: try f.string("functie"), organisatie: try f.string("organisatie")
      )
    }
  }

  func author(_ fields: Fields) throws -> Person? { try person(fields, "opgesteld_door") }

  func address(_ fields: Fields) throws -> Address? {
    try fields.object("adres", keys: Self.addressKeys) { f in
      Address(
        straat: try f.string("straat"), postcode: try f.string("postcode"), plaats: try f.string("plaats"))
    }
  }

  func signatures(_ fields: Fields) throws -> Signatures? {
    try fields.object("ondertekend", keys: Self.signatureKeys) { f in
      Signatures(
        werkgever: try f.date("werkgever"), werknemer: try f.date("werknemer"),
        wijze: try f.choice("wijze", Signatures.Method.self), bewijs: try f.original("bewijs"))
    }
  }

  func dated(_ fields: Fields, _ key: String) throws -> DatedEvent? {
    try fields.object(key, keys: Self.datedKeys) { f in
      let reason = try f.string("reden_te_laat")
      return try f.date("datum", required: true).map { DatedEvent(datum: $0, redenTeLaat: reason) }
    }
  }

  private func employer(_ f: Fields) throws -> Employer {
    let number = try f.string("loonheffingennummer")
    if let number {
      try IdentityChecks.loonheffingennummer(
        number, at: f.location(of: "loonheffingennummer"), bag: context.bag)
    }
    return Employer(
      naam: try f.string("naam"), loonheffingennummer: number, aardBedrijf: try f.string("aard_bedrijf"),
      adres: try address(f), contactpersoon: try person(f, "contactpersoon"))
  }

  private func employee(_ f: Fields) throws -> Employee? {
    let naam = try f.string("naam", required: true)
    var bsn: BSN?
    if let raw = try f.string("bsn") {
      bsn = try IdentityChecks.bsn(raw, at: f.location(of: "bsn"), bag: context.bag)
    }
    var employee = Employee(
      naam: naam ?? "", bsn: bsn, geboortedatum: try f.date("geboortedatum"), adres: try address(f),
      functie: try f.string("functie"), urenPerWeek: try f.number("uren_per_week"),
      inDienst: try f.date("in_dienst"), uitDienst: try f.date("uit_dienst"))
    employee.bekwaamheden = try AssessmentDecoder(decoder: self).bekwaamheden(f)
    return naam == nil ? nil : employee
  }
}

/// Allowed keys of `werkgever` and `werknemer`.
enum EmployerKeys {
  static let all = FormatCatalogue.keys("werkgever")
  static let employee = FormatCatalogue.keys("werknemer")
}
