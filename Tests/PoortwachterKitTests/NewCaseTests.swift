import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterWorkspace

/// The `nieuw` flow as the web form uses it: facts checked per fact, never an existing file or kenmerk.
@Suite struct NewCaseTests {
  private func folder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-newcase-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func aNewCaseIsWrittenAndReadsBack() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let request = NewCase(
      kenmerk: "VZ-2026-0500", naam: "A. Jansen", eersteZiektedag: "2026-11-02", bsn: "123456782",
      werkgever: "Bakker B.V.")
    #expect(request.create(in: folder, schemaReference: nil) == .created(folder + "/vz-2026-0500.yaml"))
    let loaded = try #require(TestSupport.loaded(path: folder + "/vz-2026-0500.yaml"))
    #expect(loaded.caseFile.kenmerk == "VZ-2026-0500" && loaded.caseFile.werknemer.naam == "A. Jansen")
    // The edit form opens it: the facts are in their fields.
    let form = try CaseFormEditor().form(folder + "/vz-2026-0500.yaml").get()
    #expect(
      form.section("verzuim")?.fields.first { $0.name == "verzuim.eerste_ziektedag" }?.value == "2026-11-02")
  }

  @Test func everyFactThatDoesNotFitIsNamed() {
    let problems = NewCase(kenmerk: "../x", naam: " ", eersteZiektedag: "2026-02-30", bsn: "123456789")
      .problems()
    #expect(problems.map(\.fact) == [.kenmerk, .naam, .eersteZiektedag, .bsn])
    #expect(problems.allSatisfy { !$0.message.contains("--") })
    #expect(!problems.contains { $0.message.contains("123456789") }, "the BSN is masked")
  }

  @Test func anExistingFileOrKenmerkIsNeverOverwritten() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let first = NewCase(kenmerk: "VZ-2026-0501", naam: "A", eersteZiektedag: "2026-11-02")
    #expect(first.create(in: folder, schemaReference: nil) == .created(folder + "/vz-2026-0501.yaml"))
    let written = try String(contentsOfFile: folder + "/vz-2026-0501.yaml", encoding: .utf8)
    // The same kenmerk in other capitals names the same file.
    let again = NewCase(kenmerk: "vz-2026-0501", naam: "B", eersteZiektedag: "2026-11-03")
    guard case .refused(let problems) = again.create(in: folder, schemaReference: nil) else {
      Issue.record("not refused")
      return
    }
    #expect(problems.map(\.fact) == [.kenmerk])
    #expect(
      problems.first?.message.contains("bestaat al; poortwachter overschrijft geen casusbestand") == true)
    #expect(try String(contentsOfFile: folder + "/vz-2026-0501.yaml", encoding: .utf8) == written)
    // A file under another name with that kenmerk counts too.
    try FileManager.default.moveItem(atPath: folder + "/vz-2026-0501.yaml", toPath: folder + "/anna.yaml")
    guard case .refused(let moved) = first.create(in: folder, schemaReference: nil) else {
      Issue.record("not refused")
      return
    }
    #expect(moved.first?.message.contains("anna.yaml") == true)
    #expect(!FileManager.default.fileExists(atPath: folder + "/vz-2026-0501.yaml"))
  }
}
