import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// `poortwachter nieuw`: a commented case file that reads back as it is, with its deadlines.
@Suite struct NewCaseFileTests {
  static let first = TestSupport.date("2026-11-02")

  @Test func theNewFileReadsBackWithEveryMilestoneOpen() throws {
    let text = try NewCaseFile(
      kenmerk: "VZ-2026-0412", naam: "A. \"Jansen\" \\ Zn.", eersteZiektedag: Self.first,
      bsn: BSN("123456782"),
      werkgever: "Bakker & Zn. B.V.", schemaReference: "../schema/poortwachter-1.schema.json"
    ).text().get()
    #expect(text.hasPrefix("# yaml-language-server: $schema=../schema/poortwachter-1.schema.json\n"))
    #expect(TestSupport.diagnostics(text).isEmpty, "\(TestSupport.diagnostics(text).map(\.formatted))")
    let loaded = try #require(TestSupport.loaded(text))
    #expect(loaded.caseFile.werknemer.naam == "A. \"Jansen\" \\ Zn.")
    #expect(loaded.caseFile.werkgever?.naam == "Bakker & Zn. B.V.")
    let timeline = Timeline(caseFile: loaded.caseFile, peildatum: Self.first)
    #expect(timeline.milestones.allSatisfy { $0.status == .open })
    // Every deadline is already written in a comment, in the order of the timeline.
    var position = text.startIndex
    for row in timeline.milestones {
      let line = "uiterlijk \(DutchDate.short(row.uiterlijk)) ("
      let found = try #require(text.range(of: line, range: position..<text.endIndex), "\(row.id)")
      position = found.upperBound
    }
    #expect(text.contains("# probleemanalyse uiterlijk 13-12-2026 (laatste dag van week 6)"))
  }

  @Test func aNameWithALineBreakOrTabReadsBackExactly() throws {
    // A double-quoted scalar folds a raw line break into a space: it must be written as `\n`.
    let text = try NewCaseFile(
      kenmerk: "VZ-2026-0412", naam: "A. Jansen\nde Tweede", eersteZiektedag: Self.first,
      werkgever: "Bakker\tZn."
    ).text().get()
    let loaded = try #require(TestSupport.loaded(text))
    #expect(loaded.caseFile.werknemer.naam == "A. Jansen\nde Tweede")
    #expect(loaded.caseFile.werkgever?.naam == "Bakker\tZn.")
  }

  @Test func theCommandWritesOnceAndNeverOverwrites() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-nieuw-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let arguments = [
      "nieuw", "--kenmerk", "VZ-2026-0412", "--naam", "A. Jansen", "--eerste-ziektedag", "2026-11-02",
      "--out",
      folder.path,
    ]
    let first = try TestSupport.run(arguments)
    #expect(first.status == 0, "\(first.err)")
    let path = folder.appendingPathComponent("vz-2026-0412.yaml").path
    let written = try String(contentsOfFile: path, encoding: .utf8)
    let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?
      .intValue
    #expect(mode == 0o600)
    let check = try TestSupport.run(["check", path, "--as-of", "2026-11-30", "--format", "json"])
    #expect(check.status == 0, "a new case in week 5 is in order: \(check.out)")
    #expect(check.out.contains("\"status\":\"open\""))
    let again = try TestSupport.run(arguments + ["--werkgever", "Ander B.V."])
    #expect(again.status == 64)
    #expect(again.err.contains("bestaat al; poortwachter overschrijft geen casusbestand"))
    #expect(try String(contentsOfFile: path, encoding: .utf8) == written)
    let ancient = try TestSupport.run([
      "nieuw", "--kenmerk", "VZ-1800", "--naam", "A", "--eerste-ziektedag", "1800-01-01", "--out",
      folder.path,
    ])
    #expect(ancient.status == 64)
    #expect(ancient.err.contains("ligt buiten de jaren 1900 tot en met 2199"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("vz-1800.yaml").path))
    let wrong = try TestSupport.run([
      "nieuw", "--kenmerk", "-rf", "--naam", "A", "--eerste-ziektedag", "2026-02-30", "--out", folder.path,
    ])
    #expect(wrong.status == 64)
  }

  /// `nieuw` is the same step as the web app's Nieuwe-casus form: a case file in the folder with
  /// the same kenmerk under another name stops it too, naming that file.
  @Test func theCommandRefusesAKenmerkThatIsAlreadyInTheFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-nieuw-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let arguments = [
      "nieuw", "--kenmerk", "VZ-2026-0412", "--naam", "A. Jansen", "--eerste-ziektedag", "2026-11-02",
      "--out", folder.path,
    ]
    #expect(try TestSupport.run(arguments).status == 0)
    let anna = folder.appendingPathComponent("anna.yaml").path
    try FileManager.default.moveItem(
      atPath: folder.appendingPathComponent("vz-2026-0412.yaml").path, toPath: anna)
    let again = try TestSupport.run(arguments)
    #expect(again.status == 64)
    #expect(again.err.contains("kenmerk 'VZ-2026-0412' bestaat al in \(anna)"), "\(again.err)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["anna.yaml"])
  }
}
