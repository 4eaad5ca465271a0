import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Every rule's examples are its tests (SwiftLint's `RuleDescription` pattern), run by
/// ``RuleExampleHarness``; a failing example is reported at its own file and line.
@Suite struct RuleExampleTests {
  static let rules = RuleCatalogue.standard.map(\.description.id)

  @Test(arguments: rules)
  func examplesBehave(_ id: String) throws {
    let rule = try #require(RuleCatalogue.rule(id: id))
    for failure in RuleExampleHarness.failures(of: rule) {
      if let example = failure.example {
        Issue.record(
          Comment(rawValue: failure.description),
          sourceLocation: SourceLocation(
            fileID: example.fileID, filePath: example.filePath, line: example.line, column: example.column))
      } else {
        Issue.record(Comment(rawValue: failure.description))
      }
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
