/// A periodic evaluation of the plan van aanpak (at least every six weeks).
public struct Evaluatie: Sendable, Equatable {
  /// Date.
  public var datum: CivilDate
  /// Author.
  public var opgesteldDoor: Person?
  /// Report.
  public var verslag: String?
}
