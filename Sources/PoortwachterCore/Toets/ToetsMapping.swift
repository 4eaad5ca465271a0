/// Which finding counts for which toets question, and how heavily: the mapping as data.
///
/// A `fout` finding makes its question `onvoldoende`, a `waarschuwing` `twijfel`, an `info`
/// nothing; `hoogstens` caps that for findings UWV repairs rather than sanctions (a plan of
/// action a few days late is a doubt, not a shortfall, when it was made and followed).
public struct ToetsMapping: Sendable {
  /// One line of the mapping.
  public struct Entry: Sendable {
    /// A rule id, or a prefix ending in `.` (`wvp.tweede-spoor.`) for a family of rules.
    public let regel: String
    /// The question.
    public let vraag: ToetsVraag
    /// The worst verdict a finding of this rule can lead to.
    public let hoogstens: ToetsOordeel

    init(_ regel: String, _ vraag: ToetsVraag, hoogstens: ToetsOordeel = .onvoldoende) {
      self.regel = regel
      self.vraag = vraag
      self.hoogstens = hoogstens
    }

    /// Whether this line covers `ruleID`.
    public func covers(_ ruleID: String) -> Bool {
      regel.hasSuffix(".") ? ruleID.hasPrefix(regel) : ruleID == regel
    }
  }

  /// The standard mapping.
  public static let standard: [Entry] = [
    // An info finding: it never lowers a verdict, but answers the first question (see
    // ``Poortwachtertoets``).
    .init(SatisfactoryResultRule.id, .bevredigendResultaat),
    .init("wvp.probleemanalyse.te-laat", .probleemanalyse, hoogstens: .twijfel),
    .init("wvp.probleemanalyse.ontbreekt", .probleemanalyse),
    .init("wvp.probleemanalyse.herbeoordeling", .probleemanalyse),
    .init("wvp.plan-van-aanpak.te-laat", .planBijgesteld, hoogstens: .twijfel),
    .init("wvp.plan-van-aanpak.ontbreekt", .planBijgesteld),
    .init("wvp.plan-van-aanpak.afspraken", .planBijgesteld),
    .init("wvp.evaluaties.", .planBijgesteld),
    .init("wvp.eerstejaarsevaluatie.buiten-venster", .planBijgesteld, hoogstens: .twijfel),
    .init("wvp.eerstejaarsevaluatie.ontbreekt", .planBijgesteld),
    .init("wvp.spoor-1.", .spoor1),
    .init("wvp.arbeidsdeskundig-onderzoek.", .spoor1),
    .init("wvp.arbeidsdeskundig-advies.", .adAdvies),
    .init("wvp.deskundigenoordeel.", .adAdvies),
    .init("wvp.tweede-spoor.", .tweedeSpoor),
    .init("wvp.actueel-oordeel.", .eindevaluatie),
    .init("wvp.eindevaluatie.", .eindevaluatie),
    // After a verlenging the oordeel and eindevaluatie of the request are too old for the WIA application.
    .init("wvp.verlenging.", .eindevaluatie),
    .init("wvp.riv.", .dossierCompleet),
    .init("wvp.riv-aan-werknemer.", .dossierCompleet),
    .init("wvp.privacy.", .dossierCompleet),
    // An original that may be someone else's, or that could not be checked, is not fit to send.
    .init("wvp.origineel.", .dossierCompleet),
    // Which file is the signed original, and whether a digital signature has its proof.
    .init("wvp.ondertekend.", .dossierCompleet),
    // A late 42nd-week report is a fine, never a loonsanctie; a late WIA application is the employee's.
    .init("wvp.melding-42e-week.", .dossierCompleet, hoogstens: .twijfel),
    .init("wvp.wia-aanvraag.", .dossierCompleet, hoogstens: .twijfel),
    .init("wvp.ziek-uit-dienst.melding", .dossierCompleet, hoogstens: .twijfel),
  ]

  /// Rules that say something about the case but not about the re-integration efforts.
  public static let outside = [
    "wvp.wachttijd.", "wvp.iva.", "wvp.loonsanctie.", "wvp.invoer.", "wvp.ziek-uit-dienst.variant",
  ]

  /// Whether a finding of `ruleID` counts for "Is het dossier compleet?": the re-integratieverslag is
  /// not complete or not fit to send. The UWV pack's upload list names these findings as missing.
  public static func isDossierCompleet(_ ruleID: String) -> Bool {
    entry(for: ruleID)?.vraag == .dossierCompleet
  }

  /// The line that covers `ruleID`, if any.
  public static func entry(for ruleID: String) -> Entry? { standard.first { $0.covers(ruleID) } }

  /// The verdict one finding leads to, or `nil` when it does not count.
  public static func oordeel(_ finding: Finding) -> (ToetsVraag, ToetsOordeel)? {
    guard let entry = entry(for: finding.ruleID) else { return nil }
    let raw: ToetsOordeel
    switch finding.severity {
    case .fout: raw = .onvoldoende
    case .waarschuwing: raw = .twijfel
    case .info: return nil
    }
    return (entry.vraag, min(raw, entry.hoogstens))
  }
}
