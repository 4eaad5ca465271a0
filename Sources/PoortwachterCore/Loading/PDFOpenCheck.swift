import Foundation

/// Opens a PDF original with `pdfinfo` (poppler-utils) when that program is on `PATH`, found the
/// way Chromium is: a file whose trailer looks right can still be one no reader opens. Without
/// `pdfinfo` the check of the structure (``OriginalStructure/pdf(_:)``) stands alone; that is
/// documented, not an error, because `check` and `batch` need nothing but the tool itself.
enum PDFOpenCheck {
  /// `pdfinfo` on `PATH`, looked up once per process.
  static let executable: String? = locate(path: ProcessInfo.processInfo.environment["PATH"])

  /// How long `pdfinfo` may take for one file before the file counts as unreadable.
  static let timeout: TimeInterval = 20

  /// The first executable `pdfinfo` in the folders of `path`.
  static func locate(path: String?) -> String? { ProgramSearch.first(["pdfinfo"], path: path) }

  /// What is wrong when `pdfinfo` cannot open the file at absolute path `file`, in Dutch; `nil`
  /// when it opens, or when there is no `pdfinfo` to ask.
  static func problem(_ file: String, executable: String? = executable) -> String? {
    guard let executable else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = [file]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let done = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in done.signal() }
    do {
      try process.run()
    } catch {
      return nil
    }
    if done.wait(timeout: .now() + timeout) == .timedOut {
      process.terminate()
      done.wait()
      return "pdfinfo kon het in \(Int(timeout)) seconden niet openen"
    }
    guard process.terminationStatus != 0 else { return nil }
    return "het opent niet als PDF (pdfinfo meldt een fout)"
  }
}
