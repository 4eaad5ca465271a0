import PoortwachterCore
import PoortwachterOutput

/// The work of `poortwachter batch` for any front end: check and render every case into
/// `<outputFolder>/<kenmerk>/`, with `index.html`, `samenvatting.json` and the extra reports, the
/// output folder locked and repaired first. It prints nothing and names no option: what happens on
/// the way comes back as events (one per case, in input order, for progress), the end as a typed
/// outcome; tool errors are thrown as ``PoortwachterError``.
///
/// Cancelling the task stops it starting new cases; the cases in flight finish, and the run throws
/// `CancellationError` without writing the index or the reports (their temporary files are
/// removed). The dossiers written so far stay, each complete, as after an interrupted run.
/// Interrupting the process (SIGINT, SIGTERM) ends it at once; the next run repairs what it left.
public struct BatchRun: Sendable {
  /// What happens on the way.
  public enum Event: Sendable {
    /// Another run holds the output folder; this one waits until it is done.
    case waitingForOtherRun(folder: String)
    /// The repair of what an interrupted earlier run left in the output folder (often nothing).
    case repaired(folder: String, OutputRecovery.Summary)
    /// The folder is locked and repaired and the reports are about to be opened: the cases follow.
    case started
    /// One case is done (in input order); it is already in the index and reports.
    case caseDone(BatchCaseResult)
  }

  /// How a complete run ended.
  public struct Outcome: Sendable {
    /// `412 dossiers: 300 compleet, ...; overzicht: <out>/index.html`.
    public let summaryLine: String
    /// Cases per category.
    public let counts: [CaseCategory: Int]
    /// Whether a case failed (a `fout`, with ``strict`` also a `waarschuwing`; or unreadable,
    /// unwritten, a duplicate kenmerk).
    public let failed: Bool
    /// Whether a case file could not be read.
    public let unreadable: Bool
  }

  /// The templates and schema.
  public let setup: DossierSetup
  /// The loader (size limit, schema).
  public let loader: CaseLoader
  /// The peildatum.
  public let peildatum: CivilDate
  /// Cases in flight at once.
  public var concurrency: Int
  /// The extra reports, by kind, with their files.
  public var reports: [BatchReportKind: String] = [:]
  /// Whether a `waarschuwing` fails a case (the outcome and the JUnit report).
  public var strict = false

  /// A run with these settings.
  public init(
    setup: DossierSetup, loader: CaseLoader, peildatum: CivilDate, concurrency: Int = ProcessInfoCores.count
  ) {
    self.setup = setup
    self.loader = loader
    self.peildatum = peildatum
    self.concurrency = concurrency
  }

  /// Runs `files` into `outputFolder`. Before anything is written, it refuses report files and an
  /// index that may not be replaced (``OwnOutput``); a folder another run holds is waited for only
  /// when `wait` is set (else ``PoortwachterError/outputBusy(_:)``). `pack` is called once the
  /// folder is locked, and gives the builder of the UWV pack of every case (`nil`: no pack).
  public func run(
    files: [String], outputFolder: String, wait: Bool, pack: () -> PackBuilder? = { nil },
    event: (Event) -> Void
  ) async throws -> Outcome {
    // Also when started with SIGINT ignored (in the background from a script): an interrupted run
    // ends and leaves what the next run repairs, like one that was killed.
    Interruption.handleSignals()
    try checkTargets(outputFolder, inputs: files)
    let lock = try OutputLock(folder: outputFolder, wait: wait) {
      event(.waitingForOtherRun(folder: outputFolder))
    }
    defer { withExtendedLifetime(lock) {} }
    event(.repaired(folder: outputFolder, OutputRecovery.recover(folder: outputFolder)))
    var runner = BatchRunner(
      loader: loader, renderer: setup.renderer, peildatum: peildatum, outputFolder: outputFolder,
      concurrency: concurrency)
    runner.packBuilder = pack()
    event(.started)
    let reports = try BatchReports(
      outputFolder: outputFolder, templates: setup.renderer.templates, peildatum: peildatum,
      reports: self.reports, strict: strict)
    var failed = false
    var unreadable = false
    try await runner.run(files: files) { _, result in
      try reports.add(result)
      if result.fails(strict: strict) { failed = true }
      if result.category == .onleesbaar { unreadable = true }
      event(.caseDone(result))
    }
    let summaryLine = try reports.finish()
    return Outcome(summaryLine: summaryLine, counts: reports.counts, failed: failed, unreadable: unreadable)
  }

  /// Refuses, before anything is written, files of the run that may not be replaced (``OwnOutput``):
  /// the output's `index.html` and `samenvatting.json` when they are not poortwachter's, and any
  /// report at an input, inside a dossier folder or over a file that is not a report of its kind.
  func checkTargets(_ folder: String, inputs: [String]) throws {
    let inputs = OwnOutput.Inputs(inputs)
    var targets: [(String, OwnOutput.Kind, Bool)] = [
      (folder + "/index.html", .index, true), (folder + "/samenvatting.json", .summary, true),
    ]
    for (kind, path) in reports.sorted(by: { $0.value < $1.value }) {
      targets.append((path, kind == .junit ? .junit : .summary, false))
    }
    for (path, kind, own) in targets {
      try OwnOutput.check(path, kind: kind, inputs: inputs, outputFolder: folder, ownRootFile: own)
    }
  }
}
