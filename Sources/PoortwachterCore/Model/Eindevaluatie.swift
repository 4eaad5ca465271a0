/// The eindevaluatie of the plan van aanpak, signed by both parties.
public struct Eindevaluatie: Sendable, Equatable {
  /// Date.
  public var datum: CivilDate
  /// Author.
  public var opgesteldDoor: Person?
  /// Signatures.
  public var ondertekend: Signatures?
  /// Explanation.
  public var toelichting: String?
  /// Employer's view.
  public var visieWerkgever: String?
  /// Employee's view.
  public var visieWerknemer: String?
  /// The signed original (pdf, jpg or docx), relative to the case file; the UWV pack sends it
  /// instead of a generated version.
  public var origineel: String? = nil
  /// Why the document was late, when it was (shown in the control report only, never in the RIV
  /// text for people).
  public var redenTeLaat: String? = nil
}
