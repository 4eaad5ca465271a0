import Foundation
import PoortwachterCore

extension AtomicFile {
  /// Writes `text` to `path` (mode 0600) only when nothing is there yet; a file that appears
  /// meanwhile is never replaced. Complete or absent, as ``write(_:to:)``; returns `false`, having
  /// written nothing, when `path` exists.
  public static func create(_ text: String, at path: String) throws -> Bool {
    let temporary = try writeTemporary(text, for: path)
    defer { unlink(temporary) }
    if link(temporary, path) == 0 { return true }
    if errno == EEXIST { return false }
    throw PoortwachterError.io(path: path, detail: "kan niet schrijven (\(SystemError.current))")
  }
}
