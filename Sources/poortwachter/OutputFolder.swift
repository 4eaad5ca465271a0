import ArgumentParser
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// The command line's words and exit codes for a run's output folder and output files.
enum OutputFolder {
  /// Exit code when another run holds the folder (EX_TEMPFAIL: try again later).
  static let busyExitCode: Int32 = 75
  /// Exit code when an output cannot be written or may not be replaced (EX_CANTCREAT).
  static let cannotWriteExitCode: Int32 = 73
  /// Exit code when the templates or the schema are missing or broken: the set-up, not the case
  /// file (EX_CONFIG).
  static let templatesExitCode: Int32 = 78

  /// Shows on stderr what happened to the output folder: the wait for another run, the repair of
  /// what an interrupted run left.
  static func show(_ event: CaseRender.Event) {
    switch event {
    case .waitingForOtherRun(let folder):
      Output.error(
        "wacht: in \(folder) schrijft een andere poortwachter-run; deze run begint zodra die klaar is")
    case .repaired(let folder, let summary):
      if let line = summary.line(folder: folder) { Output.error(line) }
    }
  }

  /// The exit code for an error while writing a run's output: 75 when the folder is busy, 64 for
  /// a dossier `render` may not replace, 78 for templates or schema, 1 for a document that failed
  /// its schema, else 73 (the output cannot be written).
  static func exitCode(for error: PoortwachterError) -> Int32 {
    switch error {
    case .outputBusy: return busyExitCode
    case .outputExists: return 64
    case .template, .builtInTemplatesNotFound, .templatesVariableInvalid, .invalidSchema:
      return templatesExitCode
    case .invalidOutput: return 1
    default: return cannotWriteExitCode
    }
  }
}
