import PoortwachterCore
import PoortwachterOutput

/// A deterministic generator of realistic synthetic cases (all sections filled, 2 to 6 KB of
/// YAML), for benchmarks and load tests (the hidden `genereer` command writes them). The same
/// index always gives the same text.
public struct SyntheticCases: Sendable {
  /// The peildatum the generated cases are written for.
  public let peildatum: CivilDate

  /// Creates a generator.
  public init(peildatum: CivilDate) { self.peildatum = peildatum }

  private struct Random {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(max(1, bound)))
    }
  }

  private static let firstNames = [
    "Anna", "Bas", "Carla", "Daan", "Eva", "Fleur", "Gert", "Hanna", "Iris", "Joost", "Kim", "Lars",
  ]
  private static let lastNames = [
    "de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos", "Vos",
  ]
  private static let jobs = [
    "Orderpicker", "Administratief medewerker", "Chauffeur", "Verkoper", "Monteur", "Planner",
  ]
  private static let towns = ["Tilburg", "Breda", "Utrecht", "Zwolle", "Leiden", "Arnhem", "Assen", "Venlo"]
  private static let sentences = [
    "Werknemer kan maximaal vier uur per dag werken met een pauze na elk uur.",
    "Tillen boven tien kilo en langdurig staan zijn niet mogelijk.",
    "De opbouw van uren verloopt volgens afspraak; de werkdruk is besproken.",
    "Aangepast werk op de administratie wordt als passend ervaren.",
    "Afgesproken is om de belasting elke twee weken te evalueren.",
    "Werkgever en werknemer zijn het eens over de volgende stap.",
  ]

  /// A valid BSN derived from the index.
  static func bsn(_ index: Int) -> String {
    var base = 100_000_000 + (index * 7_919) % 800_000_000
    while true {
      let digits = String(base).compactMap { $0.wholeNumberValue }
      let sum = zip(digits.prefix(8), [9, 8, 7, 6, 5, 4, 3, 2]).reduce(0) { $0 + $1.0 * $1.1 }
      let check = sum % 11
      if check < 10 {
        let candidate = String(base / 10) + String(check)
        if BSN(candidate) != nil { return candidate }
      }
      base += 10
    }
  }

  /// Writes cases `0..<count` as `<folder>/syn-<index>.yaml` (each atomically), creating the folder
  /// (`genereer`'s work).
  public func write(_ count: Int, to folder: String) throws {
    try AtomicFile.makeFolder(folder)
    for index in 0..<count { try AtomicFile.write(yaml(index), to: folder + "/syn-\(index).yaml") }
  }

  /// The YAML text of case `index`.
  public func yaml(_ index: Int) -> String {
    var random = Random(state: UInt64(index) &* 2_654_435_761 &+ 1)
    let weeks = 20 + random.next(100)
    let first = peildatum.adding(days: -7 * weeks)
    let name =
      "\(Self.firstNames[random.next(Self.firstNames.count)]) \(Self.lastNames[random.next(Self.lastNames.count)])"
    let text = { (count: Int) -> String in
      (0..<count).map { _ in Self.sentences[random.next(Self.sentences.count)] }.joined(separator: " ")
    }
    let day = { (offset: Int) -> String in first.adding(days: offset).description }
    var yaml = """
      formaat: poortwachter/1
      kenmerk: SYN-\(index)
      werkgever:
        naam: Bedrijf \(index % 97) B.V.
        loonheffingennummer: 123456782L0\(index % 10)
        aard_bedrijf: Groothandel
        adres: { straat: Industrieweg \(index % 200 + 1), postcode: 5000 AB, plaats: \(Self.towns[random.next(Self.towns.count)]) }
        contactpersoon: { naam: M. Jansen, functie: HR-adviseur }
      werknemer:
        naam: \(name)
        bsn: "\(Self.bsn(index))"
        geboortedatum: 1975-0\(1 + index % 9)-1\(index % 10)
        adres: { straat: Dorpsstraat \(index % 90 + 1), postcode: 5062 CD, plaats: \(Self.towns[random.next(Self.towns.count)]) }
        functie: \(Self.jobs[random.next(Self.jobs.count)])
        uren_per_week: \(24 + random.next(16))
        in_dienst: 2012-03-01
      betrokkenen:
        casemanager: { naam: P. Bakker, functie: Casemanager, organisatie: Bedrijf }
        bedrijfsarts: { naam: dr. A. Smit, functie: Bedrijfsarts, organisatie: ArboPunt }
      verzuim:
        eerste_ziektedag: \(first)
        melding_bedrijfsarts: \(day(2))
      probleemanalyse:
        datum: \(day(30 + random.next(12)))
        opgesteld_door: { naam: dr. A. Smit, functie: Bedrijfsarts }
        benutbare_mogelijkheden: true
        mogelijkheden_en_beperkingen: \(text(3))
        prognose: \(text(1))
        advies: \(text(2))
      plan_van_aanpak:
        datum: \(day(50))
        opgesteld_door: { naam: P. Bakker, functie: Casemanager }
        ondertekend: { werkgever: \(day(50)), werknemer: \(day(51)) }
        doel: Terugkeer in eigen functie met aanpassingen.
        afspraken: [ Wekelijks contact met de casemanager, Opbouw van uren per twee weken ]
        visie_werkgever: \(text(2))
        visie_werknemer: \(text(2))
      evaluaties:

      """
    var date = 50
    while date + 40 < 7 * weeks {
      date += 28 + random.next(20)
      yaml +=
        "  - { datum: \(day(date)), opgesteld_door: { naam: P. Bakker, functie: Casemanager }, verslag: \(text(1)) }\n"
      if date > 7 * 52 { break }
    }
    if weeks > 43 { yaml += "melding_42e_week: { datum: \(day(294)) }\n" }
    if weeks > 53 {
      yaml += """
        eerstejaarsevaluatie:
          datum: \(day(330))
          opgesteld_door: { naam: P. Bakker, functie: Casemanager }
          ondertekend: { werkgever: \(day(330)), werknemer: \(day(331)) }
          tweede_spoor_nodig: true
          toelichting: \(text(2))
          visie_werkgever: \(text(1))
          visie_werknemer: \(text(1))
        arbeidsdeskundige_onderzoeken:
          - { datum: \(day(320)), opgesteld_door: { naam: R. Visser, functie: Arbeidsdeskundige }, conclusie: \(text(2)), advies: spoor2 }
        tweede_spoor:
          gestart_op: \(day(350))
          uitvoerder: { naam: K. Mulder, functie: Jobcoach, organisatie: Werkpad }
          fasen: [ { fase: intake, van: \(day(350)), tot: \(day(360)) }, { fase: jobmarketing, van: \(day(361)) } ]
          activiteiten:

        """
      var activity = 350
      var count = 0
      while activity + 30 < 7 * weeks && count < 8 {
        count += 1
        activity += 20 + random.next(15)
        yaml +=
          "    - { datum: \(day(activity)), soort: sollicitatie, omschrijving: Sollicitatie als medewerker \(index % 7). }\n"
      }
      yaml +=
        "  rapportages: [ { datum: \(day(390)), opgesteld_door: { naam: K. Mulder, functie: Jobcoach }, samenvatting: \(text(2)) } ]\n"
    }
    return yaml
  }
}
