import Foundation
import PoortwachterCore

/// The browsers' private folders in the temporary folder, named after the process that made
/// them (`poortwachter-chromium-<pid>-XXXXXX`), each holding the browser's profile (`profiel/`),
/// its own temporary folder (`tmp/`, its TMPDIR) and its log. A run that was killed (SIGKILL,
/// power loss) cannot remove its folder; the next run removes the folders of processes that no
/// longer exist, and nothing else.
enum BrowserProfiles {
  /// The start of every profile folder's name.
  static let prefix = "poortwachter-chromium-"

  /// The browser's own temporary folder (its TMPDIR) inside a profile folder.
  static let temporarySuffix = "/tmp"

  /// The longest TMPDIR the browser can work with: it makes a socket
  /// `<TMPDIR>/org.chromium.Chromium.XXXXXX/SingletonSocket`, and a socket's path has at most
  /// 107 bytes.
  static let maxTemporaryPath = 62
  /// The most digits of a process id (Linux allows at most 4194304).
  static let maxPIDDigits = 7

  /// The folder for profile folders: the temporary folder (TMPDIR), or `/tmp` when a profile
  /// folder's TMPDIR there would be too long for the browser.
  static func base(_ temporaryFolder: String = NSTemporaryDirectory()) -> String {
    let folder = trimmed(temporaryFolder)
    let longest =
      folder.utf8.count + 1 + prefix.utf8.count + maxPIDDigits + "-XXXXXX".utf8.count
      + temporarySuffix.utf8.count
    return longest <= maxTemporaryPath ? folder : "/tmp"
  }

  private static func trimmed(_ folder: String) -> String {
    var text = Substring(folder)
    while text.count > 1, text.hasSuffix("/") { text = text.dropLast() }
    return String(text)
  }

  /// Removes the profile folders whose process is gone, in the temporary folder and, when that is
  /// too long for the browser, in `/tmp` (see ``base(_:)``).
  static func removeAbandoned() {
    let folder = trimmed(NSTemporaryDirectory())
    removeAbandoned(in: folder)
    if base(folder) != folder { removeAbandoned(in: "/tmp") }
  }

  /// Removes the profile folders whose process is gone.
  static func removeAbandoned(in folder: String) {
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
