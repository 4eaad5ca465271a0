import Foundation
import PoortwachterCore

/// A private temporary folder for the programs that read one original (their output files, the
/// page images for OCR), removed when the reading is done and on every other way out: it is
/// registered with ``BrowserReaper``, which also removes it after Ctrl-C or a `kill`.
final class ScratchFolder {
  /// The folder's path.
  let path: String

  /// Makes `poortwachter-origineel-<pid>-XXXXXX` in `base`; `nil` when that fails.
  init?(in base: String) {
    var folder = base
    while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
    var template = Array((folder + "/poortwachter-origineel-\(getpid())-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else { return nil }
    path = String(cString: made)
    // A run that is being interrupted makes no new folder it could leave behind.
    guard BrowserReaper.register(folder: path) else {
      rmdir(path)
      return nil
    }
  }

  /// `<folder>/<name>`.
  func file(_ name: String) -> String { path + "/" + name }

  /// Removes the folder with everything in it.
  func remove() {
    try? FileManager.default.removeItem(atPath: path)
    BrowserReaper.unregister(folder: path)
  }

  deinit { remove() }
}
