/// The employee's own view of the re-integration (oordeel van de werknemer).
public struct OordeelWerknemer: Sendable, Equatable {
  /// Date.
  public var datum: CivilDate
  /// Text.
  public var tekst: String?
  /// The signed original (pdf, jpg or docx), relative to the case file; the UWV pack sends it
  /// instead of a generated version.
  public var origineel: String? = nil
}
