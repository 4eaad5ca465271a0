/// The eerstejaarsevaluatie, held in weeks 46 to 52.
public struct Eerstejaarsevaluatie: Sendable, Equatable {
  /// Date.
  public var datum: CivilDate
  /// Author.
  public var opgesteldDoor: Person?
  /// Signatures of both parties.
  public var ondertekend: Signatures?
  /// Whether a tweede spoor is needed.
  public var tweedeSpoorNodig: Bool?
  /// Explanation.
  public var toelichting: String?
  /// Employer's view.
  public var visieWerkgever: String?
  /// Employee's view.
  public var visieWerknemer: String?
  /// The signed original (pdf, jpg or docx), relative to the case file; the UWV pack sends it
  /// instead of a generated version.
  public var origineel: String? = nil
}
