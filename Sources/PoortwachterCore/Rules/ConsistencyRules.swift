/// What a UWV assessor notices when the parts of the dossier contradict each other: a
/// professional called "niet ingeschakeld" who wrote a report, an oordeel of the employee from
/// before the employee had the verslag, an actueel oordeel that sees no suitable work while the
/// employee does adjusted work, and hours that stay the same for months while the advice is to
/// build up. Each is a waarschuwing: UWV asks about it and it weakens the verslag.
enum ConsistencyRules {
  static let base = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
  static let vorm =
    "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184), art. 2 "
    + "(een samenhangend, controleerbaar verslag); UWV Werkwijzer Poortwachter"

  /// Whether a person entry says the professional was not engaged (`niet ingeschakeld`, `geen`, `n.v.t.`).
  static func saysNotEngaged(_ person: Person?) -> Bool {
    guard let person else { return false }
    return [person.naam, person.organisatie, person.functie].compactMap { $0 }.contains { text in
      let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
      return lower.contains("niet ingeschakeld") || lower.contains("niet van toepassing")
        || lower.hasPrefix("n.v.t") || lower == "nvt" || lower == "geen" || lower.hasPrefix("geen ")
    }
  }

  static let stakeholders = Rule(
    RuleDescription(
      id: "wvp.riv.betrokkenen-tegenstrijdig", title: "Betrokkene 'niet ingeschakeld' met een eigen rapport",
      severity: .waarschuwing, bron: vorm,
      rationale: "Staat bij de betrokkenen dat de arbeidsdeskundige of het re-integratiebureau niet is "
        + "ingeschakeld terwijl er een rapport van hen in het dossier zit, dan klopt het verslag niet met "
        + "zichzelf; UWV vraagt dan welk deel waar is.",
      triggering: [
        .init(
          base + "betrokkenen: { arbeidsdeskundige: ↓{ naam: niet ingeschakeld } }\n"
            + "arbeidsdeskundige_onderzoeken: [ { datum: 2024-11-20 } ]\n", peildatum: "2025-01-10"),
        .init(
          base + "betrokkenen: { reintegratiebureau: ↓{ naam: Geen } }\n"
            + "tweede_spoor: { gestart_op: 2025-01-10, rapportages: [ { datum: 2025-02-15 } ] }\n",
          peildatum: "2025-03-01"),
      ],
      nonTriggering: [
        .init(
          base + "betrokkenen: { arbeidsdeskundige: { naam: niet ingeschakeld } }\n", peildatum: "2025-01-10"),
        .init(
          base + "betrokkenen: { arbeidsdeskundige: { naam: R. Visser, functie: Arbeidsdeskundige } }\n"
            + "arbeidsdeskundige_onderzoeken: [ { datum: 2024-11-20 } ]\n", peildatum: "2025-01-10"),
      ])
  ) { context in
    let c = context.caseFile
    var result: [Rule.Violation] = []
    if saysNotEngaged(c.betrokkenen?.arbeidsdeskundige),
      let report = c.arbeidsdeskundigeOnderzoeken.map(\.datum).filter({ $0 <= context.peildatum }).min()
    {
      result.append(
        .init(
          "bij de betrokkenen staat dat de arbeidsdeskundige niet is ingeschakeld, maar er is een "
            + "arbeidsdeskundig rapport van \(DutchDate.long(report)); vul de arbeidsdeskundige in",
          at: "betrokkenen.arbeidsdeskundige"))
    }
    if saysNotEngaged(c.betrokkenen?.reintegratiebureau), let spoor = c.tweedeSpoor {
      let reports = spoor.rapportages.map(\.datum).filter { $0 <= context.peildatum }
      if let first = reports.min() {
        result.append(
          .init(
            "bij de betrokkenen staat dat er geen re-integratiebureau is ingeschakeld, maar het tweede "
              + "spoor heeft rapportages vanaf \(DutchDate.long(first)); vul het bureau in",
            at: "betrokkenen.reintegratiebureau"))
      }
    }
    return result
  }

  static let employeeView = Rule(
    RuleDescription(
      id: "wvp.riv.oordeel-werknemer-voor-riv", title: "Oordeel van de werknemer vóór het verslag",
      severity: .waarschuwing, bron: vorm,
      rationale: "De werknemer geeft zijn oordeel over het re-integratieverslag nadat hij het heeft "
        + "gekregen; een oordeel dat eerder gedateerd is, kan niet over dit verslag gaan.",
      triggering: [
        .init(
          base + "oordeel_werknemer: { datum: ↓2025-09-20 }\nriv_aan_werknemer: { datum: 2025-09-25 }\n",
          peildatum: "2025-10-01")
      ],
      nonTriggering: [
        .init(
          base + "oordeel_werknemer: { datum: 2025-09-28 }\nriv_aan_werknemer: { datum: 2025-09-25 }\n",
          peildatum: "2025-10-01")
      ])
  ) { context in
    let c = context.caseFile
    guard let view = c.oordeelWerknemer, let handedOver = c.rivAanWerknemer?.datum, view.datum < handedOver,
      handedOver <= context.peildatum
    else { return [] }
    return [
      .init(
        "het oordeel van de werknemer (\(DutchDate.long(view.datum))) is gedateerd vóór de werknemer het "
          + "re-integratieverslag kreeg (\(DutchDate.long(handedOver))); laat de werknemer het verslag "
          + "beoordelen nadat hij het heeft", at: "oordeel_werknemer.datum")
    ]
  }

  /// Whether the actueel oordeel says there is no suitable work.
  static func saysNoSuitableWork(_ text: String?) -> Bool {
    guard let lower = text?.lowercased() else { return false }
    return lower.contains("geen passend") || lower.hasPrefix("nee") || lower.contains("niet aanwezig")
      || lower.contains("geen mogelijkheden")
  }

  static let suitableWork = Rule(
    RuleDescription(
      id: "wvp.actueel-oordeel.passend-werk-tegenstrijdig",
      title: "Actueel oordeel: geen passend werk, terwijl de werknemer passend werk doet",
      severity: .waarschuwing, bron: vorm,
      rationale: "Zegt het actueel oordeel dat er geen passend werk is terwijl de werknemer volgens de "
        + "werkhervattingen aangepast of ander werk doet, dan spreken de onderdelen elkaar tegen; UWV kan "
        + "dan het oordeel of de inspanningen in twijfel trekken.",
      triggering: [
        .init(
          "verzuim:\n  eerste_ziektedag: 2024-01-08\n"
            + "  werkhervattingen: [ { vanaf: 2025-03-01, uren_per_week: 16, soort: aangepast_werk } ]\n"
            + "actueel_oordeel: { datum: 2025-09-01, passend_werk_bij_werkgever: ↓Geen passend werk. }\n",
          peildatum: "2025-10-01")
      ],
      nonTriggering: [
        .init(
          "verzuim:\n  eerste_ziektedag: 2024-01-08\n"
            + "  werkhervattingen: [ { vanaf: 2025-03-01, uren_per_week: 16, soort: arbeidstherapeutisch } ]\n"
            + "actueel_oordeel: { datum: 2025-09-01, passend_werk_bij_werkgever: Geen passend werk. }\n",
          peildatum: "2025-10-01")
      ])
  ) { context in
    let c = context.caseFile
    guard let oordeel = c.actueelOordeel, oordeel.datum <= context.peildatum,
      saysNoSuitableWork(oordeel.passendWerkBijWerkgever),
      let work = c.verzuim.werkhervattingen.filter({ $0.vanaf <= oordeel.datum }).max(by: {
        $0.vanaf < $1.vanaf
      }),
      let kind = work.soort, kind != .arbeidstherapeutisch, (work.urenPerWeek ?? 1) > 0
    else { return [] }
    return [
      .init(
        "het actueel oordeel (\(DutchDate.long(oordeel.datum))) zegt dat er geen passend werk is, maar de "
          + "werknemer doet sinds \(DutchDate.long(work.vanaf)) \(kind.tekst); laat het oordeel of de "
          + "werkhervattingen rechtzetten", at: "actueel_oordeel.passend_werk_bij_werkgever")
    ]
  }

  /// How long hours may stay the same after an advice to build up before UWV asks why (12 weeks).
  static let stuckDays = 84

  /// Every dated advice about work (probleemanalyse, actueel oordeel, arbeidsdeskundig onderzoek)
  /// and whether it says to build up hours.
  static func advice(_ c: CaseFile) -> [(date: CivilDate, buildsUp: Bool)] {
    func buildsUp(_ texts: [String?]) -> Bool {
      texts.compactMap { $0?.lowercased() }.contains {
        $0.contains("opbouw") || $0.contains("opbouwen") || $0.contains("uitbreiden")
      }
    }
    var result: [(CivilDate, Bool)] = []
    if let pa = c.probleemanalyse, pa.advies != nil { result.append((pa.datum, buildsUp([pa.advies]))) }
    if let ao = c.actueelOordeel, ao.advies != nil { result.append((ao.datum, buildsUp([ao.advies]))) }
    for onderzoek in c.arbeidsdeskundigeOnderzoeken
    where !onderzoek.adviezen.isEmpty || onderzoek.conclusie != nil {
      result.append((onderzoek.datum, buildsUp(onderzoek.adviezen.map(\.advies) + [onderzoek.conclusie])))
    }
    return result
  }

  static let stuckHours = Rule(
    RuleDescription(
      id: "wvp.arbeidsdeskundig-advies.opbouw-stil",
      title: "Uren staan maanden stil terwijl het advies opbouw is",
      severity: .waarschuwing,
      bron: "UWV Werkwijzer Poortwachter; Beleidsregels beoordelingskader poortwachter (BWBR0014375): "
        + "de adviezen van deskundigen worden opgevolgd, of er wordt gemotiveerd van afgeweken",
      rationale: "Adviseert de bedrijfsarts of arbeidsdeskundige de uren op te bouwen en blijven de uren "
        + "daarna 12 weken of langer gelijk, dan vraagt UWV waarom het advies niet is gevolgd.",
      triggering: [
        .init(
          "werknemer: { naam: J. Jansen, uren_per_week: 32 }\nverzuim:\n  eerste_ziektedag: 2024-01-08\n"
            + "  werkhervattingen: [ { vanaf: 2024-03-01, uren_per_week: ↓8, soort: eigen_werk } ]\n"
            + "probleemanalyse: { datum: 2024-02-12, advies: Uren geleidelijk opbouwen in eigen werk. }\n",
          peildatum: "2024-07-01")
      ],
      nonTriggering: [
        .init(
          "werknemer: { naam: J. Jansen, uren_per_week: 32 }\nverzuim:\n  eerste_ziektedag: 2024-01-08\n"
            + "  werkhervattingen:\n    - { vanaf: 2024-03-01, uren_per_week: 8, soort: eigen_werk }\n"
            + "    - { vanaf: 2024-04-15, uren_per_week: 16, soort: eigen_werk }\n"
            + "probleemanalyse: { datum: 2024-02-12, advies: Uren geleidelijk opbouwen in eigen werk. }\n",
          peildatum: "2024-07-01"),
        .init(
          "werknemer: { naam: J. Jansen, uren_per_week: 32 }\nverzuim:\n  eerste_ziektedag: 2024-01-08\n"
            + "  werkhervattingen: [ { vanaf: 2024-03-01, uren_per_week: 8, soort: eigen_werk } ]\n"
            + "probleemanalyse: { datum: 2024-02-12, advies: Uren opbouwen. }\n"
            + "actueel_oordeel: { datum: 2024-05-01, advies: 8 uur per week voortzetten. }\n",
          peildatum: "2024-07-01"),
      ])
  ) { context in
    let c = context.caseFile
    let end = context.activeUntil
    // The latest advice counts: a later one may say to keep the hours as they are.
    guard let latest = advice(c).filter({ $0.date <= end }).max(by: { $0.date < $1.date }), latest.buildsUp,
      let (index, work) = c.verzuim.werkhervattingen.enumerated().filter({ $0.element.vanaf <= end })
        .max(by: { $0.element.vanaf < $1.element.vanaf }),
      let hours = work.urenPerWeek, c.werknemer.urenPerWeek.map({ hours < $0 }) ?? true
    else { return [] }
    let since = max(work.vanaf, latest.date)
    guard since.days(until: end) >= stuckDays else { return [] }
    return [
      .init(
        "de uren staan sinds \(DutchDate.long(work.vanaf)) op \(SatisfactoryResultRule.hoursText(hours)) per week "
          + "(\(since.days(until: end) / 7) weken tot \(DutchDate.long(end))), terwijl het advies van "
          + "\(DutchDate.long(latest.date)) is op te bouwen; leg de opbouw vast of waarom die niet kan",
        at: "verzuim.werkhervattingen[\(index + 1)].uren_per_week")
    ]
  }

  static let all: [Rule] = [stakeholders, employeeView, suitableWork, stuckHours]
}
