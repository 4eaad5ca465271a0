import PoortwachterCore
import PoortwachterOutput
import PoortwachterTestSupport
import PoortwachterWorkspace
import Testing

/// The harness that runs rule examples fails where it must: an unmarked triggering example, a
/// count of findings that differs from the ↓ markers, a marker in a non-triggering example, an
/// example that does not load; and it names the example's own place.
@Suite struct RuleExampleHarnessTests {
  static let sick = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
  static let marked = "verzuim: { eerste_ziektedag: ↓2024-01-08 }\n"

  /// A rule that finds one thing, at the first sick day, in every case.
  static func rule(triggering: [RuleExample], nonTriggering: [RuleExample]) -> Rule {
    Rule(
      RuleDescription(
        id: "test.altijd", title: "Altijd", severity: .info, bron: "test", rationale: "Een test.",
        triggering: triggering, nonTriggering: nonTriggering)
    ) { _ in [.init("altijd", at: "verzuim.eerste_ziektedag")] }
  }

  @Test func anExampleRecordsWhereItIsWritten() {
    let example = RuleExample(Self.sick, peildatum: "2024-03-01")
    #expect(example.line == #line - 1)
    #expect(example.filePath == #filePath && example.fileID == #fileID)
  }

  @Test func aMarkedTriggeringExamplePasses() {
    let rule = Self.rule(triggering: [.init(Self.marked, peildatum: "2024-03-01")], nonTriggering: [])
    #expect(RuleExampleHarness.failures(of: rule).map(\.message) == ["has no non-triggering example"])
  }

  @Test func aTriggeringExampleWithoutMarkersFailsAtItsOwnLine() throws {
    let unmarked = RuleExample(Self.sick, peildatum: "2024-03-01")
    let failures = RuleExampleHarness.failures(of: Self.rule(triggering: [unmarked], nonTriggering: []))
    let failure = try #require(failures.first { $0.example != nil })
    #expect(failure.example?.line == unmarked.line && failure.example?.filePath == #filePath)
    #expect(failure.message.contains("no ↓ marker"))
  }

  @Test func moreMarkersThanFindingsFail() {
    let twice = RuleExample(
      "verzuim: { eerste_ziektedag: ↓2024-01-08, melding_bedrijfsarts: ↓2024-01-09 }\n",
      peildatum: "2024-03-01")
    let failures = RuleExampleHarness.failures(of: Self.rule(triggering: [twice], nonTriggering: []))
    #expect(failures.contains { $0.message.hasPrefix("1 finding(s) at [\"4:30\"] but 2 ↓ marker(s)") })
  }

  @Test func aMarkerAtTheWrongPlaceFails() {
    let wrong = RuleExample("verzuim:\n  ↓eerste_ziektedag: 2024-01-08\n", peildatum: "2024-03-01")
    let failures = RuleExampleHarness.failures(of: Self.rule(triggering: [wrong], nonTriggering: []))
    #expect(
      failures.contains { $0.message.hasPrefix("findings point at [\"5:21\"], the ↓ markers at [5:3]") })
  }

  @Test func nonTriggeringExamplesMayNotTriggerNorCarryMarkers() {
    let rule = Self.rule(
      triggering: [.init(Self.marked, peildatum: "2024-03-01")],
      nonTriggering: [.init(Self.marked, peildatum: "2024-03-01")])
    let messages = RuleExampleHarness.failures(of: rule).map(\.message)
    #expect(messages.contains("non-triggering example has a ↓ marker"))
    #expect(messages.contains { $0.hasPrefix("triggered: ") })
  }

  @Test func anExampleThatDoesNotLoadFails() {
    let broken = RuleExample("verzuim: { eerste_ziektedag: ↓31-01-2024 }\n", peildatum: "2024-03-01")
    let failures = RuleExampleHarness.failures(of: Self.rule(triggering: [broken], nonTriggering: []))
    #expect(failures.contains { $0.example?.line == broken.line && $0.message.hasPrefix("does not load: ") })
  }

  @Test func anUnparsablePeildatumFailsAtItsOwnLine() {
    let triggering = RuleExample(Self.marked, peildatum: "01-03-2024")
    let nonTriggering = RuleExample(Self.sick, peildatum: "2024-02-30")
    let failures = RuleExampleHarness.failures(
      of: Self.rule(triggering: [triggering], nonTriggering: [nonTriggering]))
    #expect(
      failures.contains {
        $0.example?.line == triggering.line
          && $0.message == "peildatum '01-03-2024' is not a date YYYY-MM-DD"
      })
    #expect(
      failures.contains {
        $0.example?.line == nonTriggering.line
          && $0.message == "peildatum '2024-02-30' is not a date YYYY-MM-DD"
      })
  }
}
