/// How UWV judges the tweede spoor (UWV Werkwijzer Poortwachter; see `docs/regels.md`): an early intake, search
/// activity in every six-week period, periodic reports and a result.
enum TweedeSpoorRules {
  static let bron = "UWV Werkwijzer Poortwachter (tweede spoor)"
  static let base = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"

  /// The active tweede spoor: started, not exempt.
  static func active(_ c: CaseFile) -> (TweedeSpoor, CivilDate)? {
    guard let spoor = c.tweedeSpoor, spoor.vrijstelling == nil, let start = spoor.gestartOp else {
      return nil
    }
    return (spoor, start)
  }

  /// Periods of the schedule longer than six weeks (``PeriodicSchedule``): from the start of the
  /// spoor or the previous moment, interruption days not counted, until a plaatsing, the
  /// eindevaluatie or the WIA application.
  static func longPeriods(_ schedule: PeriodicSchedule?) -> [PeriodicSchedule.Period] {
    schedule?.periods(over: PeriodicSchedule.maxSickDays) ?? []
  }

  /// "van 10 januari 2025 tot 4 april 2025 (77 ziektedagen)".
  static func span(_ period: PeriodicSchedule.Period) -> String {
    "van \(DutchDate.long(period.from.date)) tot \(DutchDate.long(period.to)) "
      + "(\(period.sickDays) ziektedagen, langer dan \(PeriodicSchedule.maxSickDays))"
  }

  static let intake = Rule(
    RuleDescription(
      id: "wvp.tweede-spoor.intake", title: "Tweede spoor zonder tijdige intake", severity: .waarschuwing,
      bron: bron,
      rationale:
        "Een tweede spoor begint met een intake en een persoons- en zoekprofiel; zonder die basis is "
        + "het zoeken voor UWV niet navolgbaar.",
      triggering: [.init(base + "tweede_spoor: { gestart_op: ↓2025-01-10 }\n", peildatum: "2025-03-01")],
      nonTriggering: [
        .init(
          base + "tweede_spoor: { gestart_op: 2025-01-10, fasen: [ { fase: intake, van: 2025-01-10 } ] }\n",
          peildatum: "2025-03-01"),
        .init(base + "tweede_spoor: { gestart_op: 2025-01-10 }\n", peildatum: "2025-02-01"),
      ])
  ) { context in
    guard let (spoor, start) = active(context.caseFile),
      start.adding(days: Timeline.sixWeeks) < context.peildatum
    else {
      return []
    }
    let early = spoor.fasen.contains { $0.fase == .intake && $0.van <= start.adding(days: Timeline.sixWeeks) }
    guard !early else { return [] }
    return [
      .init(
        "tweede spoor gestart op \(DutchDate.long(start)) zonder intake binnen 6 weken; leg de intake "
          + "met persoons- en zoekprofiel vast als fase 'intake'", at: "tweede_spoor.gestart_op")
    ]
  }

  static let searchActivity = Rule(
    RuleDescription(
      id: "wvp.tweede-spoor.zoekactiviteit", title: "Geen zoekactiviteit in een periode van 6 weken",
      severity: .waarschuwing, bron: bron,
      rationale: "UWV verwacht in elke periode van zes weken (42 ziektedagen) aantoonbare zoekactiviteit: "
        + "cv, netwerk, vacatures, sollicitaties of proefplaatsingen; tot een plaatsing, de eindevaluatie "
        + "of de WIA-aanvraag.",
      triggering: [
        .init(
          base
            + "tweede_spoor:\n  gestart_op: 2025-01-10\n  activiteiten: [ { datum: ↓2025-01-20, soort: cv } ]\n",
          peildatum: "2025-04-10")
      ],
      nonTriggering: [
        .init(
          base + "tweede_spoor:\n  gestart_op: 2025-01-10\n  activiteiten:\n"
            + "    - { datum: 2025-01-20, soort: cv }\n    - { datum: 2025-03-01, soort: sollicitatie }\n",
          peildatum: "2025-04-10"),
        .init(
          base + "tweede_spoor:\n  gestart_op: 2025-01-10\n"
            + "  fasen: [ { fase: plaatsing, van: 2025-02-20 } ]\n"
            + "  activiteiten: [ { datum: 2025-01-20, soort: cv } ]\n", peildatum: "2025-06-01"),
      ])
  ) { context in
    longPeriods(PeriodicSchedule.searchActivity(context.caseFile, timeline: context.timeline)).map { period in
      .init(
        "geen zoekactiviteit vastgelegd \(span(period)); leg sollicitaties, netwerkcontacten en andere "
          + "activiteiten vast", at: (period.closedBy ?? period.from).path)
    }
  }

  static let reports = Rule(
    RuleDescription(
      id: "wvp.tweede-spoor.rapportage", title: "Geen voortgangsrapportage in een periode van 6 weken",
      severity: .info, bron: bron,
      rationale: "De uitvoerder van het tweede spoor rapporteert in elke periode van hooguit 42 ziektedagen, "
        + "zodat de zesweekse evaluatie de voortgang kan beoordelen; tot een plaatsing, de eindevaluatie of "
        + "de WIA-aanvraag (afgesloten fasen beëindigen het spoor niet).",
      triggering: [
        .init(base + "tweede_spoor: { gestart_op: ↓2025-01-10 }\n", peildatum: "2025-03-01"),
        // Closed phases do not end the spoor; the eindevaluatie does, after 98 days without a report.
        .init(
          base + "tweede_spoor:\n  gestart_op: 2025-01-10\n"
            + "  fasen: [ { fase: intake, van: 2025-01-10, tot: 2025-02-01 } ]\n"
            + "  rapportages: [ { datum: ↓2025-02-15 } ]\neindevaluatie: { datum: 2025-05-24 }\n",
          peildatum: "2025-10-01"),
      ],
      nonTriggering: [
        .init(
          base + "tweede_spoor:\n  gestart_op: 2025-01-10\n  rapportages: [ { datum: 2025-02-15 } ]\n",
          peildatum: "2025-03-01"),
        .init(
          base + "tweede_spoor:\n  gestart_op: 2025-01-10\n  rapportages: [ { datum: 2025-02-15 } ]\n"
            + "wia_aanvraag: { datum: 2025-03-10 }\n", peildatum: "2025-10-01"),
      ])
  ) { context in
    longPeriods(PeriodicSchedule.reports(context.caseFile, timeline: context.timeline)).map { period in
      .init(
        "geen rapportage van de uitvoerder \(span(period)); vraag de uitvoerder minstens elke "
          + "\(PeriodicSchedule.maxSickDays) ziektedagen om een voortgangsrapportage",
        at: (period.closedBy ?? period.from).path)
    }
  }

  static let result = Rule(
    RuleDescription(
      id: "wvp.tweede-spoor.resultaat", title: "Tweede spoor zonder resultaat of verklaring",
      severity: .waarschuwing,
      bron: bron,
      rationale: "Voor de eindevaluatie hoort het tweede spoor een resultaat te hebben, of een verklaring "
        + "waarom er geen plaatsing is.",
      triggering: [.init(base + "tweede_spoor: { gestart_op: ↓2025-01-10 }\n", peildatum: "2025-10-06")],
      nonTriggering: [
        .init(
          base + "tweede_spoor: { gestart_op: 2025-01-10, resultaat: Geplaatst als receptionist. }\n",
          peildatum: "2025-10-06"),
        .init(base + "tweede_spoor: { gestart_op: 2025-01-10 }\n", peildatum: "2025-10-05"),
      ])
  ) { context in
    guard let (spoor, _) = active(context.caseFile), spoor.resultaat == nil,
      let due = context.timeline[.eindevaluatie]?.uiterlijk, context.peildatum > due
    else { return [] }
    return [
      .init(
        "het tweede spoor heeft geen resultaat of verklaring (resultaat) terwijl de eindevaluatie "
          + "uiterlijk \(DutchDate.long(due)) was", at: "tweede_spoor.gestart_op")
    ]
  }

  static let exemption = Rule(
    RuleDescription(
      id: "wvp.tweede-spoor.vrijstelling-onderbouwing", title: "Vrijstelling tweede spoor zonder toelichting",
      severity: .waarschuwing, bron: bron,
      rationale: "UWV accepteert het ontbreken van een tweede spoor alleen met een onderbouwde reden.",
      triggering: [
        .init(
          base + "tweede_spoor: { vrijstelling: ↓{ reden: aow_binnen_een_jaar } }\n",
          peildatum: "2025-03-01")
      ],
      nonTriggering: [
        .init(
          base + "tweede_spoor: { vrijstelling: { reden: aow_binnen_een_jaar, "
            + "toelichting: AOW-leeftijd op 1 juni 2025. } }\n", peildatum: "2025-03-01")
      ])
  ) { context in
    guard let vrijstelling = context.caseFile.tweedeSpoor?.vrijstelling, vrijstelling.toelichting == nil
    else {
      return []
    }
    return [
      .init(
        "vrijstelling '\(vrijstelling.reden.rawValue)' heeft geen toelichting; onderbouw de reden",
        at: "tweede_spoor.vrijstelling")
    ]
  }

  static let all: [Rule] =
    [intake, searchActivity, reports, result, exemption] + TweedeSpoorConclusionRules.all
    + TweedeSpoorPlanRules.all
}
