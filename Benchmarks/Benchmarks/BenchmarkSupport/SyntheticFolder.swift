import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// A folder of deterministic synthetic cases (`syn-<i>.yaml`, as `poortwachter genereer` writes
/// them) in the temporary folder, written once and reused by later runs.
public enum SyntheticFolder {
  /// The folder `poortwachter-bench-<name>-<count>` with `count` cases for `peildatum`.
  public static func make(count: Int, name: String, peildatum: CivilDate) -> String {
    let path = NSTemporaryDirectory() + "poortwachter-bench-\(name)-\(count)"
    if !FileManager.default.fileExists(atPath: path + "/syn-\(count - 1).yaml") {
      try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      let generator = SyntheticCases(peildatum: peildatum)
      for index in 0..<count { try? AtomicFile.write(generator.yaml(index), to: path + "/syn-\(index).yaml") }
      // A file changed less than a second before it is read is read again at the next refresh
      // (its stamp cannot be trusted yet); let the new ones settle.
      Thread.sleep(forTimeInterval: 1.1)
    }
    return path
  }
}
