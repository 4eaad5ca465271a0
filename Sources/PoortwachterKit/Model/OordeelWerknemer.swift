/// The employee's own view of the re-integration (oordeel van de werknemer).
public struct OordeelWerknemer: Sendable, Equatable {
  /// Date.
  public var datum: CivilDate
  /// Text.
  public var tekst: String?
}
