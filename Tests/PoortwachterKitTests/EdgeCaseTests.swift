import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Edge cases found in review: each test pins a behaviour that once went wrong.
@Suite(.serialized) struct EdgeCaseTests {
  static let head = "formaat: poortwachter/1\nkenmerk: VZ-1\nwerknemer: { naam: J. Jansen }\n"

  func timeline(_ yaml: String, peildatum: String) throws -> CaseEvaluation {
    let loaded = try #require(TestSupport.loaded(yaml), "\(TestSupport.diagnostics(yaml).map(\.formatted))")
    return RuleEngine().evaluate(loaded, peildatum: TestSupport.date(peildatum))
  }

  @Test func hugeWeekCountIsAnErrorNotACrash() {
    let found = TestSupport.diagnostics(
      Self.head + "verzuim: { eerste_ziektedag: 2024-01-08, loonsanctie: { weken: 1e20 } }\n")
    #expect(found.first?.code == "invoer.waarde")
  }

  @Test func datesOutsideThePlausibleRangeAreRejected() {
    let found = TestSupport.diagnostics(Self.head + "verzuim: { eerste_ziektedag: 9999-12-31 }\n")
    #expect(found.first?.message.contains("buiten de jaren 1900 tot en met 2199") == true)
  }

  @Test func reservedAndTraversingKenmerkenAreRejected() {
    for kenmerk in ["index.html", "..", "../slachtoffer"] {
      let found = TestSupport.diagnostics(
        "formaat: poortwachter/1\nkenmerk: \"\(kenmerk)\"\nwerknemer: { naam: J }\nverzuim: { eerste_ziektedag: 2024-01-08 }\n"
      )
      #expect(found.first?.code == "invoer.kenmerk", "\(kenmerk)")
    }
  }

  @Test func bsnWrittenWithSeparatorsIsMaskedInTheSourceLine() {
    let found = TestSupport.diagnostics(
      "formaat: poortwachter/1\nkenmerk: X\nwerknemer: { naam: J, bsn: \"1234.56.782\" }\nverzuim: { eerste_ziektedag: 2024-01-08 }\n"
    )
    #expect(found.first?.code == "invoer.bsn")
    #expect(found.allSatisfy { !($0.sourceLine ?? "").contains("1234") && !$0.message.contains("1234") })
  }

  @Test func leavingWhileSickThenRecoveringKeepsTheRivDueOnTheLastDay() throws {
    let evaluation = try timeline(
      "formaat: poortwachter/1\nkenmerk: X\nwerknemer: { naam: J, uit_dienst: 2024-06-30 }\n"
        + "verzuim: { eerste_ziektedag: 2024-01-08, volledig_hersteld_op: 2024-09-01 }\n",
      peildatum: "2024-10-01")
    #expect(evaluation.timeline[.eindevaluatie]?.uiterlijk.description == "2024-06-30")
    #expect(evaluation.timeline[.eindevaluatie]?.status == .verlopen)
    #expect(evaluation.timeline[.actueelOordeel]?.uiterlijk.description == "2024-06-30")
  }

  @Test func ziekUitDienstCountsTheLastWorkingDay() {
    func variant(_ last: String) -> ZiekUitDienst.Variant? {
      let yaml =
        "formaat: poortwachter/1\nkenmerk: X\nwerknemer: { naam: J, uit_dienst: \(last) }\n"
        + "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
      guard let loaded = TestSupport.loaded(yaml) else { return nil }
      return ZiekUitDienst(
        caseFile: loaded.caseFile, calendar: SickDayCalendar(absence: loaded.caseFile.verzuim)
      )
      .variant
    }
    #expect(variant("2024-02-17") == .geen)  // 41 days employed while sick
    #expect(variant("2024-02-18") == .verkort)  // last day of week 6: 42 days
    #expect(variant("2024-03-16") == .verkort)  // 69 days
    #expect(variant("2024-03-17") == .volledig)  // last day of week 10: 70 days
  }

  @Test func documentsOfAnEarlierWaitingPeriodDoNotCount() throws {
    let evaluation = try timeline(
      Self.head + "verzuim:\n  eerste_ziektedag: 2024-01-08\n"
        + "  onderbrekingen: [ { hersteld_op: 2024-03-10, weer_ziek_op: 2024-05-01 } ]\n"
        + "probleemanalyse: { datum: 2024-01-20 }\nplan_van_aanpak: { datum: 2024-02-01 }\n"
        + "evaluaties: [ { datum: 2024-03-01 }, { datum: 2024-05-10 } ]\n", peildatum: "2024-05-20")
    #expect(evaluation.timeline[.probleemanalyse]?.gedaan == nil)
    #expect(evaluation.timeline[.probleemanalyse]?.status == .open)
    #expect(!evaluation.findings.contains { $0.ruleID.hasPrefix("wvp.evaluaties") })
  }

  @Test func verlengingMovesTheTableAndTheFindingsAlike() throws {
    let evaluation = try timeline(
      Self.head + "verzuim: { eerste_ziektedag: 2024-01-08, verlengingen: [ { weken: 26 } ] }\n",
      peildatum: "2025-11-01")
    // Week 93 ends 2025-10-19; 26 weeks later is 2026-04-19.
    #expect(evaluation.timeline[.wiaAanvraag]?.uiterlijk.description == "2026-04-19")
    #expect(evaluation.timeline[.wiaAanvraag]?.status == .open)
    #expect(evaluation.timeline[.eindevaluatie]?.uiterlijk.description == "2026-04-05")
    #expect(!evaluation.findings.contains { $0.ruleID == "wvp.wia-aanvraag.ontbreekt" })
    let later = try timeline(
      Self.head + "verzuim: { eerste_ziektedag: 2024-01-08, verlengingen: [ { weken: 26 } ] }\n",
      peildatum: "2026-04-20")
    #expect(later.timeline[.wiaAanvraag]?.status == .verlopen)
    #expect(
      later.findings.contains {
        $0.ruleID == "wvp.wia-aanvraag.ontbreekt" && $0.message.contains("19 april 2026")
          && $0.message.contains("+ 26 weken vrijwillige verlenging")
      })
    let item = AgendaItem.items(from: [evaluation], days: 400).first { $0.kind == .milestone(.wiaAanvraag) }
    #expect(item?.deadline.description == "2026-04-19")
  }

  @Test func customerComplaintsAreNotMedical() {
    #expect(MedicalTermScanner.standard.matches(in: "Afhandeling van klantklachten in de operatie.").isEmpty)
    #expect(!MedicalTermScanner.standard.matches(in: "Na de knieoperatie kan hij niet knielen.").isEmpty)
  }

  @Test func batchNeverDeletesOutsideItsOutputFolder() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pw-edge-\(UUID().uuidString)")
      .path
    let victim = root + "/slachtoffer"
    try FileManager.default.createDirectory(atPath: victim, withIntermediateDirectories: true)
    try "x".write(toFile: victim + "/bestand", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
    for name in ["a", "b"] {
      try
        "formaat: poortwachter/1\nkenmerk: ../slachtoffer\nwerknemer: { naam: J }\nverzuim: { eerste_ziektedag: 2024-01-08 }\n"
        .write(toFile: root + "/in/\(name).yaml", atomically: true, encoding: .utf8)
    }
    let run = try TestSupport.run(["batch", root + "/in", "--out", root + "/uit", "--as-of", "2024-03-01"])
    #expect(run.status == 65, "an invalid kenmerk is an input error")
    #expect(FileManager.default.fileExists(atPath: victim + "/bestand"))
  }

  @Test func duplicatesWithWindowsLineEndingsAreStillDuplicates() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pw-edge-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
    let text = try String(contentsOfFile: TestSupport.sampleCases + "/vz-2024-0117.yaml", encoding: .utf8)
    try text.write(toFile: root + "/in/a.yaml", atomically: true, encoding: .utf8)
    try text.replacingOccurrences(of: "\n", with: "\r\n").write(
      toFile: root + "/in/b.yaml", atomically: true, encoding: .utf8)
    #expect(
      KenmerkPreScan.duplicates(in: [root + "/in/a.yaml", root + "/in/b.yaml"])["VZ-2024-0117"]?.count == 2)
  }

  @Test func agendaRejectsAnAbsurdWindow() throws {
    #expect(try TestSupport.run(["agenda", "SampleCases", "--dagen", "9223372036854775807"]).status == 64)
  }
}
