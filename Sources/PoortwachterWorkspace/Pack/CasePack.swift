import PoortwachterCore
import PoortwachterOutput

/// One case's dossier with its UWV pack, for any front end (the web app builds one case's pack
/// into a temporary folder and zips it): check the case file, lock and repair the output folder,
/// render, print the pack and write the dossier with `uwv/` or `uwv-concept/` in one atomic step.
/// Reports progress as events and stops at the next step when its task is cancelled (nothing is
/// half written: the dossier is placed whole or not at all). Prints nothing and names no option.
public struct CasePack: Sendable {
  /// What happens on the way that a front end may want to show.
  public enum Event: Sendable, Equatable {
    /// Another run holds the output folder; this one waits until it is done.
    case waitingForOtherRun(folder: String)
    /// The repair of what an interrupted earlier run left in the output folder (often nothing).
    case repaired(folder: String, OutputRecovery.Summary)
    /// The case is checked; its documents are being printed.
    case printing(kenmerk: String)
    /// The dossier and its pack are being written.
    case writing(kenmerk: String)
  }

  /// How it ended (problems writing or printing are thrown; a cancelled task throws
  /// `CancellationError` before the dossier is placed).
  public enum Outcome: Sendable {
    /// The case file has input errors; nothing was locked or written.
    case unreadable([Diagnostic])
    /// The dossier was written to `folder`, with this pack (or the reason it has none).
    case written(folder: String, pack: BatchCaseResult.PackSummary)
  }

  /// The templates and schema.
  public let setup: DossierSetup
  /// The loader (size limit, schema).
  public let loader: CaseLoader
  /// The peildatum the case is judged on (the PDFs' creation date).
  public let peildatum: CivilDate
  /// The browser and the pack builder of the run.
  public let builder: PackBuilder

  /// An operation with these settings; `session.builder` is `nil` when the browser is missing,
  /// so take the builder from a session whose ``PackSession/unavailable`` is `nil`.
  public init(setup: DossierSetup, loader: CaseLoader, peildatum: CivilDate, builder: PackBuilder) {
    self.setup = setup
    self.loader = loader
    self.peildatum = peildatum
    self.builder = builder
  }

  /// Checks `file` and writes its dossier and pack into `outputFolder`; an existing dossier
  /// folder is replaced only when `replace` is set, a folder another run holds is waited for only
  /// when `wait` is set (else ``PoortwachterError/outputBusy(_:)``).
  public func run(
    file: String, outputFolder: String, replace: Bool, wait: Bool, event: (Event) -> Void = { _ in }
  ) async throws -> Outcome {
    switch CaseChecker(loader: loader, peildatum: peildatum).check(file: file) {
    case .unreadable(_, let diagnostics):
      return .unreadable(diagnostics)
    case .checked(let evaluation):
      try Task.checkCancellation()
      let kenmerk = evaluation.loaded.caseFile.kenmerk
      let documents = try setup.renderer.render(evaluation)
      event(.printing(kenmerk: kenmerk))
      let pack = try builder.build(evaluation)
      try Task.checkCancellation()
      Interruption.handleSignals()
      let lock = try OutputLock(folder: outputFolder, wait: wait) {
        event(.waitingForOtherRun(folder: outputFolder))
      }
      defer { withExtendedLifetime(lock) {} }
      event(.repaired(folder: outputFolder, OutputRecovery.recover(folder: outputFolder)))
      try Task.checkCancellation()
      event(.writing(kenmerk: kenmerk))
      let made = try? pack.get()
      let folder = try DossierWriter(outputFolder: outputFolder, force: replace)
        .write(documents, kenmerk: kenmerk, extra: made?.dossierFiles ?? [])
      return .written(folder: folder, pack: BatchCaseResult.PackSummary(pack))
    }
  }
}
