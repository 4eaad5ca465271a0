/// The decision about the tweede spoor and its first weeks: an eerstejaarsevaluatie that concludes
/// with reasons that no tweede spoor is needed, and the oriëntatie and profile of a running one.
enum TweedeSpoorConclusionRules {
  static let base = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
  static let author = "opgesteld_door: { naam: A. Smit, functie: Bedrijfsarts }"
  /// An AD report or a bedrijfsarts' revision at most this many days before the EJE still
  /// supports its conclusion (about three months, the horizon of "terugkeer binnen drie maanden").
  static let supportWindowDays = 91

  /// Whether an arbeidsdeskundige (advice spoor 1) or a bedrijfsarts (a probleemanalyse or revision
  /// written by a bedrijfsarts) supports the EJE's conclusion around its date.
  static func supported(_ c: CaseFile) -> Bool {
    guard let eje = c.eerstejaarsevaluatie else { return false }
    let from = eje.datum.adding(days: -supportWindowDays)
    if c.arbeidsdeskundigeOnderzoeken.contains(where: { $0.advies == .spoor1 && $0.datum >= from }) {
      return true
    }
    guard let pa = c.probleemanalyse else { return false }
    let byDoctor = { (person: Person?) in person?.functie?.lowercased().contains("bedrijfsarts") == true }
    if byDoctor(pa.opgesteldDoor) && pa.datum >= from { return true }
    return pa.bijstellingen.contains { byDoctor($0.opgesteldDoor) && $0.datum >= from }
  }

  static let notNeeded = Rule(
    RuleDescription(
      id: "wvp.tweede-spoor.niet-nodig-onderbouwing",
      title: "Geen tweede spoor zonder steun van arbeidsdeskundige of bedrijfsarts", severity: .waarschuwing,
      bron: "UWV Werkwijzer Poortwachter (tweede spoor)",
      rationale:
        "Concludeert de eerstejaarsevaluatie met redenen dat geen tweede spoor nodig is (bijvoorbeeld omdat "
        + "structurele terugkeer in eigen werk verwacht wordt), dan is dat geen tekortkoming. UWV verwacht "
        + "wel dat een arbeidsdeskundige (advies spoor 1) of de bedrijfsarts die conclusie onderbouwt.",
      triggering: [
        .init(
          base + "eerstejaarsevaluatie: ↓{ datum: 2024-12-02, tweede_spoor_nodig: false, "
            + "onderbouwing: Terugkeer in eigen werk per 1 februari. }\n", peildatum: "2025-02-01")
      ],
      nonTriggering: [
        .init(
          base + "eerstejaarsevaluatie: { datum: 2024-12-02, tweede_spoor_nodig: false, "
            + "onderbouwing: Terugkeer in eigen werk per 1 februari. }\n"
            + "arbeidsdeskundige_onderzoeken: [ { datum: 2024-11-20, advies: spoor1 } ]\n",
          peildatum: "2025-02-01"),
        .init(
          base
            + "probleemanalyse:\n  datum: 2024-02-12\n  bijstellingen: [ { datum: 2024-11-01, \(author) } ]\n"
            + "eerstejaarsevaluatie: { datum: 2024-12-02, tweede_spoor_nodig: false, "
            + "onderbouwing: Terugkeer in eigen werk per 1 februari. }\n", peildatum: "2025-02-01"),
      ])
  ) { context in
    let c = context.caseFile
    guard c.eerstejaarsevaluatie?.concludesNoSecondTrack(on: context.peildatum) == true,
      c.tweedeSpoor?.gestartOp == nil,
      !supported(c)
    else { return [] }
    return [
      .init(
        "de eerstejaarsevaluatie concludeert dat geen tweede spoor nodig is, maar geen arbeidsdeskundig "
          + "onderzoek (advies spoor 1) of bijstelling door de bedrijfsarts uit de drie maanden ervoor "
          + "ondersteunt dat; leg dat advies vast", at: "eerstejaarsevaluatie")
    ]
  }

  static let orientation = Rule(
    RuleDescription(
      id: "wvp.tweede-spoor.orientatie-profiel",
      title: "Tweede spoor zonder oriëntatie of profiel na 6 weken",
      severity: .waarschuwing,
      bron: "UWV Werkwijzer Poortwachter (tweede spoor: persoonsprofiel en zoekprofiel)",
      rationale:
        "Een tweede spoor dat langer dan zes weken loopt, heeft een oriëntatiefase en een persoons- en "
        + "zoekprofiel (vastgelegd als persoonsprofiel en zoekprofiel, of als afgeronde intakefase of "
        + "activiteit 'profiel') waaruit blijkt naar welk passend werk gezocht wordt.",
      triggering: [
        .init(
          base + "tweede_spoor: { gestart_op: ↓2025-01-10, fasen: [ { fase: intake, van: 2025-01-10 } ] }\n",
          peildatum: "2025-03-01"),
        .init(
          base
            + "tweede_spoor:\n  gestart_op: ↓2025-01-10\n  fasen: [ { fase: orientatie, van: 2025-01-24 } ]\n"
            + "  persoonsprofiel: { datum: 2025-01-20 }\n  zoekprofiel: { datum: 2025-04-01 }\n",
          peildatum: "2025-05-01"),
      ],
      nonTriggering: [
        .init(
          base + "tweede_spoor:\n  gestart_op: 2025-01-10\n"
            + "  fasen: [ { fase: intake, van: 2025-01-10 }, { fase: orientatie, van: 2025-01-24 } ]\n"
            + "  activiteiten: [ { datum: 2025-01-30, soort: profiel } ]\n", peildatum: "2025-03-01"),
        .init(
          base
            + "tweede_spoor:\n  gestart_op: 2025-01-10\n  fasen: [ { fase: orientatie, van: 2025-01-24 } ]\n"
            + "  persoonsprofiel: { datum: 2025-01-20 }\n  zoekprofiel: { datum: 2025-02-05 }\n",
          peildatum: "2025-03-01"),
        .init(base + "tweede_spoor: { gestart_op: 2025-01-10 }\n", peildatum: "2025-02-20"),
      ])
  ) { context in
    guard let (spoor, start) = TweedeSpoorRules.active(context.caseFile),
      start.adding(days: Timeline.sixWeeks) < context.activeUntil
    else { return [] }
    var missing: [String] = []
    if !spoor.fasen.contains(where: { $0.fase == .orientatie }) { missing.append("een oriëntatiefase") }
    // The profile comes out of the intake and vooronderzoek: a closed intake phase counts too.
    let intakeDone = spoor.fasen.contains {
      $0.fase == .intake && ($0.tot.map { $0 <= context.activeUntil } ?? false)
    }
    // Written profiles count when they were there within six weeks of the start.
    let due = start.adding(days: Timeline.sixWeeks)
    let profiles = [spoor.persoonsprofiel, spoor.zoekprofiel].allSatisfy {
      ($0?.datum).map { $0 <= due } ?? false
    }
    if !profiles && !intakeDone && !spoor.activiteiten.contains(where: { $0.soort == .profiel }) {
      missing.append("een persoons- en zoekprofiel (persoonsprofiel en zoekprofiel)")
    }
    guard !missing.isEmpty else { return [] }
    return [
      .init(
        "het tweede spoor loopt sinds \(DutchDate.long(start)) langer dan 6 weken zonder "
          + "\(missing.joined(separator: " en ")); leg \(missing.count == 1 ? "die" : "ze") vast",
        at: "tweede_spoor.gestart_op")
    ]
  }

  static let all: [Rule] = [notNeeded, orientation]
}
