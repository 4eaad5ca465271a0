/// A UWV deskundigenoordeel (expert opinion).
public struct Deskundigenoordeel: Sendable, Equatable {
  /// Date requested.
  public var aangevraagdOp: CivilDate?
  /// Date of the opinion.
  public var datum: CivilDate?
  /// Who asked for it.
  public var aanvrager: Aanvrager?
  /// The question put to UWV.
  public var vraag: String?
  /// UWV's opinion.
  public var oordeel: String?
  /// What was done with it.
  public var opvolging: String?
  /// The signed original (pdf, jpg or docx), relative to the case file; the UWV pack sends it
  /// instead of a generated version.
  public var origineel: String? = nil
}
