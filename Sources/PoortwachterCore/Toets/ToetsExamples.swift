/// Worked examples of the mapping from findings to the toets estimate: each a set of findings
/// (rule id and severity) and the verdicts and risk they must give. They document the mapping
/// in `docs/toets.md` and run as tests.
public struct ToetsExample: Sendable {
  /// What the example shows.
  public let situatie: String
  /// The findings: rule id and severity.
  public let bevindingen: [(String, Severity)]
  /// The verdicts that must follow (questions not named must be `voldoende`).
  public let oordelen: [ToetsVraag: ToetsOordeel]
  /// The risk that must follow.
  public let risico: ToetsRisico

  /// The standard examples.
  public static let standard: [ToetsExample] = [
    .init(situatie: "Geen bevindingen", bevindingen: [], oordelen: [:], risico: .laag),
    .init(
      situatie: "Alleen informatie (verlengde wachttijd)", bevindingen: [("wvp.wachttijd.verlengd", .info)],
      oordelen: [:], risico: .laag),
    .init(
      situatie: "Plan van aanpak te laat, maar gemaakt",
      bevindingen: [("wvp.plan-van-aanpak.te-laat", .fout)],
      oordelen: [.planBijgesteld: .twijfel], risico: .middel),
    .init(
      situatie: "Minder sollicitaties dan het werkplan",
      bevindingen: [("wvp.tweede-spoor.onder-werkplan", .waarschuwing)],
      oordelen: [.tweedeSpoor: .twijfel], risico: .middel),
    .init(
      situatie: "Tweede spoor te laat gestart", bevindingen: [("wvp.tweede-spoor.te-laat", .fout)],
      oordelen: [.tweedeSpoor: .onvoldoende], risico: .hoog),
    .init(
      situatie: "Advies van de arbeidsdeskundige zonder reden niet opgevolgd",
      bevindingen: [("wvp.arbeidsdeskundig-advies.niet-opgevolgd", .fout)],
      oordelen: [.adAdvies: .onvoldoende], risico: .hoog),
    .init(
      situatie: "Alleen een vormfout: handtekening ontbreekt",
      bevindingen: [("wvp.riv.ondertekening", .fout)],
      oordelen: [.dossierCompleet: .onvoldoende], risico: .middel),
    .init(
      situatie: "42e-weekmelding ontbreekt: een boete, geen loonsanctie",
      bevindingen: [("wvp.melding-42e-week.ontbreekt", .fout)], oordelen: [.dossierCompleet: .twijfel],
      risico: .middel),
    .init(
      situatie: "Twijfel op drie vragen tegelijk",
      bevindingen: [
        ("wvp.probleemanalyse.te-laat", .fout), ("wvp.evaluaties.interval", .waarschuwing),
        ("wvp.spoor-1.functieoverzicht", .waarschuwing),
      ],
      oordelen: [.probleemanalyse: .twijfel, .planBijgesteld: .twijfel, .spoor1: .twijfel], risico: .hoog),
    .init(
      situatie: "Eindevaluatie tegenstrijdig met een open advies",
      bevindingen: [
        ("wvp.eindevaluatie.tegenstrijdig", .fout), ("wvp.actueel-oordeel.verouderd", .waarschuwing),
      ],
      oordelen: [.eindevaluatie: .onvoldoende], risico: .hoog),
    .init(
      situatie: "Bevredigend resultaat: de inspanningen worden niet verder getoetst",
      bevindingen: [(SatisfactoryResultRule.id, .info), ("wvp.tweede-spoor.te-laat", .fout)],
      oordelen: [.tweedeSpoor: .onvoldoende], risico: .laag),
    .init(
      situatie: "Bevredigend resultaat, maar het dossier is onvolledig",
      bevindingen: [(SatisfactoryResultRule.id, .info), ("wvp.riv.ondertekening", .fout)],
      oordelen: [.dossierCompleet: .onvoldoende], risico: .middel),
  ]
}
