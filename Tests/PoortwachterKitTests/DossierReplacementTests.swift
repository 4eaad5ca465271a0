import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Replacing a dossier: a kenmerk that names something in the output folder that is not a dossier
/// never replaces it, and a dossier written without a UWV pack keeps the pack the folder had.
@Suite(.serialized) struct DossierReplacementTests {
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

  @Test func aBatchWithoutPakketKeepsTheExistingUwvFolder() throws {
    let out = try BatchTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let writer = DossierWriter(outputFolder: out, force: true)
    let base = [
      DossierFile(path: "riv.html", bytes: Array("a".utf8)),
      DossierFile(path: "controle.html", bytes: Array("b".utf8)),
      DossierFile(path: "riv.xml", bytes: Array("c".utf8)),
    ]
    let plan = DossierFile(path: "uwv/01-plan-van-aanpak-2024-02-22.pdf", bytes: Array("pdf".utf8))
    try writer.write(base + [plan], kenmerk: "K")
    try writer.write(
      [DossierFile(path: "riv.html", bytes: Array("nieuw".utf8))] + base.dropFirst(), kenmerk: "K")
    #expect(try String(contentsOfFile: out + "/K/riv.html", encoding: .utf8) == "nieuw")
    #expect(
      try String(contentsOfFile: out + "/K/uwv/01-plan-van-aanpak-2024-02-22.pdf", encoding: .utf8) == "pdf")
    let evaluation = DossierFile(path: "uwv/02-eindevaluatie-2025-09-01.pdf", bytes: Array("ev".utf8))
    try writer.write(base + [evaluation], kenmerk: "K")
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: out + "/K/uwv") == [
        "02-eindevaluatie-2025-09-01.pdf"
      ])
    #expect(try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix(".K") }.isEmpty)
  }

  @Test func aSecondBatchLeavesNoOldDossiersBehind() throws {
    let out = try BatchTests.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    for _ in 0..<2 {
      let run = try TestSupport.run(["batch", TestSupport.sampleCases, "--out", out, "--as-of", "2026-11-22"])
      #expect(run.status == 1, "\(run.err)")
    }
    let hidden = try FileManager.default.contentsOfDirectory(atPath: out).filter { $0.hasPrefix(".") }
    #expect(hidden == [".poortwachter.lock"], "\(hidden)")
  }
}
