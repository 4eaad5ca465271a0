import Foundation
import Testing

/// Golden files in `Tests/PoortwachterKitTests/Golden/`: text compared byte for byte. A missing
/// file, or `RECORD_GOLDEN=1` in the environment, (re)records it and fails once so the change is seen.
enum Golden {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden"
  ).path

  static func check(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws
  {
    let path = folder + "/" + name
    let record = ProcessInfo.processInfo.environment["RECORD_GOLDEN"] != nil
    if record || !FileManager.default.fileExists(atPath: path) {
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      Issue.record("golden file \(name) (re)recorded; run the tests again", sourceLocation: sourceLocation)
      return
    }
    let golden = try String(contentsOfFile: path, encoding: .utf8)
    #expect(
      golden == text, "\(name) differs from its golden file; re-record with RECORD_GOLDEN=1 if intended",
      sourceLocation: sourceLocation)
  }
}
