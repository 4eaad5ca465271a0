/// A check of the poortwachterstoets: a description plus the logic that finds violations.
///
/// Rules are values; the catalogue (``RuleCatalogue``) lists them explicitly.
public struct Rule: Sendable {
  /// What a rule's logic reports: a message and the case-file path it is about.
  public struct Violation: Sendable {
    /// Dutch message.
    public let message: String
    /// The path the finding points at (its position is looked up in the source map).
    public let path: String?

    /// Creates a violation.
    public init(_ message: String, at path: String?) {
      self.message = message
      self.path = path
    }
  }

  /// The rule's metadata.
  public let description: RuleDescription
  private let logic: @Sendable (RuleContext) -> [Violation]

  /// Creates a rule.
  public init(_ description: RuleDescription, check: @escaping @Sendable (RuleContext) -> [Violation]) {
    self.description = description
    self.logic = check
  }

  /// Runs the rule on one case.
  public func check(_ context: RuleContext) -> [Finding] {
    logic(context).map { violation in
      let path = violation.path.map(FieldPath.init)
      return Finding(
        ruleID: description.id, severity: description.severity, message: violation.message,
        bron: description.bron, location: path.flatMap { context.sourceMap.location(of: $0) }, path: path)
    }
  }
}
