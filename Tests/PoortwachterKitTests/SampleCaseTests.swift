import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The sample cases double as end-to-end fixtures.
@Suite struct SampleCaseTests {
  static let files = TestSupport.sampleFiles()

  @Test func thereAreAtLeastEightSamples() { #expect(Self.files.count >= 8) }

  @Test(arguments: files)
  func sampleParses(_ file: String) {
    if case .failed(_, let diagnostics) = TestSupport.loader().load(path: file) {
      Issue.record("\(diagnostics.map(\.formatted))")
    }
  }

  func evaluate(_ name: String, peildatum: String = "2026-11-22") throws -> CaseEvaluation {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/" + name))
    return RuleEngine().evaluate(loaded, peildatum: TestSupport.date(peildatum))
  }

  @Test func cleanTwoYearCaseHasNoErrorsOrWarnings() throws {
    let evaluation = try evaluate("vz-2023-0412.yaml")
    #expect(
      evaluation.findings.filter { $0.severity != .info }.isEmpty, "\(evaluation.findings.map(\.message))")
    #expect(evaluation.timeline.milestones.prefix(9).allSatisfy { $0.status == .opTijd })
  }

  @Test func lateCaseHasTheExpectedFindings() throws {
    let ids = Set(try evaluate("vz-2025-0142.yaml").findings.map(\.ruleID))
    #expect(
      ids.isSuperset(of: [
        "wvp.probleemanalyse.te-laat", "wvp.plan-van-aanpak.te-laat", "wvp.evaluaties.interval",
        "wvp.melding-42e-week.te-laat", "wvp.privacy.medische-gegevens",
      ]))
  }

  @Test func interruptionShiftsTheDeadlines() throws {
    let evaluation = try evaluate("vz-2024-0117.yaml")
    #expect(evaluation.timeline.calendar.totalGapDays == 17)
    #expect(evaluation.timeline[.eindeWachttijd]?.uiterlijk.description == "2026-01-21")
  }

  @Test func ziekUitDienstMovesTheEindevaluatieToTheLastDay() throws {
    let evaluation = try evaluate("vz-2025-0311.yaml")
    #expect(evaluation.timeline[.eindevaluatie]?.uiterlijk.description == "2025-12-31")
    #expect(evaluation.timeline[.melding42eWeek]?.status == .nietVanToepassing)
  }
}
