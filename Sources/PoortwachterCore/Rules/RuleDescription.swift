/// Everything about a rule except its logic: the single source for the `regels` listing, the
/// reference page `docs/regels.md` and the example tests.
public struct RuleDescription: Sendable {
  /// Stable dotted kebab-case id.
  public let id: String
  /// Short Dutch title.
  public let title: String
  /// Severity of its findings.
  public let severity: Severity
  /// Legal source, as the `bron` of findings.
  public let bron: String
  /// Why the rule exists (Dutch, a sentence or two).
  public let rationale: String
  /// Examples that must trigger the rule.
  public let triggeringExamples: [RuleExample]
  /// Examples that must not trigger it.
  public let nonTriggeringExamples: [RuleExample]

  /// Creates a description.
  public init(
    id: String, title: String, severity: Severity, bron: String, rationale: String,
    triggering: [RuleExample], nonTriggering: [RuleExample]
  ) {
    self.id = id
    self.title = title
    self.severity = severity
    self.bron = bron
    self.rationale = rationale
    self.triggeringExamples = triggering
    self.nonTriggeringExamples = nonTriggering
  }
}
