/// An event that only needs a date: the 42nd-week report, the RIV handed to the employee, the
/// WIA application.
public struct DatedEvent: Sendable, Equatable {
  /// When it happened.
  public var datum: CivilDate
}
