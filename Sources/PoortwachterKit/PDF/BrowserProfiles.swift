import Foundation

/// The browsers' private profile folders in the temporary folder, named after the process that
/// made them (`poortwachter-chromium-<pid>-XXXXXX`). A run that was killed (SIGKILL, power loss)
/// cannot remove its folder; the next run removes the folders of processes that no longer exist.
enum BrowserProfiles {
  /// The start of every profile folder's name.
  static let prefix = "poortwachter-chromium-"

  /// Removes the profile folders whose process is gone.
  static func removeAbandoned(in folder: String = NSTemporaryDirectory()) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    for name in names where name.hasPrefix(prefix) {
      guard let owner = owner(of: name), owner != getpid(), kill(owner, 0) != 0, errno == ESRCH else {
        continue
      }
      try? FileManager.default.removeItem(atPath: folder + "/" + name)
    }
  }

  /// The process id in a folder name, if it has one.
  static func owner(of name: String) -> pid_t? {
    let rest = name.dropFirst(prefix.count)
    guard let dash = rest.firstIndex(of: "-") else { return nil }
    return pid_t(rest[..<dash])
  }
}
