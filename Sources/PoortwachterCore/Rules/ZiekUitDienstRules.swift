/// Leaving employment while sick: which re-integratieverslag applies, and the sick report to UWV
/// on the last working day (UWV, "Mijn werknemer gaat ziek uit dienst" and "Ziek melden bij UWV").
enum ZiekUitDienstRules {
  static let base = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
  static let reported = "verzuim: { eerste_ziektedag: 2024-01-08, melding_ziek_uit_dienst: 2024-04-30 }\n"

  static let variant = Rule(
    RuleDescription(
      id: "wvp.ziek-uit-dienst.variant", title: "Ziek uit dienst: welk re-integratieverslag", severity: .info,
      bron: "UWV, Mijn werknemer gaat ziek uit dienst",
      rationale:
        "Gaat de werknemer ziek uit dienst, dan hangt het verslag af van hoe lang het dienstverband na de "
        + "eerste ziektedag nog liep: korter dan 6 weken geen, 6 tot 10 weken een verkort en vanaf 10 weken "
        + "een volledig verslag met eindevaluatie op de laatste werkdag.",
      triggering: [
        .init("werknemer: { naam: J. Jansen, uit_dienst: ↓2024-04-30 }\n" + reported, peildatum: "2024-05-10")
      ],
      nonTriggering: [.init(base, peildatum: "2024-05-10")])
  ) { context in
    let exit = context.timeline.ziekUitDienst
    guard let variant = exit.variant, let last = exit.lastDayOfEmployment else { return [] }
    let days = exit.daysAfterFirstSickDay
    let span = days % 7 == 0 ? "\(days / 7) weken" : "\(days / 7) weken en \(DutchDate.days(days % 7))"
    var message =
      "uit dienst op \(DutchDate.long(last)): de laatste dag van het dienstverband is kalenderdag \(days) "
      + "vanaf de eerste ziektedag (\(span)), dus \(variant.title)"
    if variant == .volledig {
      message +=
        "; het actueel oordeel, de eindevaluatie en de kopie voor de werknemer zijn uiterlijk die dag nodig"
    }
    if variant == .verkort { message += "; geef de werknemer uiterlijk die dag een kopie" }
    return [.init(message, at: "werknemer.uit_dienst")]
  }

  static let report = Rule(
    RuleDescription(
      id: "wvp.ziek-uit-dienst.melding", title: "Ziek uit dienst niet (op tijd) gemeld bij UWV",
      severity: .waarschuwing,
      bron: "UWV, Ziek melden bij UWV: ziek uit dienst melden op de laatste werkdag",
      rationale:
        "Gaat een zieke werknemer uit dienst, dan meldt de werkgever hem op de laatste werkdag ziek bij UWV, "
        + "ook als de 42e-weekmelding al gedaan is; UWV neemt dan de Ziektewet-uitkering over. Leg de datum "
        + "vast in verzuim.melding_ziek_uit_dienst.",
      triggering: [
        .init("werknemer: { naam: J. Jansen, uit_dienst: ↓2024-04-30 }\n" + base, peildatum: "2024-05-10"),
        .init(
          "werknemer: { naam: J. Jansen, uit_dienst: 2024-04-30 }\n"
            + "verzuim: { eerste_ziektedag: 2024-01-08, melding_ziek_uit_dienst: ↓2024-05-06 }\n",
          peildatum: "2024-05-10"),
      ],
      nonTriggering: [
        .init("werknemer: { naam: J. Jansen, uit_dienst: 2024-04-30 }\n" + reported, peildatum: "2024-05-10"),
        .init("werknemer: { naam: J. Jansen, uit_dienst: 2024-04-30 }\n" + base, peildatum: "2024-04-30"),
        // Leaving after the end of the waiting period (4 januari 2026) is not ziek uit dienst.
        .init("werknemer: { naam: J. Jansen, uit_dienst: 2026-03-31 }\n" + base, peildatum: "2026-05-01"),
      ])
  ) { context in
    let exit = context.timeline.ziekUitDienst
    guard exit.variant != nil, let last = exit.lastDayOfEmployment else { return [] }
    guard let reported = context.caseFile.verzuim.meldingZiekUitDienst else {
      guard context.peildatum > last else { return [] }
      return [
        .init(
          "uit dienst op \(DutchDate.long(last)) terwijl ziek, maar er is geen ziekmelding bij UWV vastgelegd; "
            + "meld de werknemer ziek bij UWV en leg de datum vast in verzuim.melding_ziek_uit_dienst",
          at: "werknemer.uit_dienst")
      ]
    }
    guard reported > last else { return [] }
    return [
      .init(
        "ziekmelding bij UWV op \(DutchDate.long(reported)) is \(DutchDate.days(last.days(until: reported))) "
          + "na de laatste werkdag (\(DutchDate.long(last))); UWV verwacht de melding uiterlijk op die dag",
        at: "verzuim.melding_ziek_uit_dienst")
    ]
  }

  static let all: [Rule] = [variant, report]
}
