/// Rules about the course of the case: assessments, expert opinions, waiting-period changes and
/// leaving employment while sick.
enum CaseRules {
  static let base = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"

  static let labourExpert = Rule(
    RuleDescription(
      id: "wvp.arbeidsdeskundig-onderzoek.ontbreekt",
      title: "Geen arbeidsdeskundig onderzoek bij twijfel over spoor 1",
      severity: .waarschuwing,
      bron: "UWV Werkwijzer Poortwachter (arbeidsdeskundig onderzoek bij twijfel over spoor 1)",
      rationale:
        "Als de eerstejaarsevaluatie twijfelt aan terugkeer in eigen werk, verwacht UWV uiterlijk aan "
        + "het eind van week 52 een arbeidsdeskundig onderzoek.",
      triggering: [
        .init(
          base + "eerstejaarsevaluatie: ↓{ datum: 2024-12-02, tweede_spoor_nodig: true }\n",
          peildatum: "2025-01-10")
      ],
      nonTriggering: [
        .init(
          base + "eerstejaarsevaluatie: { datum: 2024-12-02, tweede_spoor_nodig: true }\n"
            + "arbeidsdeskundige_onderzoeken: [ { datum: 2024-11-20, advies: spoor2 } ]\n",
          peildatum: "2025-01-10"),
        .init(
          base + "eerstejaarsevaluatie: { datum: 2024-12-02, tweede_spoor_nodig: false }\n",
          peildatum: "2025-01-10"),
      ])
  ) { context in
    let c = context.caseFile
    let week52 = context.calendar.lastDay(ofWeek: 52)
    guard c.eerstejaarsevaluatie?.tweedeSpoorNodig == true, context.activeUntil > week52,
      !c.arbeidsdeskundigeOnderzoeken.contains(where: { $0.datum <= week52 })
    else { return [] }
    return [
      .init(
        "de eerstejaarsevaluatie twijfelt aan terugkeer in eigen werk, maar er is geen arbeidsdeskundig "
          + "onderzoek uiterlijk \(DutchDate.long(week52)) (einde week 52)", at: "eerstejaarsevaluatie")
    ]
  }

  static let expertOpinion = Rule(
    RuleDescription(
      id: "wvp.deskundigenoordeel.opvolging", title: "Deskundigenoordeel zonder vastgelegde opvolging",
      severity: .waarschuwing,
      bron: "Wet WIA, art. 32; UWV, Deskundigenoordeel als de re-integratie vastloopt",
      rationale: "UWV toetst of een deskundigenoordeel is opgevolgd; wie ervan afwijkt, legt uit waarom.",
      triggering: [
        .init(
          base + "deskundigenoordelen: [ ↓{ datum: 2024-06-01, oordeel: Passend werk. } ]\n",
          peildatum: "2024-07-01")
      ],
      nonTriggering: [
        .init(
          base + "deskundigenoordelen: [ { datum: 2024-06-01, oordeel: Passend werk., "
            + "opvolging: Werk aangepast per 1 juli. } ]\n", peildatum: "2024-07-01")
      ])
  ) { context in
    context.caseFile.deskundigenoordelen.enumerated().compactMap { index, oordeel in
      guard let date = oordeel.datum, oordeel.opvolging == nil else { return nil }
      return .init(
        "deskundigenoordeel van \(DutchDate.long(date)) heeft geen vastgelegde opvolging; beschrijf wat "
          + "er met het oordeel is gedaan (of waarom niet)", at: "deskundigenoordelen[\(index + 1)]")
    }
  }

  static let newPeriod = Rule(
    RuleDescription(
      id: "wvp.wachttijd.nieuwe-wachttijd", title: "Nieuwe wachttijd na herstel van 4 weken of meer",
      severity: .info, bron: "Burgerlijk Wetboek, art. 7:629 lid 10",
      rationale:
        "Ziekteperiodes tellen samen als er minder dan vier weken tussen zitten; na vier weken of meer "
        + "herstel begint een nieuwe wachttijd en rekent de tool vanaf de nieuwe eerste ziektedag.",
      triggering: [
        .init(
          "verzuim:\n  eerste_ziektedag: 2024-01-08\n  onderbrekingen: [ { hersteld_op: 2024-03-01, "
            + "weer_ziek_op: ↓2024-04-15 } ]\n", peildatum: "2024-05-01")
      ],
      nonTriggering: [
        .init(
          "verzuim:\n  eerste_ziektedag: 2024-01-08\n  onderbrekingen: [ { hersteld_op: 2024-03-01, "
            + "weer_ziek_op: 2024-03-18 } ]\n", peildatum: "2024-05-01")
      ])
  ) { context in
    let restarts = context.calendar.restarts
    guard let last = restarts.last,
      let index = context.caseFile.verzuim.onderbrekingen.firstIndex(of: last)
    else { return [] }
    return [
      .init(
        "onderbreking van \(DutchDate.days(last.gapDays)) (4 weken of meer): er loopt een nieuwe wachttijd "
          + "vanaf \(DutchDate.long(last.weerZiekOp)); alle termijnen zijn vanaf die dag berekend",
        at: "verzuim.onderbrekingen[\(index + 1)].weer_ziek_op")
    ]
  }

  static let extended = Rule(
    RuleDescription(
      id: "wvp.wachttijd.verlengd", title: "Wachttijd verlengd", severity: .info,
      bron: "Wet WIA, art. 24, art. 25 lid 9 en art. 64 lid 3",
      rationale:
        "Een vrijwillige verlenging of een loonsanctie schuift het einde van de loondoorbetaling op; "
        + "de re-integratieverplichtingen lopen door.",
      triggering: [
        .init(
          base.replacingOccurrences(of: " }", with: ", loonsanctie: ↓{ weken: 52 } }"),
          peildatum: "2026-01-10")
      ],
      nonTriggering: [.init(base, peildatum: "2026-01-10")])
  ) { context in
    let c = context.caseFile.verzuim
    let weeks = c.verlengingWeeks + (c.loonsanctie?.weken ?? 0)
    guard weeks > 0, let end = context.timeline[.eindeWachttijd]?.uiterlijk else { return [] }
    var parts: [String] = []
    if c.verlengingWeeks > 0 { parts.append("verlenging \(c.verlengingWeeks) weken") }
    if let sanction = c.loonsanctie { parts.append("loonsanctie \(sanction.weken) weken") }
    var message =
      "de wachttijd is verlengd (\(parts.joined(separator: ", "))) en eindigt op \(DutchDate.long(end)); "
      + "blijf evalueren en re-integreren tot die datum"
    if c.verlengingWeeks > 0, let riv = context.timeline[.eindevaluatie],
      let wia = context.timeline[.wiaAanvraag]
    {
      message +=
        "; door de vrijwillige verlenging schuiven actueel oordeel, eindevaluatie en kopie voor de werknemer "
        + "naar uiterlijk \(DutchDate.long(riv.uiterlijk)) en de WIA-aanvraag naar uiterlijk "
        + "\(DutchDate.long(wia.uiterlijk)) (11 weken voor het verlengde einde)"
    }
    return [
      .init(
        message,
        at: c.loonsanctie != nil ? "verzuim.loonsanctie" : "verzuim.verlengingen")
    ]
  }

  static let earlyIVA = Rule(
    RuleDescription(
      id: "wvp.iva.na-week-68", title: "Vervroegde IVA-aanvraag na week 68", severity: .info,
      bron: "Wet WIA, art. 23 lid 6 en art. 66",
      rationale: "Een vervroegde IVA-aanvraag kan tot het eind van week 68; daarna volgt de gewone route met "
        + "een volledig re-integratieverslag.",
      triggering: [
        .init(
          base.replacingOccurrences(of: " }", with: ", vervroegde_iva_aangevraagd_op: ↓2025-06-01 }"),
          peildatum: "2025-07-01")
      ],
      nonTriggering: [
        .init(
          base.replacingOccurrences(of: " }", with: ", vervroegde_iva_aangevraagd_op: 2025-03-01 }"),
          peildatum: "2025-07-01")
      ])
  ) { context in
    let week68 = context.calendar.lastDay(ofWeek: 68)
    guard let applied = context.caseFile.verzuim.vervroegdeIvaAangevraagdOp, applied > week68 else {
      return []
    }
    return [
      .init(
        "vervroegde IVA aangevraagd op \(DutchDate.long(applied)), na week 68 (\(DutchDate.long(week68))); "
          + "UWV behandelt dit als een gewone WIA-aanvraag met volledig re-integratieverslag",
        at: "verzuim.vervroegde_iva_aangevraagd_op")
    ]
  }

  static let all: [Rule] =
    [labourExpert, expertOpinion, newPeriod, extended, earlyIVA] + ZiekUitDienstRules.all
}
