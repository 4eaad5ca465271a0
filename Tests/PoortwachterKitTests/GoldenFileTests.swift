import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The rendered documents of the richest sample case, compared byte for byte with golden files.
/// Re-record after an intended change: `RECORD_GOLDEN=1 swift test --filter GoldenFileTests`.
@Suite struct GoldenFileTests {
  @Test func richestSampleMatchesTheGoldenFiles() throws {
    // Loaded under its repository-relative name, so the golden files do not depend on where the
    // repository is checked out.
    let url = URL(fileURLWithPath: TestSupport.sampleCases + "/vz-2023-0412.yaml")
    let bytes = try [UInt8](Data(contentsOf: url))
    let result = TestSupport.loader().load(bytes: bytes, file: "SampleCases/vz-2023-0412.yaml", syntax: .yaml)
    guard case .loaded(let loaded) = result else {
      Issue.record("the golden sample does not load: \(result)")
      return
    }
    let evaluation = RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2026-11-22"))
    let documents = try RenderingTests.renderer().render(evaluation)
    try Golden.check("VZ-2023-0412.riv.html", documents.rivHTML)
    try Golden.check("VZ-2023-0412.controle.html", documents.controleHTML)
    try Golden.check("VZ-2023-0412.riv.xml", documents.rivXML)
  }

  /// What `check` prints for the samples: the table per case and the findings, as a person reads it.
  @Test func checkTextOutput() throws {
    let run = try TestSupport.run(["check", "SampleCases", "--as-of", "2026-11-22"])
    #expect(run.status == 1)
    try Golden.check("check.txt", run.out)
  }

  /// The JUnit report of a batch over the samples, as CI systems read it.
  @Test func junitReport() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("pw-golden-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: out) }
    let junit = out.path + "-junit.xml"
    defer { try? FileManager.default.removeItem(atPath: junit) }
    let run = try TestSupport.run([
      "batch", "SampleCases", "--out", out.path, "--as-of", "2026-11-22", "--report", "junit", junit,
    ])
    #expect(run.status == 1)
    try Golden.check("batch-junit.xml", try String(contentsOfFile: junit, encoding: .utf8))
  }

  /// The agenda as a calendar file for Outlook or Google Agenda.
  @Test func agendaCalendar() throws {
    let ics = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-golden-\(UUID().uuidString).ics")
    defer { try? FileManager.default.removeItem(at: ics) }
    let run = try TestSupport.run([
      "agenda", "SampleCases", "--as-of", "2026-11-22", "--dagen", "3650", "--ics", ics.path,
    ])
    #expect(run.status == 0)
    try Golden.check("agenda.ics", try String(contentsOf: ics, encoding: .utf8))
  }
}
