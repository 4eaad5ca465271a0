import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterKit

/// A kenmerk that names something in the output folder that is not a dossier never replaces it.
@Suite struct NothingButDossiersIsReplacedTests {
  @Test func aFolderOrFileWithTheKenmerksNameSurvives() throws {
    let root = try BatchTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let sample = try String(contentsOfFile: TestSupport.sampleCases + "/vz-2026-0301.yaml", encoding: .utf8)
    let other = try String(contentsOfFile: TestSupport.sampleCases + "/vz-2023-0412.yaml", encoding: .utf8)
    try sample.replacingOccurrences(of: "kenmerk: VZ-2026-0301", with: "kenmerk: bijlagen")
      .write(toFile: root + "/a.yaml", atomically: true, encoding: .utf8)
    try other.replacingOccurrences(of: "kenmerk: VZ-2023-0412", with: "kenmerk: b.yaml")
      .write(toFile: root + "/b.yaml", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(atPath: root + "/bijlagen", withIntermediateDirectories: true)
    try "origineel".write(toFile: root + "/bijlagen/scan.pdf", atomically: true, encoding: .utf8)
    let run = try TestSupport.run(["batch", root, "--out", root, "--as-of", "2026-11-22"])
    #expect(run.status == 1, "\(run.out)\(run.err)")
    #expect(run.err.contains("geen dossier van poortwachter"), "\(run.err)")
    #expect(try String(contentsOfFile: root + "/bijlagen/scan.pdf", encoding: .utf8) == "origineel")
    var isFolder: ObjCBool = true
    #expect(
      FileManager.default.fileExists(atPath: root + "/b.yaml", isDirectory: &isFolder) && !isFolder.boolValue)
    #expect(try String(contentsOfFile: root + "/b.yaml", encoding: .utf8).contains("kenmerk: b.yaml"))
  }
}
