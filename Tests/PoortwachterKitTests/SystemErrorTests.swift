import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// System errors reach people in Dutch.
@Suite struct SystemErrorTests {
  @Test func commonErrorsAreDutch() {
    #expect(SystemError.text(ENOENT) == "bestand of map bestaat niet")
    #expect(SystemError.text(ENOSPC) == "de schijf is vol")
    #expect(SystemError.text(EACCES) == "geen toestemming")
    #expect(SystemError.text(9_999).hasPrefix("systeemfout 9999: "))
  }

  @Test func theLoaderSaysWhyInDutchAndNeverWaitsOnAPipe() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pw-sys-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    #expect(mkfifo(folder + "/pijp.yaml", 0o600) == 0)
    try FileManager.default.createDirectory(atPath: folder + "/map.yaml", withIntermediateDirectories: true)
    for (name, expected) in [
      ("weg.yaml", "het bestand kan niet gelezen worden (bestand of map bestaat niet)"),
      ("pijp.yaml", "dit is geen gewoon bestand (een map, pipe of apparaat); geef een casusbestand"),
      ("map.yaml", "dit is geen gewoon bestand (een map, pipe of apparaat); geef een casusbestand"),
    ] {
      guard case .failed(_, let diagnostics) = TestSupport.loader().load(path: folder + "/" + name) else {
        Issue.record("\(name) loaded")
        continue
      }
      #expect(diagnostics.map(\.message) == [expected], "\(name)")
    }
  }
}
