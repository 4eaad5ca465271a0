import Foundation
import Testing

/// Golden files in `Tests/PoortwachterKitTests/Golden/`: text compared byte for byte. Outside CI a
/// missing file, or `RECORD_GOLDEN=1` in the environment, (re)records it and fails once so the change
/// is seen. In CI (`CI` set) nothing is ever written: a missing golden file fails the test.
enum Golden {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden"
  ).path

  /// What `check` does with a golden file, decided from the environment and whether the file exists.
  enum Action: Equatable {
    case compare
    case record
    case failMissing
  }

  static func action(environment: [String: String], fileExists: Bool) -> Action {
    if environment["CI"].map({ !$0.isEmpty && $0 != "0" && $0 != "false" }) ?? false {
      return fileExists ? .compare : .failMissing
    }
    return environment["RECORD_GOLDEN"] != nil || !fileExists ? .record : .compare
  }

  static func check(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws
  {
    let path = folder + "/" + name
    let exists = FileManager.default.fileExists(atPath: path)
    switch action(environment: ProcessInfo.processInfo.environment, fileExists: exists) {
    case .failMissing:
      Issue.record(
        "golden file \(name) is missing; record it outside CI and commit it", sourceLocation: sourceLocation)
    case .record:
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      Issue.record("golden file \(name) (re)recorded; run the tests again", sourceLocation: sourceLocation)
    case .compare:
      let golden = try String(contentsOfFile: path, encoding: .utf8)
      #expect(
        golden == text, "\(name) differs from its golden file; re-record with RECORD_GOLDEN=1 if intended",
        sourceLocation: sourceLocation)
    }
  }
}
