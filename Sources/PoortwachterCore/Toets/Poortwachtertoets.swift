/// An estimate of how UWV's RIV-toets would go for one case: per toets question a verdict with
/// the findings that lead to it, and an overall risk of a loonsanctie. An estimate from the
/// findings, never UWV's judgement: every view of it says so (``label``).
public struct Poortwachtertoets: Sendable, Equatable {
  /// The label every view shows.
  public static let label = "inschatting, geen oordeel van UWV"

  /// One question with its estimate.
  public struct Vraag: Sendable, Equatable {
    /// The question.
    public let id: ToetsVraag
    /// The estimate.
    public let oordeel: ToetsOordeel
    /// Why, in Dutch.
    public let toelichting: String
    /// The rules whose findings led to the estimate, in catalogue order.
    public let regels: [String]
  }

  /// The overall risk.
  public let risico: ToetsRisico
  /// Every question, in the order of ``ToetsVraag``.
  public let vragen: [Vraag]

  /// Each rule id's position in the catalogue, so `regels` reads in the order of `docs/regels.md`.
  static let catalogueOrder: [String: Int] = Dictionary(
    RuleCatalogue.standard.enumerated().map { ($0.element.description.id, $0.offset) },
    uniquingKeysWith: { first, _ in first })

  /// How many questions are `twijfel` before the doubts together weigh as a shortfall.
  public static let doubtsForHighRisk = 3

  /// The estimate from a case's findings; `timeline` says which questions are not yet due.
  public init(findings: [Finding], timeline: Timeline) {
    var perQuestion: [ToetsVraag: [(Finding, ToetsOordeel)]] = [:]
    for finding in findings {
      guard let (vraag, oordeel) = ToetsMapping.oordeel(finding) else { continue }
      perQuestion[vraag, default: []].append((finding, oordeel))
    }
    let satisfactory = findings.first { $0.ruleID == SatisfactoryResultRule.id }
    vragen = ToetsVraag.allCases.map { vraag in
      if vraag == .bevredigendResultaat {
        return Vraag(
          id: vraag, oordeel: .voldoende, toelichting: Self.satisfactoryExplanation(satisfactory),
          regels: satisfactory.map { [$0.ruleID] } ?? [])
      }
      let counted = perQuestion[vraag] ?? []
      let oordeel = counted.map(\.1).max() ?? .voldoende
      var regels: [String] = []
      for (finding, _) in counted where !regels.contains(finding.ruleID) { regels.append(finding.ruleID) }
      regels.sort { Self.catalogueOrder[$0, default: Int.max] < Self.catalogueOrder[$1, default: Int.max] }
      return Vraag(
        id: vraag, oordeel: oordeel,
        toelichting: Self.explanation(vraag, counted.map(\.0), regels, timeline), regels: regels)
    }
    risico = Self.risk(vragen, satisfactory: satisfactory != nil)
  }

  /// Whether the case has a bevredigend resultaat (the first question answered yes).
  public var isSatisfactory: Bool { vragen.first { $0.id == .bevredigendResultaat }?.regels.isEmpty == false }

  private static func satisfactoryExplanation(_ finding: Finding?) -> String {
    guard let finding else {
      return "Nee of niet vast te stellen: geen structureel werk van ten minste 65% van de contracturen in "
        + "de werkhervattingen; UWV toetst de inspanningen."
    }
    return "Ja, waarschijnlijk: " + finding.message + ". De andere vragen vervallen dan; alleen de "
      + "volledigheid van het dossier telt nog."
  }

  /// With a satisfactory result: `middel` when the dossier is incomplete, else `laag`. Otherwise
  /// `hoog`: a shortfall in the efforts themselves, or doubts on three questions or more;
  /// `middel`: any doubt, or an incomplete dossier; `laag` otherwise.
  static func risk(_ vragen: [Vraag], satisfactory: Bool = false) -> ToetsRisico {
    // A satisfactory result makes the efforts moot; an incomplete dossier is still asked for.
    if satisfactory {
      return vragen.contains { $0.id == .dossierCompleet && $0.oordeel != .voldoende } ? .middel : .laag
    }
    if vragen.contains(where: { $0.id.isInhoudelijk && $0.oordeel == .onvoldoende }) { return .hoog }
    let doubts = vragen.filter { $0.oordeel == .twijfel }.count
    if doubts >= doubtsForHighRisk { return .hoog }
    if doubts > 0 || vragen.contains(where: { $0.oordeel == .onvoldoende }) { return .middel }
    return .laag
  }

  private static func explanation(
    _ vraag: ToetsVraag, _ findings: [Finding], _ regels: [String], _ timeline: Timeline
  ) -> String {
    guard !findings.isEmpty else {
      if let id = vraag.milestone, let row = timeline[id], row.status == .open {
        return
          "Nog niet aan de orde op de peildatum (uiterlijk \(DutchDate.long(row.uiterlijk))); geen bevindingen."
      }
      if let id = vraag.milestone, timeline[id]?.status == .nietVanToepassing {
        return "Niet van toepassing in dit dossier; geen bevindingen."
      }
      return "Geen bevindingen."
    }
    let errors = findings.filter { $0.severity == .fout }.count
    let warnings = findings.filter { $0.severity == .waarschuwing }.count
    var counts: [String] = []
    if errors > 0 { counts.append(errors == 1 ? "1 fout" : "\(errors) fouten") }
    if warnings > 0 { counts.append(warnings == 1 ? "1 waarschuwing" : "\(warnings) waarschuwingen") }
    let titles = regels.map { RuleCatalogue.rule(id: $0)?.description.title ?? $0 }
    return counts.joined(separator: " en ") + ": " + titles.joined(separator: "; ") + "."
  }
}
