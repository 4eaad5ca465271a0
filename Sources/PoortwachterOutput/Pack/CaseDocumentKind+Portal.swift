import PoortwachterCore

/// How each kind of document appears in the UWV pack and the werkgeversportaal.
extension CaseDocumentKind {
  /// The document type to pick in the portal (UWV's name of the part; see docs/uwv-pakket.md).
  public var soort: String {
    switch self {
    case .probleemanalyse: "Probleemanalyse"
    case .bijstellingProbleemanalyse: "Bijstelling probleemanalyse"
    case .planVanAanpak: "Plan van aanpak"
    case .bijstellingPlanVanAanpak: "Bijstelling plan van aanpak"
    case .evaluatie: "Evaluatie plan van aanpak (voortgangsgesprek)"
    case .arbeidsdeskundigOnderzoek: "Arbeidsdeskundig rapport"
    case .eerstejaarsevaluatie: "Eerstejaarsevaluatie"
    case .tweedeSpoor: "Tweede spoor"
    case .spoor1: "Spoor 1 (passend werk bij de eigen werkgever)"
    case .tweedeSpoorRapportage: "Rapportage re-integratiebedrijf (tweede spoor)"
    case .deskundigenoordeel: "Deskundigenoordeel UWV"
    case .actueelOordeel: "Actueel oordeel bedrijfsarts of arbodienst"
    case .eindevaluatie: "Eindevaluatie"
    case .oordeelWerknemer: "Oordeel werknemer"
    }
  }

  /// The `<soort>` part of a pack file name (`plan-van-aanpak`).
  public var fileSlug: String {
    switch self {
    case .arbeidsdeskundigOnderzoek: "arbeidsdeskundig-rapport"
    case .tweedeSpoorRapportage: "rapportage-tweede-spoor"
    default: rawValue.replacingOccurrences(of: "_", with: "-")
    }
  }

  /// The title printed on a generated document.
  public var documentTitle: String {
    switch self {
    case .evaluatie: "Evaluatie van het plan van aanpak"
    case .tweedeSpoorRapportage: "Voortgangsrapportage tweede spoor"
    case .actueelOordeel: "Actueel oordeel van de bedrijfsarts"
    case .oordeelWerknemer: "Oordeel van de werknemer"
    default: soort
    }
  }

  /// Whether a case has several documents of this kind (their titles are numbered).
  var isNumbered: Bool {
    switch self {
    case .bijstellingProbleemanalyse, .bijstellingPlanVanAanpak, .evaluatie, .arbeidsdeskundigOnderzoek,
      .tweedeSpoorRapportage, .deskundigenoordeel:
      true
    default: false
    }
  }

  /// Whether UWV wants this kind as its author's original (the upload list says so when the pack
  /// holds a generated stand-in).
  public var wantsOriginal: Bool {
    self == .arbeidsdeskundigOnderzoek || self == .tweedeSpoorRapportage || self == .deskundigenoordeel
  }
}
