import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Kenmerken that differ only in case name one folder on macOS and a Windows share: a batch
/// refuses them as a duplicate kenmerk (issue #19, item 15; they became two folders).
@Suite struct KenmerkCaseTests {
  @Test func kenmerkenThatDifferOnlyInCaseAreDuplicates() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pw-case-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: root + "/in", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let text = try String(contentsOfFile: TestSupport.sampleCases + "/vz-2024-0117.yaml", encoding: .utf8)
    try text.replacingOccurrences(of: "kenmerk: VZ-2024-0117", with: "kenmerk: VZ-CASE-1")
      .write(toFile: root + "/in/a.yaml", atomically: true, encoding: .utf8)
    try text.replacingOccurrences(of: "kenmerk: VZ-2024-0117", with: "kenmerk: vz-case-1")
      .write(toFile: root + "/in/b.yaml", atomically: true, encoding: .utf8)
    let files = [root + "/in/a.yaml", root + "/in/b.yaml"]
    let found = KenmerkPreScan.duplicates(in: files)
    #expect(found == ["VZ-CASE-1": files, "vz-case-1": files])
    let run = try TestSupport.run(["batch", root + "/in", "--out", root + "/uit", "--as-of", "2024-03-01"])
    #expect(run.status == 1, "\(run.err)")
    #expect(run.err.contains("kenmerk 'VZ-CASE-1' staat in 2 bestanden"), "\(run.err)")
    #expect(run.err.contains("kenmerk 'vz-case-1' staat in 2 bestanden"), "\(run.err)")
    let folders = try FileManager.default.contentsOfDirectory(atPath: root + "/uit").filter {
      !$0.hasPrefix(".") && !$0.contains(".")
    }
    #expect(folders.isEmpty, "\(folders)")
  }

  /// A kenmerk the pre-scan did not see (after a long comment) is still claimed case-insensitively.
  @Test func claimsIgnoreCase() async {
    let claims = KenmerkClaims(files: ["a.yaml", "b.yaml", "c.yaml"])
    claims.register(0, kenmerk: "VZ-1")
    claims.register(1, kenmerk: "vz-1")
    claims.register(2, kenmerk: "VZ-2")
    #expect(await claims.earlier(than: 1) == "a.yaml")
    #expect(await claims.earlier(than: 2) == nil)
  }
}
