/// Administrative data of the re-integratieverslag and the employee's own view.
enum AdministrationRules {
  static let f = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
  static let fullAdministration = """
    werkgever:
      naam: Logistiek Zuid B.V.
      loonheffingennummer: 123456782L01
      aard_bedrijf: Groothandel
      adres: { straat: Havenweg 12, postcode: 5061 AB, plaats: Oisterwijk }
    werknemer:
      naam: J. Jansen
      bsn: "123456782"
      functie: Orderpicker
      adres: { straat: Dorpsstraat 3, postcode: 5062 CD, plaats: Moergestel }
    betrokkenen: { bedrijfsarts: { naam: A. Smit, functie: Bedrijfsarts, organisatie: ArboPunt } }

    """

  /// Werkgever, werknemer and betrokkenen present but incomplete, each marked where its finding points.
  static let partialAdministration =
    "werkgever: ↓{ naam: Logistiek Zuid B.V. }\nwerknemer: ↓{ naam: J. Jansen }\n"
    + "betrokkenen: ↓{ casemanager: { naam: P. de Wit } }\n"

  static func missingData(_ c: CaseFile) -> [(path: String, what: [String])] {
    let employer = c.werkgever
    var employerMissing: [String] = []
    if employer?.naam == nil { employerMissing.append("naam") }
    if !(employer?.adres?.isComplete ?? false) { employerMissing.append("adres") }
    if employer?.aardBedrijf == nil { employerMissing.append("aard_bedrijf") }
    if employer?.loonheffingennummer == nil { employerMissing.append("loonheffingennummer") }
    var employeeMissing: [String] = []
    if !(c.werknemer.adres?.isComplete ?? false) { employeeMissing.append("adres") }
    if c.werknemer.bsn == nil { employeeMissing.append("bsn") }
    if c.werknemer.functie == nil { employeeMissing.append("functie") }
    var result: [(String, [String])] = []
    if !employerMissing.isEmpty { result.append(("werkgever", employerMissing)) }
    if !employeeMissing.isEmpty { result.append(("werknemer", employeeMissing)) }
    if c.betrokkenen?.bedrijfsarts?.naam == nil { result.append(("betrokkenen", ["bedrijfsarts"])) }
    return result
  }

  /// Whether the re-integratieverslag is due on the peildatum: its copy for the employee is due
  /// (week 91 + verlenging, or the last day of employment) or already handed over, or the WIA
  /// application is made. Before that, missing data is not yet a shortcoming of the RIV.
  static func rivDue(_ context: RuleContext) -> Bool {
    guard let copy = context.timeline[.rivAanWerknemer], copy.status != .nietVanToepassing else {
      return false
    }
    return copy.gedaan != nil || context.peildatum >= copy.uiterlijk
      || context.timeline[.wiaAanvraag]?.gedaan != nil
  }

  static let administration = Rule(
    RuleDescription(
      id: "wvp.riv.administratie", title: "Administratieve gegevens onvolledig", severity: .fout,
      bron: "\(CompletenessRules.bron) lid 4; UWV",
      rationale: "Het re-integratieverslag vermeldt werkgever (naam, adres, aard van het bedrijf, "
        + "loonheffingennummer), werknemer (adres, BSN, functie) en de bedrijfsarts of arbodienst. Dat wordt "
        + "beoordeeld vanaf het moment dat het verslag klaar moet zijn (kopie voor de werknemer, week 91 "
        + "plus verlenging, of de laatste dag van het dienstverband).",
      triggering: [
        .init(f + partialAdministration, peildatum: "2025-10-05"),
        .init(
          f + "riv_aan_werknemer: { datum: 2025-09-01 }\n" + partialAdministration, peildatum: "2025-09-02"),
      ],
      nonTriggering: [
        .init(f + fullAdministration, peildatum: "2025-10-20"),
        .init(f, peildatum: "2024-03-01"),
        .init(
          "verzuim: { eerste_ziektedag: 2024-01-08, volledig_hersteld_op: 2024-02-15 }\n",
          peildatum: "2026-01-01"),
      ])
  ) { context in
    guard rivDue(context) else { return [] }
    return missingData(context.caseFile).map { path, what in
      .init(
        "\(path): ontbreekt \(what.joined(separator: ", ")); vul dit aan voor het re-integratieverslag",
        at: path)
    }
  }

  static let employeeView = Rule(
    RuleDescription(
      id: "wvp.riv.oordeel-werknemer", title: "Oordeel van de werknemer ontbreekt", severity: .fout,
      bron: "\(CompletenessRules.bron), onderdeel f",
      rationale: "Het re-integratieverslag bevat het oordeel van de werknemer over de re-integratie; zonder "
        + "dat onderdeel is het verslag bij de WIA-aanvraag onvolledig.",
      triggering: [.init(MilestoneRules.fMarked, peildatum: "2025-10-20")],
      nonTriggering: [
        .init(
          f + "oordeel_werknemer: { datum: 2025-10-01, tekst: Ik ben het eens met het verslag. }\n",
          peildatum: "2025-10-20"),
        .init(f, peildatum: "2025-10-19"),
      ])
  ) { context in
    guard context.caseFile.oordeelWerknemer == nil, let wia = context.timeline[.wiaAanvraag],
      wia.status != .nietVanToepassing, wia.gedaan != nil || wia.uiterlijk < context.peildatum
    else { return [] }
    return [
      .init(
        "het oordeel van de werknemer (oordeel_werknemer) ontbreekt in het re-integratieverslag",
        at: "verzuim.eerste_ziektedag")
    ]
  }

  static let all: [Rule] = [administration, employeeView]
}
