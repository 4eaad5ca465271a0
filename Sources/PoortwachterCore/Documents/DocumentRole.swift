/// Who makes a document of the re-integratieverslag, who signs or supplies it, and what of it may
/// go to UWV: the table of the revised rules ("The UWV upload: what may be generated, what must be
/// an original", 2026-12-07). The UWV pack, its to-do list and the documentation read it from here.
public struct DocumentRole: Sendable, Equatable {
  /// What the employer's tool may do with a document of this kind.
  public enum Kind: String, Sendable, CaseIterable {
    /// Written by an expert (bedrijfsarts, arbeidsdeskundige, re-integratiebureau, UWV): only the
    /// expert's original goes to UWV; the tool never puts its own rendering in the upload set.
    case deskundige
    /// Drawn up and signed by employer and employee: the tool renders a draft "Concept ter
    /// ondertekening"; only the signed original goes to UWV.
    case gezamenlijk
    /// The employee's own document: the tool renders a form for the employee to fill in and sign.
    case werknemer
    /// Not a document of its own in the upload (recorded in other documents).
    case geen
  }

  /// The document kind.
  public let document: CaseDocumentKind
  /// The role.
  public let kind: Kind
  /// Who signs or supplies the original, as a Dutch phrase that fits "te leveren door ..." or
  /// "te ondertekenen door ...".
  public let levert: String
  /// The source of the role.
  public let bron: String

  /// The role of `kind`.
  public static func of(_ kind: CaseDocumentKind) -> DocumentRole {
    table.first { $0.document == kind } ?? DocumentRole(document: kind, kind: .geen, levert: "", bron: "")
  }

  private static let uploadRule =
    "UWV, uploaden re-integratieverslag: elk document ondertekend, rapporten van deskundigen als origineel"
  private static let policy =
    "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2"

  /// The table, in the order of the re-integratieverslag.
  public static let table: [DocumentRole] = [
    DocumentRole(
      document: .probleemanalyse, kind: .deskundige, levert: "de bedrijfsarts of arbodienst",
      bron: "Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 2; \(uploadRule)"),
    DocumentRole(
      document: .bijstellingProbleemanalyse, kind: .deskundige, levert: "de bedrijfsarts of arbodienst",
      bron: "Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 2; \(uploadRule)"),
    DocumentRole(
      document: .planVanAanpak, kind: .gezamenlijk, levert: "de werkgever en de werknemer",
      bron: "Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 4; \(policy)"),
    DocumentRole(
      document: .bijstellingPlanVanAanpak, kind: .gezamenlijk, levert: "de werkgever en de werknemer",
      bron: "Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 4; \(policy)"),
    DocumentRole(
      document: .evaluatie, kind: .gezamenlijk, levert: "de werkgever en de werknemer",
      bron: "Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 4; UWV; \(uploadRule)"),
    DocumentRole(
      document: .arbeidsdeskundigOnderzoek, kind: .deskundige, levert: "de arbeidsdeskundige",
      bron: "UWV Werkwijzer Poortwachter; \(uploadRule)"),
    DocumentRole(
      document: .eerstejaarsevaluatie, kind: .gezamenlijk, levert: "de werkgever en de werknemer",
      bron: "Regeling procesgang eerste en tweede ziektejaar (BWBR0013540) art. 4; UWV; \(policy)"),
    DocumentRole(document: .tweedeSpoor, kind: .geen, levert: "", bron: "UWV Werkwijzer Poortwachter"),
    DocumentRole(
      document: .tweedeSpoorRapportage, kind: .deskundige, levert: "het re-integratiebureau",
      bron: "UWV Werkwijzer Poortwachter; \(uploadRule)"),
    DocumentRole(
      document: .deskundigenoordeel, kind: .deskundige, levert: "UWV (de brief met het deskundigenoordeel)",
      bron: "art. 7:629a BW; \(uploadRule)"),
    DocumentRole(
      document: .actueelOordeel, kind: .deskundige, levert: "de bedrijfsarts of arbodienst",
      bron: "\(policy); \(uploadRule)"),
    DocumentRole(
      document: .eindevaluatie, kind: .gezamenlijk, levert: "de werkgever en de werknemer",
      bron: "\(policy); \(uploadRule)"),
    DocumentRole(
      document: .oordeelWerknemer, kind: .werknemer, levert: "de werknemer", bron: policy),
    DocumentRole(document: .spoor1, kind: .geen, levert: "", bron: "UWV Werkwijzer Poortwachter"),
  ]
}
