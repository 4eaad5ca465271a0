/// The case format `poortwachter/1` as data: every mapping with its keys, types and Dutch
/// descriptions. The JSON Schema (`poortwachter schema`) is written from it, and a test holds it
/// equal to the keys the decoder accepts, so the two cannot drift apart.
public enum FormatCatalogue {
  /// The top level of a case file.
  public static let root = FormatObject(
    name: "casus", description: "Een verzuimdossier in het formaat poortwachter/1.",
    keys: [
      .init("formaat", .constant(CaseFile.format), required: true, "Altijd 'poortwachter/1'."),
      .init(
        "kenmerk", .pattern("^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$", "1 tot 64 tekens uit A-Z a-z 0-9 . _ -"),
        required: true,
        "Het dossiernummer; wordt de mapnaam van het dossier. Bijv. VZ-2024-0117."),
      .init("werkgever", .object("werkgever"), "De werkgever."),
      .init("werknemer", .object("werknemer"), required: true, "De zieke werknemer."),
      .init("betrokkenen", .object("betrokkenen"), "De professionals in het dossier."),
      .init("verzuim", .object("verzuim"), required: true, "Het verloop van het verzuim."),
      .init(
        "probleemanalyse", .object("probleemanalyse"), "De probleemanalyse van de bedrijfsarts (week 6)."),
      .init("plan_van_aanpak", .object("plan_van_aanpak"), "Het plan van aanpak (week 8)."),
      .init("evaluaties", .list("evaluatie"), "De evaluaties van het plan, minstens elke zes weken."),
      .init("melding_42e_week", .object("gebeurtenis"), "De ziekmelding bij UWV na 42 weken."),
      .init(
        "arbeidsdeskundige_onderzoeken", .list("arbeidsdeskundig_onderzoek"),
        "De onderzoeken van de arbeidsdeskundige."),
      .init(
        "eerstejaarsevaluatie", .object("eerstejaarsevaluatie"), "De eerstejaarsevaluatie (week 46 tot 52)."),
      .init("tweede_spoor", .object("tweede_spoor"), "Het zoeken naar werk bij een andere werkgever."),
      .init("deskundigenoordelen", .list("deskundigenoordeel"), "Deskundigenoordelen van UWV."),
      .init(
        "actueel_oordeel", .object("actueel_oordeel"), "Het actueel oordeel van de bedrijfsarts (week 91)."),
      .init("eindevaluatie", .object("eindevaluatie"), "De eindevaluatie (week 91)."),
      .init("oordeel_werknemer", .object("oordeel_werknemer"), "De mening van de werknemer."),
      .init(
        "riv_aan_werknemer", .object("gebeurtenis"), "Wanneer de werknemer het re-integratieverslag kreeg."),
      .init("wia_aanvraag", .object("gebeurtenis"), "Wanneer de werknemer de WIA-uitkering aanvroeg."),
      .init(
        "spoor_1", .object("spoor_1"),
        "Spoor 1: de functies bij de eigen werkgever, elk beoordeeld op passendheid."),
    ])

  /// Every named mapping, the top level first, then by name.
  public static let objects: [FormatObject] =
    [root] + (shared + documents + absence + secondTrack + assessment).sorted { $0.name < $1.name }

  /// The mapping named `name`.
  public static func object(_ name: String) -> FormatObject? { objects.first { $0.name == name } }

  /// The keys of the mapping named `name`, in file order: what the decoder accepts there. (An
  /// unknown name gives no keys, so every key of such a mapping is reported; a test reads every
  /// sample through the decoder and compares.)
  public static func keys(_ name: String) -> [String] { keysByName[name] ?? [] }

  private static let keysByName: [String: [String]] = Dictionary(
    objects.map { ($0.name, $0.keyNames) }, uniquingKeysWith: { first, _ in first })

  /// The accepted keys of every mapping, by path pattern as the decoder reads them
  /// (`""` for the top level, `evaluaties[].opgesteld_door`).
  public static var keysByPath: [String: [String]] {
    var result: [String: [String]] = [:]
    func walk(_ object: FormatObject, _ path: String) {
      result[path] = object.keyNames
      for key in object.keys {
        let child = path.isEmpty ? key.name : path + "." + key.name
        switch key.value {
        case .object(let name): if let nested = Self.object(name) { walk(nested, child) }
        case .list(let name), .textOrObjectList(let name):
          if let nested = Self.object(name) { walk(nested, child + "[]") }
        default: break
        }
      }
    }
    walk(root, "")
    return result
  }

  static let shared: [FormatObject] = [
    FormatObject(
      name: "persoon", description: "Een persoon: wie een document opstelde of een rol heeft.",
      keys: [
        .init("naam", .text, screening: .notMedical, "Naam zoals in het dossier. Bijv. dr. A. Smit."),
        .init(
          "functie", .text, screening: .label,
          "Functie of rol; voor de opsteller van een document verplicht in het RIV. Bijv. Bedrijfsarts."),
        .init(
          "organisatie", .text, screening: .label, "Organisatie, zoals arbodienst of bureau. Bijv. ArboPunt."),
      ]),
    FormatObject(
      name: "adres", description: "Een adres.",
      keys: [
        .init("straat", .text, screening: .address, "Straat en huisnummer. Bijv. Havenweg 12."),
        .init("postcode", .text, screening: .notMedical, "Postcode. Bijv. 5061 AB."),
        .init("plaats", .text, screening: .address, "Plaats. Bijv. Oisterwijk."),
      ]),
    FormatObject(
      name: "ondertekend", description: "De datum waarop elke partij tekende, en hoe.",
      keys: [
        .init("werkgever", .date, "Datum van ondertekening door de werkgever. Bijv. 2024-02-22."),
        .init("werknemer", .date, "Datum van ondertekening door de werknemer. Bijv. 2024-02-23."),
        .init(
          "wijze", .choice(Signatures.Method.allCases.map(\.rawValue)),
          "Hoe er getekend is: handgeschreven (de scan is het origineel; de standaard) of digitaal (in een ondertekeningssysteem; geef dan bewijs)."
        ),
        .init(
          "bewijs", .text, screening: .notMedical,
          "Bij wijze: digitaal de pdf die het ondertekeningssysteem afleverde (het ondertekende document zelf), ten opzichte van het casusbestand; het UWV-pakket neemt die ongewijzigd op, een scan is dan niet nodig. Bijv. bijlagen/pva-ondertekend.pdf."
        ),
      ]),
    FormatObject(
      name: "gebeurtenis", description: "Een gebeurtenis met een datum.",
      keys: [.init("datum", .date, required: true, "De datum. Bijv. 2024-10-25."), lateReason]),
    FormatObject(
      name: "werkgever", description: "De werkgever.",
      keys: [
        .init("naam", .text, screening: .notMedical, "Naam van de werkgever. Bijv. Logistiek Zuid B.V."),
        .init(
          "loonheffingennummer", .pattern("^[0-9]{9}L[0-9]{2}$", "9 cijfers, L, 2 cijfers"),
          "Het loonheffingennummer. Bijv. 123456782L01."),
        .init(
          "aard_bedrijf", .text, screening: .label, "De aard van het bedrijf. Bijv. Groothandel en opslag."),
        .init("adres", .object("adres"), "Het vestigingsadres."),
        .init("contactpersoon", .object("persoon"), "Contactpersoon voor UWV."),
      ]),
    FormatObject(
      name: "werknemer", description: "De zieke werknemer.",
      keys: [
        .init(
          "naam", .text, required: true, screening: .notMedical,
          "Naam zoals in het dossier. Bijv. J. de Vries."),
        .init(
          "bsn", .pattern("^[0-9]{9}$", "9 cijfers"),
          "Burgerservicenummer: 9 cijfers tussen aanhalingstekens. De elfproef controleert alleen "
            + "'poortwachter check'. Bijv. \"123456782\"."),
        .init("geboortedatum", .date, "Geboortedatum. Bijv. 1971-04-12."),
        .init("adres", .object("adres"), "Het woonadres."),
        .init("functie", .text, screening: .label, "De eigen functie. Bijv. Orderpicker."),
        .init(
          "uren_per_week", .number(whole: false, minimum: 0, maximum: nil), "Contracturen per week. Bijv. 38."
        ),
        .init("in_dienst", .date, "Begin van het dienstverband. Bijv. 2015-03-01."),
        .init(
          "uit_dienst", .date, "Laatste dag van het dienstverband als de werknemer ziek uit dienst gaat."),
        .init(
          "bekwaamheden", .object("bekwaamheden"),
          "Opleidingen, werkervaring en vaardigheden (BWBR0015184 art. 2 lid 4)."),
      ]),
    FormatObject(
      name: "betrokkenen", description: "De professionals in het dossier.",
      keys: [
        .init("casemanager", .object("persoon"), "De casemanager."),
        .init("bedrijfsarts", .object("persoon"), "De bedrijfsarts."),
        .init("arbeidsdeskundige", .object("persoon"), "De arbeidsdeskundige."),
        .init("reintegratiebureau", .object("persoon"), "Het re-integratiebureau van het tweede spoor."),
      ]),
  ]
}
