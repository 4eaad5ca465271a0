/// What UWV's RIV-toets weighs beyond the deadlines: was spoor 1 explored function by function,
/// was the arbeidsdeskundige's advice followed, does the actueel oordeel rest on the latest
/// belastbaarheid, and does the eindevaluatie agree with the expert's advice.
enum AssessmentRules {
  static let base = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
  static let werkwijzer = "UWV Werkwijzer Poortwachter"

  /// The date by which spoor 1 must have been explored: the EJE, once it is due or done.
  static func spoor1Due(_ context: RuleContext) -> CivilDate? {
    let c = context.caseFile
    if let eje = c.eerstejaarsevaluatie { return eje.datum <= context.peildatum ? eje.datum : nil }
    guard let due = context.timeline[.eerstejaarsevaluatie]?.uiterlijk, due < context.activeUntil else {
      return nil
    }
    return due
  }

  static let functionOverview = Rule(
    RuleDescription(
      id: "wvp.spoor-1.functieoverzicht", title: "Spoor 1 niet onderzocht: geen functieoverzicht",
      severity: .waarschuwing,
      bron: werkwijzer + " (spoor 1: overzicht van alle functies bij de werkgever, elk gemeten aan "
        + "belastbaarheid, opleiding en ervaring, ook tijdelijke plaatsen en plaatsen van uitzendkrachten; "
        + "samengevat op katalyse.nu/nieuwe-werkwijzer-poortwachter)",
      rationale:
        "UWV wil bij de eerstejaarsevaluatie zien welke functies bij de eigen werkgever zijn bekeken en "
        + "waarom elk wel of niet passend is; zonder dat overzicht is spoor 1 niet aantoonbaar onderzocht.",
      triggering: [
        .init(base + "eerstejaarsevaluatie: ↓{ datum: 2024-12-02 }\n", peildatum: "2025-01-10"),
        .init(
          base + "eerstejaarsevaluatie: ↓{ datum: 2024-12-02 }\n"
            + "spoor_1: { functies: [ { naam: Planner, passend: nee, beoordeeld_op: 2025-01-05 } ] }\n",
          peildatum: "2025-01-10"),
      ],
      nonTriggering: [
        .init(
          base + "eerstejaarsevaluatie: { datum: 2024-12-02 }\n"
            + "spoor_1: { functies: [ { naam: Planner, passend: nee, beoordeeld_op: 2024-11-20 } ] }\n",
          peildatum: "2025-01-10"),
        .init(
          base + "eerstejaarsevaluatie: { datum: 2024-12-02 }\n"
            + "tweede_spoor: { vrijstelling: { reden: terugkeer_binnen_drie_maanden } }\n",
          peildatum: "2025-01-10"),
        .init(base + "eerstejaarsevaluatie: { datum: 2024-12-02 }\n", peildatum: "2024-11-30"),
        .init(
          base + "eerstejaarsevaluatie: { datum: 2024-12-02, tweede_spoor_nodig: false, "
            + "onderbouwing: Structurele terugkeer in eigen werk per februari. }\n", peildatum: "2025-01-10"),
      ])
  ) { context in
    let c = context.caseFile
    // The overview is asked when return to the own (adjusted) work is not possible; an expected
    // return (an exemption, or an EJE that concludes with reasons that no tweede spoor is needed)
    // answers spoor 1 already.
    guard let due = spoor1Due(context), c.tweedeSpoor?.vrijstelling?.reden != .terugkeerBinnenDrieMaanden,
      c.eerstejaarsevaluatie?.concludesNoSecondTrack(on: context.peildatum) != true
    else { return [] }
    // A function without a date counts: the overview exists, only its timing is unknown.
    let judged = c.spoor1?.functies.contains { ($0.beoordeeldOp ?? due) <= due } ?? false
    guard !judged else { return [] }
    return [
      .init(
        "bij de eerstejaarsevaluatie (\(DutchDate.long(due))) is geen functie bij de eigen werkgever "
          + "beoordeeld; leg in spoor_1.functies per functie vast of die passend is en waarom",
        at: c.eerstejaarsevaluatie != nil ? "eerstejaarsevaluatie" : nil)
    ]
  }

  static let adviceFollowUp = Rule(
    RuleDescription(
      id: "wvp.arbeidsdeskundig-advies.opvolging", title: "Advies van de arbeidsdeskundige zonder opvolging",
      severity: .waarschuwing,
      bron: werkwijzer + "; Beleidsregels beoordelingskader poortwachter (BWBR0014375): de adviezen van "
        + "deskundigen worden opgevolgd, of er wordt gemotiveerd van afgeweken",
      rationale: "UWV kijkt per advies van de arbeidsdeskundige wat ermee gedaan is; een advies zonder "
        + "vastgelegde opvolging is een open eind in het dossier.",
      triggering: [
        .init(
          base + "arbeidsdeskundige_onderzoeken:\n  - datum: 2024-11-20\n"
            + "    adviezen: [ ↓{ advies: Werkplek aanpassen., betreft: aangepast_werk } ]\n",
          peildatum: "2025-01-10")
      ],
      nonTriggering: [
        .init(
          base + "arbeidsdeskundige_onderzoeken:\n  - datum: 2024-11-20\n"
            + "    adviezen: [ { advies: Werkplek aanpassen., opvolging: nog_lopend } ]\n",
          peildatum: "2025-01-10")
      ])
  ) { context in
    advices(context.caseFile).compactMap { path, advies in
      guard advies.opvolging == nil else { return nil }
      return .init(
        "advies van de arbeidsdeskundige zonder opvolging: '\(advies.advies)'; leg vast of het is "
          + "opgevolgd, niet is opgevolgd (met reden) of nog loopt", at: path)
    }
  }

  static let adviceNotFollowed = Rule(
    RuleDescription(
      id: "wvp.arbeidsdeskundig-advies.niet-opgevolgd",
      title: "Advies van de arbeidsdeskundige niet opgevolgd zonder reden", severity: .fout,
      bron: werkwijzer + "; Wet WIA, art. 25 lid 9 (loonsanctie zonder deugdelijke grond)",
      rationale: "Wie een advies van de arbeidsdeskundige niet opvolgt, moet een deugdelijke grond "
        + "hebben en die vastleggen; zonder reden ziet UWV een tekortkoming.",
      triggering: [
        .init(
          base + "arbeidsdeskundige_onderzoeken:\n  - datum: 2024-11-20\n"
            + "    adviezen: [ ↓{ advies: Werkplek aanpassen., opvolging: niet_opgevolgd } ]\n",
          peildatum: "2025-01-10")
      ],
      nonTriggering: [
        .init(
          base + "arbeidsdeskundige_onderzoeken:\n  - datum: 2024-11-20\n"
            + "    adviezen: [ { advies: Werkplek aanpassen., opvolging: niet_opgevolgd, "
            + "toelichting: Verbouwing niet toegestaan door de verhuurder. } ]\n",
          peildatum: "2025-01-10")
      ])
  ) { context in
    advices(context.caseFile).compactMap { path, advies in
      guard advies.opvolging == .nietOpgevolgd, advies.toelichting == nil else { return nil }
      return .init(
        "advies van de arbeidsdeskundige niet opgevolgd zonder reden: '\(advies.advies)'; leg de "
          + "reden vast in toelichting", at: path)
    }
  }

  /// Every advice with its path, of the assessments on or before the peildatum.
  static func advices(_ c: CaseFile) -> [(String, ArbeidsdeskundigOnderzoek.Advies)] {
    c.arbeidsdeskundigeOnderzoeken.enumerated().flatMap { index, onderzoek in
      onderzoek.adviezen.enumerated().map { adviceIndex, advies in
        ("arbeidsdeskundige_onderzoeken[\(index + 1)].adviezen[\(adviceIndex + 1)]", advies)
      }
    }
  }

  static let all: [Rule] =
    [functionOverview, adviceFollowUp, adviceNotFollowed] + FinalAssessmentRules.all
}
