extension CaseDocumentKind {
  /// Where the role of this kind of document (``role``, ``supplier``) comes from: the regulation
  /// that makes the document, and UWV's upload rule that wants an expert's report as the original
  /// and every document signed (`rules.md`, "The UWV upload", 2026-12-07). Listed in
  /// docs/uwv-pakket.md.
  public var roleSource: String {
    let rpe = "Regeling procesgang eerste en tweede ziektejaar (BWBR0013540)"
    let policy = "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen (BWBR0015184) art. 2"
    let upload =
      "UWV, uploaden re-integratieverslag: elk document ondertekend, rapporten van deskundigen als origineel"
    switch self {
    case .probleemanalyse, .bijstellingProbleemanalyse: return "\(rpe) art. 2; \(upload)"
    case .planVanAanpak, .bijstellingPlanVanAanpak: return "\(rpe) art. 4; \(policy)"
    case .evaluatie: return "\(rpe) art. 4; UWV Werkwijzer Poortwachter; \(upload)"
    case .eerstejaarsevaluatie: return "\(rpe) art. 4; \(policy)"
    case .arbeidsdeskundigOnderzoek, .tweedeSpoorRapportage: return "UWV Werkwijzer Poortwachter; \(upload)"
    case .deskundigenoordeel: return "art. 7:629a BW; \(upload)"
    case .actueelOordeel, .eindevaluatie: return "\(policy); \(upload)"
    case .oordeelWerknemer: return policy
    case .spoor1, .tweedeSpoor: return "UWV Werkwijzer Poortwachter"
    }
  }
}
