/// Who makes a document of the re-integratieverslag, and so what may go into the UWV upload
/// (`rules.md`, "The UWV upload: what may be generated, what must be an original", 2026-12-07).
public enum DocumentRole: String, Sendable, CaseIterable {
  /// An expert's document (bedrijfsarts, arbeidsdeskundige, re-integratiebureau, UWV): only the
  /// original goes to UWV; the tool never puts its own rendering of it in the upload set.
  case deskundige
  /// Signed by employer and employee: the tool renders a draft ("Concept ter ondertekening"); only
  /// the signed original (a scan, or a digital signature with its proof) goes to UWV.
  case gezamenlijk
  /// The employee's own document (the oordeel van de werknemer): the tool may render a form for the
  /// employee to fill in and sign.
  case werknemer
  /// The employer's own document (the functieoverzicht of spoor 1), signed by the employer.
  case werkgever
  /// A decision of UWV (the loonsanctie): the letter as received.
  case uwv
  /// A record in the case file that is no document of its own (the tweede spoor as a whole: its
  /// provider's rapportages are the documents); never uploaded by itself.
  case intern

  /// Dutch description for the upload list and the control report.
  public var title: String {
    switch self {
    case .deskundige: "origineel van de deskundige"
    case .gezamenlijk: "door werkgever en werknemer te ondertekenen"
    case .werknemer: "document van de werknemer"
    case .werkgever: "document van de werkgever"
    case .uwv: "besluit van UWV"
    case .intern: "gegevens in de casus, geen eigen document"
    }
  }

  /// Whether the tool may render the document for signing (a draft or a form); for the other roles
  /// only an original counts.
  public var mayRenderDraft: Bool { self == .gezamenlijk || self == .werknemer || self == .werkgever }
}

extension CaseDocumentKind {
  /// The role of a document of this kind.
  public var role: DocumentRole {
    switch self {
    case .probleemanalyse, .bijstellingProbleemanalyse, .actueelOordeel, .arbeidsdeskundigOnderzoek,
      .tweedeSpoorRapportage, .deskundigenoordeel:
      .deskundige
    case .planVanAanpak, .bijstellingPlanVanAanpak, .evaluatie, .eerstejaarsevaluatie, .eindevaluatie:
      .gezamenlijk
    case .oordeelWerknemer: .werknemer
    case .spoor1: .werkgever
    case .tweedeSpoor: .intern
    }
  }

  /// Who must supply the original when it is missing (Dutch, for "vraag aan ...").
  public var supplier: String {
    switch self {
    case .probleemanalyse, .bijstellingProbleemanalyse, .actueelOordeel: "de bedrijfsarts (of arbodienst)"
    case .arbeidsdeskundigOnderzoek: "de arbeidsdeskundige"
    case .tweedeSpoorRapportage: "het re-integratiebureau"
    case .deskundigenoordeel: "UWV (het deskundigenoordeel zoals ontvangen)"
    case .planVanAanpak, .bijstellingPlanVanAanpak, .evaluatie, .eerstejaarsevaluatie, .eindevaluatie:
      "werkgever en werknemer (beiden ondertekenen)"
    case .oordeelWerknemer: "de werknemer"
    case .spoor1: "de werkgever"
    case .tweedeSpoor: "het re-integratiebureau"
    }
  }
}
