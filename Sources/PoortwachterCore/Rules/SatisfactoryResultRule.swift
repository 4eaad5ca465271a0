/// The first question of UWV's RIV-toets: is there a bevredigend re-integratieresultaat? When the
/// employee works structurally in suitable work that uses the remaining capacities and earns at
/// least 65% of the old wage, UWV does not judge the efforts further (only the dossier's
/// completeness still counts). The case file has no wages, so the tool measures the hours of the
/// latest werkhervatting against the contract hours, and says what to check by hand.
enum SatisfactoryResultRule {
  static let id = "wvp.toets.bevredigend-resultaat"
  /// The share of the old wage (here: of the contract hours) that makes a result satisfactory.
  static let share = 0.65
  static let bron =
    "UWV Werkwijzer Poortwachter (bevredigend re-integratieresultaat: structureel passend werk dat "
    + "aansluit bij de resterende mogelijkheden, met een loon van ten minste 65% van het oude loon); "
    + "Beleidsregels beoordelingskader poortwachter (BWBR0014375)"
  static let base = """
    werknemer: { naam: J. Jansen, uren_per_week: 32 }
    verzuim:
      eerste_ziektedag: 2024-01-08

    """

  static let rule = Rule(
    RuleDescription(
      id: id, title: "Bevredigend re-integratieresultaat", severity: .info, bron: bron,
      rationale: "UWV begint de toets met de vraag of het resultaat bevredigend is: werkt de werknemer "
        + "structureel in passend werk voor ten minste 65% van het oude loon, dan toetst UWV de "
        + "inspanningen niet verder. De tool kent het loon niet en meet de uren van de laatste "
        + "werkhervatting aan de contracturen.",
      triggering: [
        .init(
          base + "  werkhervattingen: [ { vanaf: ↓2025-05-01, uren_per_week: 24, soort: aangepast_werk } ]\n",
          peildatum: "2025-09-01")
      ],
      nonTriggering: [
        .init(
          base + "  werkhervattingen: [ { vanaf: 2025-05-01, uren_per_week: 16, soort: aangepast_werk } ]\n",
          peildatum: "2025-09-01"),
        .init(
          base
            + "  werkhervattingen: [ { vanaf: 2025-05-01, uren_per_week: 24, soort: arbeidstherapeutisch } ]\n",
          peildatum: "2025-09-01"),
        .init(
          base + "  werkhervattingen: [ { vanaf: 2025-10-01, uren_per_week: 24, soort: aangepast_werk } ]\n",
          peildatum: "2025-09-01"),
      ])
  ) { context in
    let c = context.caseFile
    guard let contract = c.werknemer.urenPerWeek, contract > 0, context.activeUntil == context.peildatum,
      let (index, latest) = c.verzuim.werkhervattingen.enumerated()
        .filter({ $0.element.vanaf <= context.peildatum }).max(by: { $0.element.vanaf < $1.element.vanaf }),
      let kind = latest.soort, kind != .arbeidstherapeutisch, let hours = latest.urenPerWeek,
      hours >= share * contract
    else { return [] }
    let percent = Int((hours / contract * 100).rounded())
    return [
      .init(
        "bevredigend resultaat: sinds \(DutchDate.long(latest.vanaf)) \(hoursText(hours)) van "
          + "\(hoursText(contract)) uur per week (\(percent)%) \(kind.tekst); UWV toetst de inspanningen "
          + "dan niet verder, mits het werk structureel is, past bij de belastbaarheid en ten minste 65% van "
          + "het oude loon oplevert (het loon staat niet in het casusbestand: controleer het)",
        at: "verzuim.werkhervattingen[\(index + 1)].vanaf")
    ]
  }

  /// `24` or `24,5`.
  static func hoursText(_ hours: Double) -> String {
    if hours == hours.rounded(), abs(hours) < 1e9 { return String(Int(hours)) }
    return String(hours).replacingOccurrences(of: ".", with: ",")
  }
}
