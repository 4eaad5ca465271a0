import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// A symbolic link in the place of the lock file is refused in Dutch, saying what it is (issue #19,
/// item 9: it said `systeemfout 40: Too many levels of symbolic links`).
@Suite struct OutputLockLinkTests {
  @Test func aSymlinkedLockFileIsNamedAsSuch() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("pw-slot-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: out) }
    let lock = out + "/" + OutputLock.fileName
    #expect(symlink(out + "/elders", lock) == 0)
    let expected =
      "is een symbolische koppeling; het slotbestand van de uitvoermap moet een gewoon bestand zijn "
      + "(poortwachter volgt de koppeling niet): verwijder de koppeling"
    #expect(throws: PoortwachterError.io(path: lock, detail: expected)) {
      try OutputLock(folder: out, wait: false)
    }
    #expect(!FileManager.default.fileExists(atPath: out + "/elders"))
    let run = try TestSupport.run(["batch", TestSupport.sampleCases, "--out", out, "--as-of", "2026-11-22"])
    #expect(run.err.contains("\(lock): \(expected)"), "\(run.err)")
    #expect(!run.err.contains("systeemfout"))
    #expect(SystemError.text(ELOOP).hasPrefix("een symbolische koppeling"))
  }
}
