import Foundation

/// Finds helper programs (Chromium, `pdfinfo`, `pdftotext`, `tesseract`) on `PATH`.
public enum ProgramSearch {
  /// The first executable file named one of `names` (in this order) in the folders of `path`
  /// (`/usr/bin:/bin` when `PATH` is not set).
  public static func first(
    _ names: [String], path: String? = ProcessInfo.processInfo.environment["PATH"]
  ) -> String? {
    let folders = (path ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
    for name in names {
      for folder in folders where !folder.isEmpty {
        let candidate = folder + "/" + name
        if isExecutable(candidate) { return candidate }
      }
    }
    return nil
  }

  /// Whether `path` is a regular file this process may execute.
  public static func isExecutable(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG && access(path, X_OK) == 0
  }
}
