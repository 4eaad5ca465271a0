import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterKit

/// System errors reach people in Dutch.
@Suite struct SystemErrorTests {
  @Test func commonErrorsAreDutch() {
    #expect(SystemError.text(ENOENT) == "bestand of map bestaat niet")
    #expect(SystemError.text(ENOSPC) == "de schijf is vol")
    #expect(SystemError.text(EACCES) == "geen toestemming")
    #expect(SystemError.text(9_999).hasPrefix("systeemfout 9999: "))
  }

  @Test func anUnreadableCaseFileSaysWhyInDutch() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pw-sys-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let run = try TestSupport.run(["check", folder.appendingPathComponent("weg.yaml").path])
    #expect(run.status == 64)
    #expect(!run.err.contains("No such file") && !run.err.contains("NSCocoaErrorDomain"), "\(run.err)")
  }
}
