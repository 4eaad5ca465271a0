import PoortwachterCore
import PoortwachterOutput

/// The work of `poortwachter render` for any front end: check one case file and write its dossier
/// (`riv.html`, `controle.html`, `riv.xml`) in `<outputFolder>/<kenmerk>/`, with the output folder
/// locked and repaired first. Returns a typed outcome; it prints nothing and names no option.
public struct CaseRender: Sendable {
  /// What happens on the way that a front end may want to show.
  public enum Event: Sendable, Equatable {
    /// Another run holds the output folder; this one waits until it is done.
    case waitingForOtherRun(folder: String)
    /// The repair of what an interrupted earlier run left in the output folder (often nothing).
    case repaired(folder: String, OutputRecovery.Summary)
  }

  /// How the render ended (problems writing are thrown as ``PoortwachterError``).
  public enum Outcome: Sendable {
    /// The case file has input errors; nothing was locked or written.
    case unreadable([Diagnostic])
    /// The dossier was written to `folder`.
    case written(folder: String)
  }

  /// The templates and schema.
  public let setup: DossierSetup
  /// The loader (size limit, schema).
  public let loader: CaseLoader
  /// The peildatum the case is judged on.
  public let peildatum: CivilDate

  /// A render with these settings.
  public init(setup: DossierSetup, loader: CaseLoader, peildatum: CivilDate) {
    self.setup = setup
    self.loader = loader
    self.peildatum = peildatum
  }

  /// Renders `file` into `outputFolder`; an existing dossier folder is replaced only when `replace`
  /// is set, and a folder another run holds is waited for only when `wait` is set (else
  /// ``PoortwachterError/outputBusy(_:)``).
  public func run(
    file: String, outputFolder: String, replace: Bool, wait: Bool, event: (Event) -> Void = { _ in }
  ) throws -> Outcome {
    switch CaseChecker(loader: loader, peildatum: peildatum).check(file: file) {
    case .unreadable(_, let diagnostics):
      return .unreadable(diagnostics)
    case .checked(let evaluation):
      Interruption.handleSignals()
      let lock = try OutputLock(folder: outputFolder, wait: wait) {
        event(.waitingForOtherRun(folder: outputFolder))
      }
      defer { withExtendedLifetime(lock) {} }
      event(.repaired(folder: outputFolder, OutputRecovery.recover(folder: outputFolder)))
      let documents = try setup.renderer.render(evaluation)
      let folder = try DossierWriter(outputFolder: outputFolder, force: replace)
        .write(documents, kenmerk: evaluation.loaded.caseFile.kenmerk)
      return .written(folder: folder)
    }
  }
}
