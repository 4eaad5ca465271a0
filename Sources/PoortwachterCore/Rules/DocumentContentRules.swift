/// What a document must say, beyond having a date and an author: the fields UWV's own forms ask for.
enum DocumentContentRules {
  static let base = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"

  /// An eindevaluatie with fewer words than this in its `toelichting` is one sentence, not an
  /// evaluation of the re-integration.
  static let minimumWords = 25

  static let oordeelContent = Rule(
    RuleDescription(
      id: "wvp.actueel-oordeel.inhoud", title: "Actueel oordeel zonder belastbaarheid of prognose",
      severity: .fout,
      bron: "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184), art. 2 "
        + "(het actueel oordeel van de bedrijfsarts); UWV-formulier Actueel oordeel (mogelijkheden, "
        + "beperkingen en prognose)",
      rationale:
        "Het actueel oordeel is de basis van de eindevaluatie en van het oordeel van UWV over de "
        + "inspanningen: het zegt wat de werknemer nu kan (de benutbare mogelijkheden) en wat te "
        + "verwachten is (de prognose). Zonder die twee is het geen actueel oordeel.",
      triggering: [
        .init(
          base + "actueel_oordeel: ↓{ datum: 2025-09-01, prognose: Geen verbetering verwacht. }\n",
          peildatum: "2025-10-01"),
        .init(
          base
            + "actueel_oordeel: ↓{ datum: 2025-09-01, benutbare_mogelijkheden: \"Licht werk, 20 uur.\" }\n",
          peildatum: "2025-10-01"),
      ],
      nonTriggering: [
        .init(
          base + "actueel_oordeel: { datum: 2025-09-01, benutbare_mogelijkheden: \"Licht werk, 20 uur.\", "
            + "prognose: Geen verbetering verwacht. }\n", peildatum: "2025-10-01"),
        .init(base + "actueel_oordeel: { datum: 2025-11-01 }\n", peildatum: "2025-10-01"),
      ])
  ) { context in
    guard let ao = context.caseFile.actueelOordeel, ao.datum <= context.peildatum else { return [] }
    var missing: [String] = []
    if ao.benutbareMogelijkheden.isBlank { missing.append("de benutbare mogelijkheden (belastbaarheid)") }
    if ao.prognose.isBlank { missing.append("de prognose") }
    guard !missing.isEmpty else { return [] }
    return [
      .init(
        "het actueel oordeel van \(DutchDate.long(ao.datum)) vermeldt \(missing.joined(separator: " en ")) "
          + "niet; vraag de bedrijfsarts om een oordeel dat ze noemt en leg ze vast in "
          + "actueel_oordeel.benutbare_mogelijkheden en actueel_oordeel.prognose", at: "actueel_oordeel")
    ]
  }

  static let finalContent = Rule(
    RuleDescription(
      id: "wvp.eindevaluatie.inhoud", title: "Eindevaluatie zonder inhoud", severity: .fout,
      bron: "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184), art. 2 "
        + "(de eindevaluatie); UWV-formulier Eindevaluatie (verloop van spoor 1 en spoor 2, resultaat)",
      rationale:
        "De eindevaluatie beschrijft het verloop van de re-integratie in spoor 1 en spoor 2, het "
        + "resultaat en de conclusie van werkgever en werknemer. Eén zin is geen evaluatie: UWV vraagt dan "
        + "om aanvulling of ziet onvoldoende inspanningen.",
      triggering: [
        .init(
          base + "eindevaluatie: ↓{ datum: 2025-09-20, toelichting: Het traject is goed verlopen. }\n",
          peildatum: "2025-10-01"),
        .init(base + "eindevaluatie: ↓{ datum: 2025-09-20 }\n", peildatum: "2025-10-01"),
      ],
      nonTriggering: [
        .init(
          base + "eindevaluatie: { datum: 2025-09-20, toelichting: \"In spoor 1 is werknemer gestart met "
            + "aangepast werk en opgebouwd naar 20 uur. Het tweede spoor is tijdig gestart met intake, "
            + "profielen en sollicitaties. Resultaat is een plaatsing bij een andere werkgever voor 24 uur.\" }\n",
          peildatum: "2025-10-01")
      ])
  ) { context in
    guard let ev = context.caseFile.eindevaluatie, ev.datum <= context.peildatum else { return [] }
    let words = (ev.toelichting ?? "").split(whereSeparator: { $0.isWhitespace }).count
    guard words < minimumWords else { return [] }
    let said = words == 0 ? "heeft geen toelichting" : "heeft een toelichting van \(words) woorden"
    return [
      .init(
        "de eindevaluatie van \(DutchDate.long(ev.datum)) \(said); beschrijf het verloop van spoor 1 en "
          + "spoor 2, het resultaat en de conclusie (ten minste \(minimumWords) woorden)", at: "eindevaluatie"
      )
    ]
  }

  static let agreements = Rule(
    RuleDescription(
      id: "wvp.plan-van-aanpak.afspraken", title: "Afspraken zonder wie en wanneer", severity: .waarschuwing,
      bron: "Regeling procesgang eerste en tweede ziektejaar (BWBR0013540), art. 4 lid 2; UWV-formulier "
        + "Plan van aanpak (per activiteit: wie, wat en wanneer)",
      rationale:
        "Het plan van aanpak legt per activiteit vast wie wat wanneer doet. Losse zinnen zonder wie en "
        + "wanneer laten UWV niet zien dat de re-integratie gestuurd werd.",
      triggering: [
        .init(
          base + "plan_van_aanpak: { datum: 2024-02-20, afspraken: [ ↓Wekelijks contact, Opbouw uren ] }\n",
          peildatum: "2024-03-01"),
        .init(
          base + "plan_van_aanpak:\n  datum: 2024-02-20\n  afspraken:\n"
            + "    - { activiteit: Contact, wie: casemanager, wanneer: wekelijks }\n"
            + "    - ↓{ activiteit: Opbouw uren, wie: werknemer }\n", peildatum: "2024-03-01"),
      ],
      nonTriggering: [
        .init(
          base + "plan_van_aanpak:\n  datum: 2024-02-20\n  afspraken:\n"
            + "    - { activiteit: Contact, wie: werknemer en casemanager, wanneer: wekelijks, status: lopend }\n"
            + "    - Evaluatie van het plan\n", peildatum: "2024-03-01")
      ])
  ) { context in
    guard let plan = context.caseFile.planVanAanpak, !plan.afspraken.isEmpty else { return [] }
    let path = { (index: Int) in "plan_van_aanpak.afspraken[\(index + 1)]" }
    // Written as a mapping but without who or when: each such agreement.
    let incomplete = plan.afspraken.enumerated().filter { $0.element.isStructured && !$0.element.isComplete }
    var hits: [Rule.Violation] = incomplete.map { index, afspraak in
      let gap = [afspraak.wie.isBlank ? "wie" : nil, afspraak.wanneer.isBlank ? "wanneer" : nil].compactMap {
        $0
      }
      return .init(
        "afspraak '\(afspraak.activiteit)' zegt niet \(gap.joined(separator: " en ")); vul "
          + "\(gap.joined(separator: " en ")) aan", at: path(index))
    }
    // Only plain texts: the plan nowhere says who does what when.
    if !plan.afspraken.contains(where: \.isStructured), let first = plan.afspraken.indices.first {
      hits.append(
        .init(
          "de \(plan.afspraken.count) afspraken van het plan van aanpak zeggen niet wie wat wanneer doet; "
            + "schrijf ze als { activiteit, wie, wanneer, status }", at: path(first)))
    }
    return hits
  }

  static let all: [Rule] = [agreements, oordeelContent, finalContent]
}

extension Optional where Wrapped == String {
  /// Whether the text is absent or only white space.
  var isBlank: Bool { (self ?? "").allSatisfy(\.isWhitespace) }
}
