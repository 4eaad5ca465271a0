/// A loonsanctie of UWV (art. 25 lid 9 WIA): the waiting period extended, with UWV's reasons, the
/// employer's repair and the request to shorten it (art. 25 lid 12-15 WIA).
public struct Loonsanctie: Sendable, Equatable {
  /// Date of UWV's decision.
  public var besluitOp: CivilDate?
  /// Length in weeks.
  public var weken: Int
  /// UWV's reasons, as the decision gives them.
  public var redenen: [String] = []
  /// How the employer repairs the shortfall.
  public var herstelplan: String? = nil
  /// When the employer asked UWV to shorten the sanction (bekortingsverzoek).
  public var bekortingsverzoekOp: CivilDate? = nil
  /// UWV's decision letter as received (pdf or jpg), relative to the case file; it goes with the
  /// bekortingsverzoek.
  public var origineel: String? = nil

  /// Creates a loonsanctie.
  public init(
    besluitOp: CivilDate? = nil, weken: Int, redenen: [String] = [], herstelplan: String? = nil,
    bekortingsverzoekOp: CivilDate? = nil
  ) {
    self.besluitOp = besluitOp
    self.weken = weken
    self.redenen = redenen
    self.herstelplan = herstelplan
    self.bekortingsverzoekOp = bekortingsverzoekOp
  }
}
