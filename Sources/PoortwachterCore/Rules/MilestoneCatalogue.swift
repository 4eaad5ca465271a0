/// The late and missing rules of every milestone, with their examples.
extension MilestoneRules {
  static let rpe = "Regeling procesgang eerste en tweede ziektejaar (BWBR0013540)"
  /// The week-91 deadline follows from the WIA application 11 weeks before the end of the waiting
  /// period (art. 64 lid 3 WIA, which also moves it with a vrijwillige verlenging) and UWV's
  /// practice that the report is complete two weeks before that application; BWBR0015184 art. 2
  /// only names the parts.
  static let riv =
    "Wet WIA, art. 64 lid 3; UWV-praktijk: re-integratieverslag compleet in week 91 (twee weken voor de "
    + "WIA-aanvraag); onderdelen: Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen "
    + "(BWBR0015184), art. 2"
  static let pa = "probleemanalyse: { datum: 2024-02-12, \(author) }\n"
  static func eje(_ date: String) -> String { "eerstejaarsevaluatie: { datum: \(date), \(author) }\n" }

  static let all: [Rule] =
    [
      late(
        .probleemanalyse, severity: .fout, bron: "\(rpe), art. 2",
        rationale: "De bedrijfsarts moet uiterlijk aan het eind van week 6 een probleemanalyse maken; "
          + "een late analyse vertraagt het hele traject en telt mee in de poortwachterstoets.",
        triggering: [
          .init(f + "probleemanalyse: { datum: ↓2024-02-20, \(author) }\n", peildatum: "2024-03-01")
        ],
        nonTriggering: [.init(f + pa, peildatum: "2024-03-01")]),
      missing(
        .probleemanalyse, severity: .fout, bron: "\(rpe), art. 2",
        rationale: "Na zes weken ziekte hoort er een probleemanalyse in het dossier te zitten.",
        triggering: [.init(fMarked, peildatum: "2024-03-01")],
        nonTriggering: [.init(f, peildatum: "2024-02-18"), .init(f + pa, peildatum: "2024-03-01")]),
      late(
        .planVanAanpak, severity: .fout, bron: "\(rpe), art. 4",
        rationale: "Werkgever en werknemer stellen binnen twee weken na de probleemanalyse (zonder analyse: "
          + "uiterlijk in week 8) samen een plan van aanpak op.",
        triggering: [.init(f + pa + "plan_van_aanpak: { datum: ↓2024-03-01 }\n", peildatum: "2024-03-10")],
        nonTriggering: [.init(f + pa + "plan_van_aanpak: { datum: 2024-02-26 }\n", peildatum: "2024-03-10")]),
      missing(
        .planVanAanpak, severity: .fout, bron: "\(rpe), art. 4",
        rationale: "Zonder plan van aanpak ontbreekt de basis van de re-integratie; alleen als de "
          + "probleemanalyse geen benutbare mogelijkheden ziet, is het niet nodig.",
        triggering: [
          .init(fMarked + pa, peildatum: "2024-03-10"),
          // An analysis dated after the peildatum does not exist yet: the plan is due in week 8.
          .init(
            fMarked + "probleemanalyse: { datum: 2024-03-10, \(author), benutbare_mogelijkheden: false }\n",
            peildatum: "2024-03-05"),
        ],
        nonTriggering: [
          .init(
            f + "probleemanalyse: { datum: 2024-02-12, \(author), benutbare_mogelijkheden: false }\n",
            peildatum: "2024-03-10"),
          .init(f + pa, peildatum: "2024-02-26"),
        ]),
      late(
        .melding42eWeek, severity: .waarschuwing, bron: "Ziektewet, art. 38",
        rationale: "De werkgever meldt langdurige ziekte uiterlijk op de eerste werkdag na week 42 bij UWV; "
          + "te laat melden kost een boete (geen verlenging van de wachttijd).",
        triggering: [.init(f + "melding_42e_week: { datum: ↓2024-10-30 }\n", peildatum: "2024-11-10")],
        nonTriggering: [.init(f + "melding_42e_week: { datum: 2024-10-28 }\n", peildatum: "2024-11-10")]),
      missing(
        .melding42eWeek, severity: .waarschuwing, bron: "Ziektewet, art. 38",
        rationale: "Zonder 42e-weekmelding stuurt UWV geen herinneringen voor de eerstejaarsevaluatie en de "
          + "WIA-aanvraag, en riskeert de werkgever een boete.",
        triggering: [.init(fMarked, peildatum: "2024-10-29")],
        nonTriggering: [.init(f, peildatum: "2024-10-28")]),
      missing(
        .eerstejaarsevaluatie, severity: .fout, bron: "\(rpe), art. 4; UWV",
        rationale: "In week 46 tot en met 52 evalueren werkgever en werknemer het eerste ziektejaar; "
          + "het is een verplicht onderdeel van het re-integratieverslag.",
        triggering: [.init(fMarked, peildatum: "2025-01-06")],
        nonTriggering: [
          .init(f, peildatum: "2025-01-05"), .init(f + eje("2024-12-02"), peildatum: "2025-02-01"),
        ]),
      Rule(
        RuleDescription(
          id: "wvp.eerstejaarsevaluatie.buiten-venster", title: "Eerstejaarsevaluatie buiten week 46-52",
          severity: .waarschuwing, bron: "\(rpe), art. 4; UWV",
          rationale: "De eerstejaarsevaluatie hoort in week 46 tot en met 52; eerder mist ze het overzicht "
            + "van het hele jaar, later vertraagt ze de beslissing over het tweede spoor.",
          triggering: [
            .init(f + "eerstejaarsevaluatie: { datum: ↓2024-11-11, \(author) }\n", peildatum: "2025-02-01"),
            .init(f + "eerstejaarsevaluatie: { datum: ↓2025-01-10, \(author) }\n", peildatum: "2025-02-01"),
          ],
          nonTriggering: [.init(f + eje("2024-11-18"), peildatum: "2025-02-01")])
      ) { context in
        guard let row = context.timeline[.eerstejaarsevaluatie], let done = row.gedaan,
          row.status == .teLaat || row.status == .teVroeg, let vanaf = row.vanaf
        else { return [] }
        let relation = row.status == .teVroeg ? "vóór week 46" : "na week 52"
        return [
          .init(
            "eerstejaarsevaluatie op \(DutchDate.long(done)) valt \(relation): het venster loopt van "
              + "\(DutchDate.long(vanaf)) tot en met \(DutchDate.long(row.uiterlijk))",
            at: "eerstejaarsevaluatie.datum")
        ]
      },
      late(
        .tweedeSpoor, severity: .fout, bron: "UWV Werkwijzer Poortwachter",
        rationale:
          "Is terugkeer in de eigen organisatie niet reëel, dan start het tweede spoor binnen zes weken "
          + "na de eerstejaarsevaluatie (uiterlijk week 52 + 6 weken), tenzij er een vrijstelling is.",
        triggering: [
          .init(
            f + eje("2024-12-02") + "tweede_spoor: { gestart_op: ↓2025-01-20 }\n", peildatum: "2025-03-01")
        ],
        nonTriggering: [
          .init(f + eje("2024-12-02") + "tweede_spoor: { gestart_op: 2025-01-10 }\n", peildatum: "2025-03-01")
        ]),
      missing(
        .tweedeSpoor, severity: .fout, bron: "UWV Werkwijzer Poortwachter",
        rationale: "Een ontbrekend of te laat tweede spoor is een van de meest voorkomende redenen voor een "
          + "loonsanctie. Concludeert de eerstejaarsevaluatie met onderbouwing dat het niet nodig is "
          + "(tweede_spoor_nodig: false met onderbouwing), dan is dat geen fout.",
        triggering: [.init(fMarked + eje("2024-12-02"), peildatum: "2025-01-14")],
        nonTriggering: [
          .init(
            f + "eerstejaarsevaluatie: { datum: 2024-12-02, tweede_spoor_nodig: false, "
              + "onderbouwing: Structurele terugkeer in eigen werk per 1 februari verwacht. }\n",
            peildatum: "2025-03-01"),
          .init(
            f + eje("2024-12-02")
              + "tweede_spoor: { vrijstelling: { reden: terugkeer_binnen_drie_maanden, toelichting: Plaatsing per 1 februari. } }\n",
            peildatum: "2025-03-01"),
          .init(f + eje("2024-12-02"), peildatum: "2025-01-13"),
        ], excused: { $0.caseFile.eerstejaarsevaluatie?.concludesNoSecondTrack(on: $0.peildatum) == true }),
    ] + endOfSecondYear

  static let endOfSecondYear: [Rule] =
    endOfSecondYearDocuments(.actueelOordeel, "2025-09-01")
    + endOfSecondYearDocuments(.eindevaluatie, "2025-09-15") + copiesAndApplication

  static func endOfSecondYearDocuments(_ id: Milestone.ID, _ onTime: String) -> [Rule] {
    let name: String = id.title.lowercased()
    let lateExample: String = f + id.rawValue + ": { datum: ↓2025-10-10, " + author + " }\n"
    let onTimeExample: String = f + id.rawValue + ": { datum: " + onTime + ", " + author + " }\n"
    let missingRationale: String =
      "Zonder " + name
      + " is het re-integratieverslag onvolledig; UWV vraagt het op of legt een loonsanctie op."
    return [
      late(
        id, severity: .fout, bron: riv,
        rationale: "Het " + name
          + " is een verplicht onderdeel van het re-integratieverslag en moet klaar zijn "
          + "voor de WIA-aanvraag (uiterlijk week 91).",
        triggering: [.init(lateExample, peildatum: "2025-10-12")],
        nonTriggering: [.init(onTimeExample, peildatum: "2025-10-12")]),
      missing(
        id, severity: .fout, bron: riv, rationale: missingRationale,
        triggering: [.init(fMarked, peildatum: "2025-10-06")],
        nonTriggering: [.init(f, peildatum: "2025-10-05")]),
    ]
  }

  static let copiesAndApplication: [Rule] = [
    late(
      .rivAanWerknemer, severity: .fout,
      bron: "UWV, Aanvraag WIA door werknemer: kopie uiterlijk in week 91; \(riv)",
      rationale: "De werknemer heeft het re-integratieverslag nodig voor de WIA-aanvraag en krijgt het "
        + "uiterlijk in week 91 (met een vrijwillige verlenging zoveel weken later; bij ziek uit dienst "
        + "op de laatste dag van het dienstverband).",
      triggering: [.init(f + "riv_aan_werknemer: { datum: ↓2025-10-08 }\n", peildatum: "2025-10-12")],
      nonTriggering: [.init(f + "riv_aan_werknemer: { datum: 2025-10-01 }\n", peildatum: "2025-10-12")]),
    missing(
      .rivAanWerknemer, severity: .fout,
      bron: "UWV, Aanvraag WIA door werknemer: kopie uiterlijk in week 91; \(riv)",
      rationale:
        "Zonder kopie van het re-integratieverslag kan de werknemer de WIA-aanvraag niet volledig doen.",
      triggering: [.init(fMarked, peildatum: "2025-10-06")],
      nonTriggering: [.init(f, peildatum: "2025-10-05")]),
    late(
      .wiaAanvraag, severity: .waarschuwing, bron: "Wet WIA, art. 64 lid 3",
      rationale: "De werknemer vraagt de WIA-uitkering uiterlijk 11 weken voor het einde van de wachttijd "
        + "aan (week 93); later aanvragen verlengt de loondoorbetaling als de werkgever dat veroorzaakt.",
      triggering: [.init(f + "wia_aanvraag: { datum: ↓2025-10-25 }\n", peildatum: "2025-11-01")],
      nonTriggering: [.init(f + "wia_aanvraag: { datum: 2025-10-14 }\n", peildatum: "2025-11-01")]),
    missing(
      .wiaAanvraag, severity: .waarschuwing, bron: "Wet WIA, art. 64 lid 3",
      rationale:
        "Na week 93 had de WIA-aanvraag gedaan moeten zijn; controleer of de werknemer heeft aangevraagd.",
      triggering: [.init(fMarked, peildatum: "2025-10-20")],
      nonTriggering: [.init(f, peildatum: "2025-10-19")]),
  ]
}
