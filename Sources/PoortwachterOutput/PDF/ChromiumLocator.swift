import Foundation
import PoortwachterCore

/// Finds the Chromium executable: an explicit path, or the first of the usual names on `PATH`.
public enum ChromiumLocator {
  /// The names looked for on `PATH`, in order.
  public static let names = [
    "chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome",
  ]

  /// The executable to use; throws ``BrowserError/notFound(searched:)``.
  public static func locate(explicit: String?, path: String? = ProcessInfo.processInfo.environment["PATH"])
    throws -> String
  {
    if let explicit {
      guard isExecutable(explicit) else { throw BrowserError.notFound(searched: explicit) }
      return explicit
    }
    let folders = (path ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    for name in names {
      for folder in folders where !folder.isEmpty {
        let candidate = folder + "/" + name
        if isExecutable(candidate) { return candidate }
      }
    }
    throw BrowserError.notFound(searched: names.joined(separator: ", ") + " op PATH")
  }

  private static func isExecutable(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG && access(path, X_OK) == 0
  }
}
