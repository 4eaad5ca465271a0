/// One document of the UWV upload pack: a part of the re-integratieverslag as the werkgeversportaal
/// takes it (one file per document, with its document type and signing date).
public struct PackDocument: Sendable, Equatable {
  /// The kinds of document, in the order of the re-integratieverslag.
  public enum Kind: String, Sendable, CaseIterable {
    case probleemanalyse
    case bijstellingProbleemanalyse = "bijstelling-probleemanalyse"
    case planVanAanpak = "plan-van-aanpak"
    case bijstellingPlanVanAanpak = "bijstelling-plan-van-aanpak"
    case evaluatie
    case arbeidsdeskundigRapport = "arbeidsdeskundig-rapport"
    case eerstejaarsevaluatie
    case tweedeSpoorRapportage = "rapportage-tweede-spoor"
    case deskundigenoordeel
    case actueelOordeel = "actueel-oordeel"
    case eindevaluatie
    case oordeelWerknemer = "oordeel-werknemer"

    /// The document type to pick in the portal (UWV's name of the part; see docs/uwv-pakket.md).
    public var soort: String {
      switch self {
      case .probleemanalyse: return "Probleemanalyse"
      case .bijstellingProbleemanalyse: return "Bijstelling probleemanalyse"
      case .planVanAanpak: return "Plan van aanpak"
      case .bijstellingPlanVanAanpak: return "Bijstelling plan van aanpak"
      case .evaluatie: return "Evaluatie plan van aanpak (voortgangsgesprek)"
      case .arbeidsdeskundigRapport: return "Arbeidsdeskundig rapport"
      case .eerstejaarsevaluatie: return "Eerstejaarsevaluatie"
      case .tweedeSpoorRapportage: return "Rapportage re-integratiebedrijf (tweede spoor)"
      case .deskundigenoordeel: return "Deskundigenoordeel UWV"
      case .actueelOordeel: return "Actueel oordeel bedrijfsarts of arbodienst"
      case .eindevaluatie: return "Eindevaluatie"
      case .oordeelWerknemer: return "Oordeel werknemer"
      }
    }

    /// The title printed on a generated document.
    public var title: String {
      switch self {
      case .evaluatie: return "Evaluatie van het plan van aanpak"
      case .tweedeSpoorRapportage: return "Voortgangsrapportage tweede spoor"
      case .actueelOordeel: return "Actueel oordeel van de bedrijfsarts"
      case .oordeelWerknemer: return "Oordeel van de werknemer"
      case .arbeidsdeskundigRapport: return "Arbeidsdeskundig rapport"
      default: return soort
      }
    }

    /// Whether the case file records both parties' signatures for this kind (`ondertekend`).
    public var isSignedByBothParties: Bool {
      switch self {
      case .planVanAanpak, .bijstellingPlanVanAanpak, .eerstejaarsevaluatie, .eindevaluatie: return true
      default: return false
      }
    }

    /// Whether UWV wants this kind as the original of its author (the pack then reports a
    /// generated version as a stand-in).
    public var wantsOriginal: Bool {
      self == .arbeidsdeskundigRapport || self == .tweedeSpoorRapportage || self == .deskundigenoordeel
    }
  }

  /// Which kind.
  public let kind: Kind
  /// Where the document stands in the case file, e.g. `plan_van_aanpak.bijstellingen[1]`.
  public let path: FieldPath
  /// 0-based position among the documents of its kind (which bijstelling, which evaluation).
  public let index: Int
  /// The document's date.
  public let datum: CivilDate
  /// Signatures, for the kinds both parties sign.
  public let ondertekend: Signatures?
  /// The original's path as written in the case file (relative to the case file).
  public let origineel: String?

  /// The date to enter in the portal: the later signature when both parties signed, the
  /// document's date for documents of one author; `nil` while a signature is missing.
  public var ondertekendOp: CivilDate? {
    guard kind.isSignedByBothParties else { return datum }
    guard let signatures = ondertekend, let employer = signatures.werkgever,
      let employee = signatures.werknemer
    else { return nil }
    return max(employer, employee)
  }
}
