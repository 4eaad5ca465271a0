/// Something UWV would hold against the dossier, found by one rule.
public struct Finding: Sendable, Equatable {
  /// Stable rule id, e.g. `wvp.plan-van-aanpak.te-laat`.
  public let ruleID: String
  /// Severity.
  public let severity: Severity
  /// Dutch message: what is wrong and what to do.
  public let message: String
  /// Legal source.
  public let bron: String
  /// Where in the case file, if the finding points at a value.
  public let location: SourceLocation?
  /// The case-file path the finding is about.
  public let path: FieldPath?

  /// Creates a finding.
  public init(
    ruleID: String, severity: Severity, message: String, bron: String, location: SourceLocation?,
    path: FieldPath?
  ) {
    self.ruleID = ruleID
    self.severity = severity
    self.message = message
    self.bron = bron
    self.location = location
    self.path = path
  }
}
