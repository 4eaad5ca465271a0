import ArgumentParser
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// Taking an output folder for a run: lock it, then repair what an interrupted run left there.
enum OutputFolder {
  /// Exit code when another run holds the folder (EX_TEMPFAIL: try again later).
  static let busyExitCode: Int32 = 75
  /// Exit code when an output cannot be written or may not be replaced (EX_CANTCREAT).
  static let cannotWriteExitCode: Int32 = 73
  /// Exit code when the templates or the schema are missing or broken: the set-up, not the case
  /// file (EX_CONFIG).
  static let templatesExitCode: Int32 = 78

  /// Locks `folder` (creating it) and repairs leftovers, saying so in one line on stderr. Keep the
  /// returned lock alive for the whole run.
  static func open(_ folder: String, wait: Bool) throws -> OutputLock {
    let lock: OutputLock
    do {
      lock = try OutputLock(folder: folder, wait: wait) { show(.waitingForOtherRun(folder: folder)) }
    } catch let error as PoortwachterError {
      Output.error(CommandWords.message(error))
      throw ExitCode(exitCode(for: error))
    }
    show(.repaired(folder: folder, OutputRecovery.recover(folder: folder)))
    return lock
  }

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

  /// Refuses, before anything is written, files of the run that may not be replaced (``OwnOutput``):
  /// the output's `index.html` and `samenvatting.json` when they are not poortwachter's, and any
  /// report at an input, inside a dossier folder or over a file that is not a report of its kind.
  static func checkTargets(_ folder: String, reports: [BatchReportKind: String], inputs: [String]) throws {
    let inputs = OwnOutput.Inputs(inputs)
    var targets: [(String, OwnOutput.Kind, Bool)] = [
      (folder + "/index.html", .index, true), (folder + "/samenvatting.json", .summary, true),
    ]
    for (kind, path) in reports.sorted(by: { $0.value < $1.value }) {
      targets.append((path, kind == .junit ? .junit : .summary, false))
    }
    for (path, kind, own) in targets {
      try check(path, kind: kind, inputs: inputs, outputFolder: folder, ownRootFile: own)
    }
  }

  /// ``OwnOutput/check(_:kind:inputs:outputFolder:ownRootFile:)``, printing a refusal and
  /// ending with ``cannotWriteExitCode``.
  static func check(
    _ path: String, kind: OwnOutput.Kind, inputs: OwnOutput.Inputs, outputFolder: String? = nil,
    ownRootFile: Bool = false
  ) throws {
    do {
      try OwnOutput.check(
        path, kind: kind, inputs: inputs, outputFolder: outputFolder, ownRootFile: ownRootFile)
    } catch let error as PoortwachterError {
      Output.error(CommandWords.message(error))
      throw ExitCode(cannotWriteExitCode)
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
