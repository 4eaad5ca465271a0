/// An event that only needs a date: the 42nd-week report, the RIV handed to the employee, the
/// WIA application.
public struct DatedEvent: Sendable, Equatable {
  /// When it happened.
  public var datum: CivilDate
  /// Why the document was late, when it was (shown in the control report only, never in the RIV
  /// text for people).
  public var redenTeLaat: String? = nil
}
