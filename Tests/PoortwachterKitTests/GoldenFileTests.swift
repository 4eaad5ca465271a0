import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterKit

/// The rendered documents of the richest sample case, compared byte for byte with golden files.
/// Re-record after an intended change: `RECORD_GOLDEN=1 swift test --filter GoldenFileTests`.
@Suite struct GoldenFileTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden"
  ).path

  @Test func richestSampleMatchesTheGoldenFiles() throws {
    // Loaded under its repository-relative name, so the golden files do not depend on where the
    // repository is checked out.
    let url = URL(fileURLWithPath: TestSupport.sampleCases + "/vz-2023-0412.yaml")
    let bytes = try [UInt8](Data(contentsOf: url))
    guard
      case .loaded(let loaded) = TestSupport.loader().load(
        bytes: bytes, file: "SampleCases/vz-2023-0412.yaml", syntax: .yaml)
    else { throw CancellationError() }
    let evaluation = RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2026-11-22"))
    let documents = try RenderingTests.renderer().render(evaluation)
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil
    for (name, text) in [
      ("VZ-2023-0412.riv.html", documents.rivHTML), ("VZ-2023-0412.controle.html", documents.controleHTML),
      ("VZ-2023-0412.riv.xml", documents.rivXML),
    ] {
      let path = Self.folder + "/" + name
      if record || !FileManager.default.fileExists(atPath: path) {
        try FileManager.default.createDirectory(atPath: Self.folder, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        Issue.record("golden file \(name) (re)recorded; run the tests again")
        continue
      }
      let golden = try String(contentsOfFile: path, encoding: .utf8)
      #expect(
        golden == text, "\(name) differs from its golden file; re-record with RECORD_GOLDEN=1 if intended")
    }
  }
}
