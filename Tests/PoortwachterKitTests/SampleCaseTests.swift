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
      ids
        == Set([
          "wvp.probleemanalyse.te-laat", "wvp.plan-van-aanpak.te-laat", "wvp.evaluaties.interval",
          "wvp.melding-42e-week.te-laat", "wvp.privacy.medische-gegevens", "wvp.spoor-1.functieoverzicht",
          "wvp.plan-van-aanpak.afspraken",
        ]), "\(ids.sorted())")
  }

  /// Every finding of every sample on 2026-11-22 as `regel ernst regelnummer`, sorted: the exact
  /// list, so a finding that appears, disappears, changes severity or moves fails the test.
  static let expectedFindings: [String: [String]] = [
    "vz-2023-0274.yaml": [
      "wvp.actueel-oordeel.verouderd waarschuwing 374", "wvp.arbeidsdeskundig-advies.niet-opgevolgd fout 257",
      "wvp.eindevaluatie.tegenstrijdig fout 388", "wvp.loonsanctie.bekortingsverzoek info 45",
      "wvp.spoor-1.functieoverzicht waarschuwing 262",
      "wvp.tweede-spoor.onder-werkplan waarschuwing 361", "wvp.tweede-spoor.onder-werkplan waarschuwing 362",
      "wvp.tweede-spoor.orientatie-profiel waarschuwing 274", "wvp.tweede-spoor.rapportage info 307",
      "wvp.tweede-spoor.rapportage info 307", "wvp.tweede-spoor.te-laat fout 274",
      "wvp.tweede-spoor.zoekactiviteit waarschuwing 285", "wvp.wachttijd.verlengd info 45",
    ],
    "vz-2023-0412.yaml": [],
    "vz-2024-0059.yaml": [],
    "vz-2024-0117.yaml": [],
    "vz-2024-0163.yaml": [
      "wvp.toets.bevredigend-resultaat info 37", "wvp.tweede-spoor.onder-werkplan waarschuwing 348",
      "wvp.verlenging.oordeel-vernieuwen waarschuwing 360",
      "wvp.verlenging.oordeel-vernieuwen waarschuwing 377",
      "wvp.verlenging.oordeel-vernieuwen waarschuwing 391",
      "wvp.wachttijd.verlengd info 40",
    ],
    "vz-2024-0231.yaml": [],
    "vz-2024-0388.yaml": [],
    "vz-2025-0088.yaml": [
      "wvp.toets.bevredigend-resultaat info 39", "wvp.wachttijd.nieuwe-wachttijd info 34",
    ],
    "vz-2025-0142.yaml": [
      "wvp.evaluaties.interval waarschuwing 101", "wvp.melding-42e-week.te-laat waarschuwing 156",
      "wvp.plan-van-aanpak.afspraken waarschuwing 70", "wvp.plan-van-aanpak.te-laat fout 65",
      "wvp.privacy.medische-gegevens fout 103",
      "wvp.probleemanalyse.te-laat fout 43", "wvp.spoor-1.functieoverzicht waarschuwing 169",
    ],
    "vz-2025-0311.yaml": ["wvp.ziek-uit-dienst.variant info 21"],
    "vz-2025-0419.yaml": ["wvp.ziek-uit-dienst.variant info 21"],
    "vz-2026-0155.yaml": [],
    "vz-2026-0301.yaml": [],
  ]

  @Test(arguments: files)
  func sampleHasExactlyItsFindings(_ file: String) throws {
    let name = URL(fileURLWithPath: file).lastPathComponent
    let expected = try #require(Self.expectedFindings[name], "\(name) has no expected findings; add them")
    let found = try evaluate(name).findings.map {
      "\($0.ruleID) \($0.severity.rawValue) \($0.location.map { String($0.line) } ?? "-")"
    }
    #expect(found.sorted() == expected)
  }

  @Test func everySampleHasExpectedFindings() {
    #expect(
      Self.expectedFindings.keys.sorted()
        == Self.files.map { URL(fileURLWithPath: $0).lastPathComponent }.sorted())
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
