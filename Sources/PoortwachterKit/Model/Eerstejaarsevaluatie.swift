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
}
