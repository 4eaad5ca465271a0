import PoortwachterTestSupport
import Testing

@testable import PoortwachterKit

/// Every rule's examples are its tests (SwiftLint's `RuleDescription` pattern): triggering examples
/// must produce a finding of that rule (at each `↓`), non-triggering ones must not.
@Suite struct RuleExampleTests {
  static let rules = RuleCatalogue.standard.map(\.description.id)

  func findings(_ rule: Rule, _ example: RuleExample) -> [Finding]? {
    guard let loaded = TestSupport.loaded(example.caseText) else {
      let problems = TestSupport.diagnostics(example.caseText).map(\.formatted).joined(separator: "; ")
      Issue.record("example at \(example.file):\(example.line) does not load: \(problems)")
      return nil
    }
    return RuleEngine(rules: [rule]).evaluate(loaded, peildatum: example.peildatum).findings
  }

  @Test(arguments: rules)
  func triggeringExamplesTrigger(_ id: String) throws {
    let rule = try #require(RuleCatalogue.rule(id: id))
    #expect(!rule.description.triggeringExamples.isEmpty, "\(id) has no triggering example")
    for example in rule.description.triggeringExamples {
      guard let found = findings(rule, example) else { continue }
      #expect(!found.isEmpty, "\(id): example at \(example.file):\(example.line) did not trigger")
      let marked = example.markedLocations
      if !marked.isEmpty {
        #expect(
          Set(found.compactMap(\.location)) == Set(marked),
          "\(id): example at \(example.file):\(example.line) points at \(found.map { "\($0.location.map(String.init(describing:)) ?? "-")" })"
        )
      }
      #expect(
        found.allSatisfy { $0.severity == rule.description.severity && $0.bron == rule.description.bron })
    }
  }

  @Test(arguments: rules)
  func nonTriggeringExamplesStayQuiet(_ id: String) throws {
    let rule = try #require(RuleCatalogue.rule(id: id))
    #expect(!rule.description.nonTriggeringExamples.isEmpty, "\(id) has no non-triggering example")
    for example in rule.description.nonTriggeringExamples {
      guard let found = findings(rule, example) else { continue }
      #expect(
        found.isEmpty, "\(id): example at \(example.file):\(example.line) triggered: \(found.map(\.message))")
    }
  }

  @Test func catalogueIdsAreUniqueStableAndSourced() {
    let ids = Self.rules
    #expect(Set(ids).count == ids.count)
    for rule in RuleCatalogue.standard {
      let id = rule.description.id
      #expect(id.hasPrefix("wvp."), "\(id)")
      #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "." || $0 == "-" }, "\(id)")
      #expect(!rule.description.bron.isEmpty && !rule.description.rationale.isEmpty, "\(id)")
    }
    #expect(ids.contains("wvp.plan-van-aanpak.te-laat"))
  }
}
