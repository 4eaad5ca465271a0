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

  /// Consecutive full six-week windows after the start without any of `dates`, merged into runs.
  static func emptyWindows(start: CivilDate, until end: CivilDate, dates: [CivilDate]) -> [(
    CivilDate, CivilDate
  )] {
    var runs: [(CivilDate, CivilDate)] = []
    var windowStart = start
    while windowStart.adding(days: Timeline.sixWeeks) <= end {
      let windowEnd = windowStart.adding(days: Timeline.sixWeeks)
      if !dates.contains(where: { $0 >= windowStart && $0 < windowEnd }) {
        if let last = runs.last, last.1 == windowStart {
          runs[runs.count - 1].1 = windowEnd
        } else {
          runs.append((windowStart, windowEnd))
        }
      }
      windowStart = windowEnd
    }
    return runs
  }

  /// The end of the search: the peildatum or earlier end of the case, the start of a placement,
  /// or the end of the traject (every phase closed with a `tot`).
  static func searchEnd(_ context: RuleContext, _ spoor: TweedeSpoor) -> CivilDate {
    var end = context.activeUntil
    if let placement = spoor.fasen.filter({ $0.fase == .plaatsing || $0.fase == .nazorg }).map(\.van).min() {
      end = min(end, placement)
    }
    let closings = spoor.fasen.compactMap(\.tot)
    if !spoor.fasen.isEmpty, closings.count == spoor.fasen.count, let closed = closings.max() {
      end = min(end, closed)
    }
    return end
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
      rationale: "UWV verwacht in elke periode van zes weken aantoonbare zoekactiviteit: cv, netwerk, "
        + "vacatures, sollicitaties of proefplaatsingen.",
      triggering: [
        .init(
          base
            + "tweede_spoor:\n  gestart_op: ↓2025-01-10\n  activiteiten: [ { datum: 2025-01-20, soort: cv } ]\n",
          peildatum: "2025-04-10")
      ],
      nonTriggering: [
        .init(
          base + "tweede_spoor:\n  gestart_op: 2025-01-10\n  activiteiten:\n"
            + "    - { datum: 2025-01-20, soort: cv }\n    - { datum: 2025-03-01, soort: sollicitatie }\n",
          peildatum: "2025-04-10"),
        .init(
          base + "tweede_spoor:\n  gestart_op: 2025-01-10\n"
            + "  fasen: [ { fase: intake, van: 2025-01-10, tot: 2025-02-01 } ]\n"
            + "  activiteiten: [ { datum: 2025-01-20, soort: cv } ]\n", peildatum: "2025-06-01"),
      ])
  ) { context in
    guard let (spoor, start) = active(context.caseFile) else { return [] }
    // A profile is preparation, not search.
    let search = spoor.activiteiten.filter { $0.soort != .profiel }.map(\.datum)
    return emptyWindows(start: start, until: searchEnd(context, spoor), dates: search).map {
      from, to in
      .init(
        "geen zoekactiviteit vastgelegd van \(DutchDate.long(from)) tot \(DutchDate.long(to)) "
          + "(\(from.days(until: to) / 7) weken); leg sollicitaties, netwerkcontacten en andere activiteiten vast",
        at: "tweede_spoor.gestart_op")
    }
  }

  static let reports = Rule(
    RuleDescription(
      id: "wvp.tweede-spoor.rapportage", title: "Geen voortgangsrapportage in een periode van 6 weken",
      severity: .info, bron: bron,
      rationale: "De uitvoerder van het tweede spoor rapporteert periodiek, zodat de zesweekse evaluatie de "
        + "voortgang kan beoordelen.",
      triggering: [.init(base + "tweede_spoor: { gestart_op: ↓2025-01-10 }\n", peildatum: "2025-03-01")],
      nonTriggering: [
        .init(
          base + "tweede_spoor:\n  gestart_op: 2025-01-10\n  rapportages: [ { datum: 2025-02-15 } ]\n",
          peildatum: "2025-03-01")
      ])
  ) { context in
    guard let (spoor, start) = active(context.caseFile) else { return [] }
    return emptyWindows(start: start, until: searchEnd(context, spoor), dates: spoor.rapportages.map(\.datum))
      .map {
        from, to in
        .init(
          "geen rapportage van de uitvoerder van \(DutchDate.long(from)) tot \(DutchDate.long(to))",
          at: "tweede_spoor.gestart_op")
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
