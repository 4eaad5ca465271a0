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
      guard ProgramSearch.isExecutable(explicit) else { throw BrowserError.notFound(searched: explicit) }
      return explicit
    }
    if let found = ProgramSearch.first(names, path: path) { return found }
    throw BrowserError.notFound(searched: names.joined(separator: ", ") + " op PATH")
  }
}
