/// The substance of the tweede spoor as UWV's Werkwijzer describes it: a provider who guides the
/// employee, and at least the activity the provider's own werkplan promised. (The profiles are
/// checked by `wvp.tweede-spoor.orientatie-profiel`.)
enum TweedeSpoorPlanRules {
  static let base = TweedeSpoorRules.base
  static let bron =
    "UWV Werkwijzer Poortwachter: het tweede spoor is een samenhangende reeks activiteiten die de afstand "
    + "tussen persoonsprofiel en zoekprofiel verkleint (aangehaald op panthion.nl); het re-integratieplan "
    + "bevat persoons- en zoekprofiel en rapportagemomenten (rviregister.nl)"

  static let guidance = Rule(
    RuleDescription(
      id: "wvp.tweede-spoor.begeleiding", title: "Tweede spoor zonder begeleiding", severity: .waarschuwing,
      bron: bron,
      rationale: "Het tweede spoor is een begeleid traject: een uitvoerder (bureau of jobcoach) of een "
        + "vastgelegde begeleidingsfase. Zoekt de werknemer alleen, dan ziet UWV geen serieuze inspanning "
        + "van de werkgever.",
      triggering: [.init(base + "tweede_spoor: { gestart_op: ↓2025-01-10 }\n", peildatum: "2025-03-01")],
      nonTriggering: [
        .init(
          base + "tweede_spoor: { gestart_op: 2025-01-10, uitvoerder: { naam: K. Mulder } }\n",
          peildatum: "2025-03-01"),
        .init(
          base
            + "tweede_spoor: { gestart_op: 2025-01-10, fasen: [ { fase: begeleiding, van: 2025-01-10 } ] }\n",
          peildatum: "2025-03-01"),
      ])
  ) { context in
    guard let (spoor, start) = TweedeSpoorRules.active(context.caseFile),
      start.adding(days: Timeline.sixWeeks) < context.activeUntil, spoor.uitvoerder == nil,
      !spoor.fasen.contains(where: { $0.fase == .begeleiding })
    else { return [] }
    return [
      .init(
        "het tweede spoor loopt sinds \(DutchDate.long(start)) zonder uitvoerder of begeleidingsfase; "
          + "leg vast wie de werknemer begeleidt", at: "tweede_spoor.gestart_op")
    ]
  }

  static let belowPlan = Rule(
    RuleDescription(
      id: "wvp.tweede-spoor.onder-werkplan", title: "Minder activiteit dan het werkplan belooft",
      severity: .waarschuwing, bron: bron,
      rationale: "Het werkplan van de uitvoerder zegt hoeveel sollicitaties en vacatures per week te "
        + "verwachten zijn. Blijft de werkelijke activiteit daaronder, dan is het traject niet uitgevoerd "
        + "zoals afgesproken.",
      triggering: [
        .init(
          base + "tweede_spoor:\n  gestart_op: 2025-01-10\n"
            + "  werkplan: { datum: 2025-01-20, sollicitaties_per_week: 2 }\n"
            + "  voortgang: [ ↓{ van: 2025-02-01, tot: 2025-03-14, sollicitaties: 3 } ]\n",
          peildatum: "2025-04-01")
      ],
      nonTriggering: [
        .init(
          base + "tweede_spoor:\n  gestart_op: 2025-01-10\n"
            + "  werkplan: { datum: 2025-01-20, sollicitaties_per_week: 2 }\n"
            + "  voortgang: [ { van: 2025-02-01, tot: 2025-03-14, sollicitaties: 12 } ]\n",
          peildatum: "2025-04-01"),
        .init(
          base + "tweede_spoor:\n  gestart_op: 2025-01-10\n"
            + "  werkplan: { datum: 2025-03-20, sollicitaties_per_week: 2 }\n"
            + "  voortgang: [ { van: 2025-02-01, tot: 2025-03-14, sollicitaties: 3 } ]\n",
          peildatum: "2025-04-01"),
      ])
  ) { context in
    guard let spoor = context.caseFile.tweedeSpoor, let plan = spoor.werkplan else { return [] }
    return spoor.voortgang.enumerated().compactMap { index, period in
      // A period that ended before the werkplan was made is not measured against it.
      guard period.tot >= plan.datum else { return nil }
      let weeks = Double(period.van.days(until: period.tot) + 1) / 7
      var short: [String] = []
      let checks: [(String, Int?, Double?)] = [
        ("sollicitaties", period.sollicitaties, plan.sollicitatiesPerWeek),
        ("vacatures", period.vacatures, plan.vacaturesPerWeek),
      ]
      for (name, actual, perWeek) in checks {
        // The loader bounds a werkplan's promise; the guard keeps a hand-made model from trapping.
        let total = ((perWeek ?? 0) * weeks).rounded(.down)
        guard let actual, perWeek != nil, total.isFinite, total < 1e9 else { continue }
        let promised = Int(total)
        if actual < promised { short.append("\(actual) \(name) in plaats van \(promised)") }
      }
      guard !short.isEmpty else { return nil }
      return .init(
        "van \(DutchDate.long(period.van)) tot \(DutchDate.long(period.tot)): "
          + short.joined(separator: ", ") + " volgens het werkplan van \(DutchDate.long(plan.datum)); "
          + "leg uit waarom of stel het werkplan bij", at: "tweede_spoor.voortgang[\(index + 1)]")
    }
  }

  static let all: [Rule] = [guidance, belowPlan]
}
