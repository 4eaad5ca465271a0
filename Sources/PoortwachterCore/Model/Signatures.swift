/// Signature dates of both parties (`ondertekend: { werkgever, werknemer }`).
public struct Signatures: Sendable, Equatable {
  /// Date the employer signed.
  public var werkgever: CivilDate?
  /// Date the employee signed.
  public var werknemer: CivilDate?
  /// Whether both parties signed.
  public var isComplete: Bool { werkgever != nil && werknemer != nil }
}
