import ArgumentParser
import PoortwachterKit

/// Taking an output folder for a run: lock it, then repair what an interrupted run left there.
enum OutputFolder {
  /// Exit code when another run holds the folder (EX_TEMPFAIL: try again later).
  static let busyExitCode: Int32 = 75

  /// Locks `folder` (creating it) and repairs leftovers, saying so in one line on stderr. Keep the
  /// returned lock alive for the whole run.
  static func open(_ folder: String, wait: Bool) throws -> OutputLock {
    let lock: OutputLock
    do {
      lock = try OutputLock(folder: folder, wait: wait) {
        Output.error(
          "wacht: in \(folder) schrijft een andere poortwachter-run; deze run begint zodra die klaar is")
      }
    } catch let error as PoortwachterError {
      Output.error(error.errorDescription ?? "fout")
      if case .outputBusy = error { throw ExitCode(busyExitCode) }
      throw ExitCode(1)
    }
    if let line = OutputRecovery.recover(folder: folder).line(folder: folder) { Output.error(line) }
    return lock
  }
}
