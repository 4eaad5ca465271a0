import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// Runs a rule's examples as tests (SwiftLint's `RuleDescription` pattern) and says what is wrong
/// with each, so a test can report every failure at the example's own file and line.
///
/// Every example needs a peildatum that is a date. A triggering example must load, produce findings of the rule (its severity and bron) and mark
/// every finding with a `↓`: as many findings as markers, at exactly the marked places. A
/// non-triggering example must load, produce no finding and carry no marker. A rule needs at
/// least one example of each kind.
public enum RuleExampleHarness {
  /// Something wrong with one example (or, without an example, with the rule's list of examples).
  public struct Failure: Sendable, CustomStringConvertible {
    /// The rule.
    public let ruleID: String
    /// The example, or `nil` when the rule lacks examples of a kind.
    public let example: RuleExample?
    /// What is wrong.
    public let message: String

    /// `rule: message`.
    public var description: String { "\(ruleID): \(message)" }
  }

  /// Every failure of the examples of `rule`; empty when all pass.
  public static func failures(of rule: Rule) -> [Failure] {
    let description = rule.description
    var failures: [Failure] = []
    func fail(_ example: RuleExample?, _ message: String) {
      failures.append(Failure(ruleID: description.id, example: example, message: message))
    }
    if description.triggeringExamples.isEmpty { fail(nil, "has no triggering example") }
    if description.nonTriggeringExamples.isEmpty { fail(nil, "has no non-triggering example") }
    for example in description.triggeringExamples {
      guard let found = findings(rule, example, fail) else { continue }
      let marked = example.markedLocations.sorted()
      let locations = found.map { $0.location.map(String.init(describing:)) ?? "-" }
      if found.isEmpty {
        fail(example, "did not trigger")
      } else if marked.isEmpty {
        fail(example, "triggering example has no ↓ marker; mark where each finding points: \(locations)")
      } else if found.count != marked.count {
        fail(
          example, "\(found.count) finding(s) at \(locations) but \(marked.count) ↓ marker(s) at \(marked)")
      } else if found.compactMap(\.location).sorted() != marked {
        fail(example, "findings point at \(locations), the ↓ markers at \(marked)")
      }
      for finding in found where finding.severity != description.severity || finding.bron != description.bron
      {
        fail(
          example,
          "finding with severity \(finding.severity) and bron '\(finding.bron)' differs from the rule")
      }
    }
    for example in description.nonTriggeringExamples {
      if !example.markedLocations.isEmpty { fail(example, "non-triggering example has a ↓ marker") }
      guard let found = findings(rule, example, fail) else { continue }
      if !found.isEmpty { fail(example, "triggered: \(found.map(\.message))") }
    }
    return failures
  }

  /// The findings of `rule` alone on `example`; `nil` (and a failure) when its peildatum is not a
  /// date or the example does not load.
  private static func findings(
    _ rule: Rule, _ example: RuleExample, _ fail: (RuleExample?, String) -> Void
  ) -> [Finding]? {
    guard let peildatum = example.peildatum else {
      fail(example, "peildatum '\(example.peildatumText)' is not a date YYYY-MM-DD")
      return nil
    }
    guard let loaded = TestSupport.loaded(example.caseText) else {
      let problems = TestSupport.diagnostics(example.caseText).map(\.formatted).joined(separator: "; ")
      fail(example, "does not load: \(problems)")
      return nil
    }
    return RuleEngine(rules: [rule]).evaluate(loaded, peildatum: peildatum, originals: example.originals)
      .findings
  }
}
