/// A question of UWV's RIV-toets (poortwachtertoets), as the Werkwijzer Poortwachter and the
/// Beleidsregels beoordelingskader poortwachter (BWBR0014375) ask it of the re-integratieverslag.
public enum ToetsVraag: String, Sendable, CaseIterable {
  /// UWV's first question: with a satisfactory result the rest of the toets is moot.
  case bevredigendResultaat = "bevredigend_resultaat"
  case probleemanalyse
  case planBijgesteld = "plan_bijgesteld"
  case spoor1 = "spoor_1"
  case adAdvies = "ad_advies"
  case tweedeSpoor = "tweede_spoor"
  case eindevaluatie
  case dossierCompleet = "dossier_compleet"

  /// The question in Dutch.
  public var titel: String {
    switch self {
    case .bevredigendResultaat: "Is er een bevredigend re-integratieresultaat?"
    case .probleemanalyse: "Is het probleem tijdig en adequaat geanalyseerd?"
    case .planBijgesteld: "Is het plan tijdig gemaakt, geëvalueerd en bijgesteld?"
    case .spoor1: "Is spoor 1 (werk bij de eigen werkgever) onderzocht?"
    case .adAdvies: "Zijn de adviezen van deskundigen opgevolgd?"
    case .tweedeSpoor: "Is het tweede spoor tijdig gestart en serieus uitgevoerd?"
    case .eindevaluatie: "Is de eindevaluatie consistent met het actueel oordeel en de adviezen?"
    case .dossierCompleet: "Is het dossier compleet?"
    }
  }

  /// A short name for one-line summaries.
  public var kort: String {
    switch self {
    case .bevredigendResultaat: "bevredigend resultaat"
    case .probleemanalyse: "probleemanalyse"
    case .planBijgesteld: "plan en evaluaties"
    case .spoor1: "spoor 1"
    case .adAdvies: "adviezen"
    case .tweedeSpoor: "tweede spoor"
    case .eindevaluatie: "eindevaluatie"
    case .dossierCompleet: "compleetheid"
    }
  }

  /// Where UWV's expectation comes from.
  public var bron: String {
    switch self {
    case .bevredigendResultaat: SatisfactoryResultRule.bron
    case .probleemanalyse: "Regeling procesgang eerste en tweede ziektejaar (BWBR0013540), art. 2"
    case .planBijgesteld:
      "Regeling procesgang eerste en tweede ziektejaar (BWBR0013540), art. 4; UWV Werkwijzer Poortwachter"
    case .spoor1: "UWV Werkwijzer Poortwachter (spoor 1: overzicht van alle functies bij de werkgever)"
    case .adAdvies: "Beleidsregels beoordelingskader poortwachter (BWBR0014375); UWV Werkwijzer Poortwachter"
    case .tweedeSpoor: "UWV Werkwijzer Poortwachter (tweede spoor); Wet WIA, art. 25 lid 9"
    case .eindevaluatie:
      "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184), art. 2"
    case .dossierCompleet:
      "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184), art. 2; Wet WIA, art. 65"
    }
  }

  /// Whether a shortfall here is about the re-integration itself (a loonsanctie ground, art. 25
  /// lid 9 WIA) rather than the dossier's form (UWV first asks for the missing parts).
  public var isInhoudelijk: Bool { self != .dossierCompleet && self != .bevredigendResultaat }

  /// The milestone from which the question is due; before it, no findings means "not yet".
  var milestone: Milestone.ID? {
    switch self {
    case .bevredigendResultaat: nil
    case .probleemanalyse: .probleemanalyse
    case .planBijgesteld: .planVanAanpak
    case .spoor1: .eerstejaarsevaluatie
    case .adAdvies: nil
    case .tweedeSpoor: .tweedeSpoor
    case .eindevaluatie: .eindevaluatie
    case .dossierCompleet: .rivAanWerknemer
    }
  }
}

/// The estimate for one toets question.
public enum ToetsOordeel: String, Sendable, CaseIterable, Comparable {
  case voldoende, twijfel, onvoldoende

  private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
  /// Worse is greater.
  public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
}

/// The estimated risk of a loonsanctie.
public enum ToetsRisico: String, Sendable, CaseIterable, Comparable {
  case laag, middel, hoog

  private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
  /// Higher is greater.
  public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
  /// Sort key for the index: 1 (laag) to 3 (hoog).
  public var sortKey: Int { rank + 1 }
}
