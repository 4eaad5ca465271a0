import PoortwachterCore
import PoortwachterOutput

/// One or more folders of case files, loaded and checked on a peildatum and kept up to date: what
/// a front end that shows many cases at once (the web app) works from.
///
/// ``open(paths:peildatum:loader:engine:concurrency:)`` finds the case files as a batch does
/// (``CaseDiscovery``: recursively, hidden entries such as `.poortwachter/` and output folders
/// skipped), then reads and judges them on all cores. ``refresh(peildatum:)`` finds them again and
/// reads only what may have changed: a file whose size, times and inode are as before (and whose
/// originals' are too) is only `stat`ed; one whose stamp changed is read and hashed, and decoded
/// and judged again only when its bytes differ; files that appeared are added and files that went
/// are dropped. ``check(caseAt:)`` reads and judges one file now (a casus page, after a save), and
/// ``preview(caseAt:using:)`` renders a case's documents in memory.
///
/// Per case the folder keeps only its ``CaseSummary`` (what a list of cases shows) and the stamps
/// it was made from, not the decoded case or its findings: 10,000 cases take tens of MB, not a GB.
/// So a new peildatum reads every file again (once a day), and so does ``check(caseAt:)`` for its
/// one file. What the originals of the cases gave is kept by their stamp (``OriginalCache``), so
/// judging a case again does not read an unchanged original again.
///
/// An actor: any number of tasks may read it and ask for refreshes; refreshes and checks run one
/// after another, each on a consistent snapshot, and what it shows changes only when one is
/// complete. A cancelled refresh leaves the folder as it was.
public actor CaseFolder {
  /// The files and folders the cases are found in.
  public nonisolated let paths: [String]
  /// The peildatum every case is judged on.
  public private(set) var peildatum: CivilDate
  /// The loader (size limit, XML schema).
  public nonisolated let loader: CaseLoader
  /// The rules.
  public nonisolated let engine: RuleEngine
  /// Cases read at once.
  public nonisolated let concurrency: Int
  /// How long before its read a file's last change must be for its stamp to be trusted (ns).
  nonisolated let settleWindow: Int64

  /// The cases, in the order the folders list them (by path).
  public var cases: [CaseSummary] { kept.map(\.summary) }
  /// What is kept per case, in the order of ``cases``.
  private var kept: [CaseFolderReader.Kept] = []
  private var positions: [String: Int] = [:]
  /// The checks and texts of the originals, by stamp.
  nonisolated let originals: OriginalCache
  /// The last refresh or check asked for: the next one starts when it is done.
  private var last: Task<Void, Never>?

  /// The default ``settleWindow``: one second, well above any file system's time granularity.
  static let defaultSettleWindow: Int64 = 1_000_000_000

  init(
    paths: [String], peildatum: CivilDate, loader: CaseLoader, engine: RuleEngine, concurrency: Int,
    settleWindow: Int64, originalReader: OriginalReader = OriginalReader()
  ) {
    self.paths = paths
    self.peildatum = peildatum
    self.loader = loader
    self.engine = engine
    self.concurrency = max(1, concurrency)
    self.settleWindow = settleWindow
    originals = OriginalCache(reader: originalReader, settleWindow: settleWindow)
  }

  /// Finds, reads and checks the case files in `paths` (files, or folders searched recursively);
  /// throws ``PoortwachterError/pathNotFound(_:)`` for a path that does not exist.
  public static func open(
    paths: [String], peildatum: CivilDate, loader: CaseLoader = CaseLoader(),
    engine: RuleEngine = RuleEngine(),
    concurrency: Int = ProcessInfoCores.count
  ) async throws -> CaseFolder {
    try await open(
      paths: paths, peildatum: peildatum, loader: loader, engine: engine, concurrency: concurrency,
      settleWindow: defaultSettleWindow)
  }

  /// ``open(paths:peildatum:loader:engine:concurrency:)`` with a chosen settle window and reader
  /// of originals (tests).
  static func open(
    paths: [String], peildatum: CivilDate, loader: CaseLoader, engine: RuleEngine, concurrency: Int,
    settleWindow: Int64, originalReader: OriginalReader = OriginalReader()
  ) async throws -> CaseFolder {
    let folder = CaseFolder(
      paths: paths, peildatum: peildatum, loader: loader, engine: engine, concurrency: concurrency,
      settleWindow: settleWindow, originalReader: originalReader)
    _ = try await folder.refresh()
    return folder
  }

  /// The summary of `file` as last read, if the folder has it.
  public func summary(of file: String) -> CaseSummary? { positions[file].map { kept[$0].summary } }

  /// Finds the case files again and brings the folder up to date (see the type's description);
  /// with a `peildatum` other than the folder's, every case is judged again on it (from the
  /// file read again). Returns what changed.
  @discardableResult
  public func refresh(peildatum: CivilDate? = nil) async throws -> CaseFolderChanges {
    try await oneAtATime { try await self.performRefresh(peildatum: peildatum) }
  }

  /// Reads and checks one case file now (about a millisecond; its originals are read only when
  /// they changed); when it is one of the folder's files, the folder keeps its summary. A file
  /// outside the folder is checked but not added (``refresh(peildatum:)`` finds new files).
  public func check(caseAt file: String) async throws -> CaseEntry {
    try await oneAtATime { await self.performCheck(file) }
  }

  /// The documents of the case in `file` rendered in memory (nothing is written), after
  /// ``check(caseAt:)``: `riv.html`, `controle.html` and `riv.xml`, exactly as a dossier holds
  /// them; or the input diagnostics when the case cannot be read. Rendering runs outside the
  /// actor, so other callers are not held up by it.
  public nonisolated func preview(caseAt file: String, using preview: CasePreview) async throws
    -> CasePreview.Outcome
  {
    let entry = try await check(caseAt: file)
    switch entry.result {
    case .unreadable(_, let diagnostics): return .unreadable(diagnostics)
    case .checked(let evaluation): return .rendered(try preview.documents(evaluation))
    }
  }

  /// Runs `work` after every refresh or check asked for before it; cancelling the caller cancels it.
  func oneAtATime<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
    let previous = last
    let task = Task {
      await previous?.value
      return try await work()
    }
    last = Task { _ = try? await task.value }
    return try await withTaskCancellationHandler {
      try await task.value
    } onCancel: {
      task.cancel()
    }
  }

  private func reader(peildatum: CivilDate) -> CaseFolderReader {
    CaseFolderReader(
      loader: loader, engine: engine, peildatum: peildatum, rejudge: peildatum != self.peildatum,
      settleWindow: settleWindow, originals: originals)
  }

  private func performRefresh(peildatum requested: CivilDate?) async throws -> CaseFolderChanges {
    let peildatum = requested ?? self.peildatum
    let files = try CaseDiscovery.files(in: paths)
    let reader = reader(peildatum: peildatum)
    // Most files are unchanged: a `stat` each, here, without a task per file; the rest on all cores.
    var outcomes: [CaseFolderReader.Outcome?] = []
    outcomes.reserveCapacity(files.count)
    var work: [(index: Int, file: String, previous: CaseFolderReader.Kept?)] = []
    for (index, file) in files.enumerated() {
      let previous = positions[file].map { kept[$0] }
      let unchanged = reader.unchangedWithoutWork(file, previous: previous)
      if unchanged == nil { work.append((index, file, previous)) }
      outcomes.append(unchanged)
    }
    let read = await BoundedConcurrency.map(work, limit: concurrency) { item in
      Task.isCancelled ? nil : reader.read(item.file, previous: item.previous)
    }
    try Task.checkCancellation()
    for (item, outcome) in zip(work, read) { outcomes[item.index] = outcome }
    var changes = CaseFolderChanges()
    let found = Set(files)
    changes.removed = kept.map(\.summary.file).filter { !found.contains($0) }
    var entries: [CaseFolderReader.Kept] = []
    entries.reserveCapacity(files.count)
    for case let outcome? in outcomes {
      let file = outcome.kept.summary.file
      if positions[file] == nil { changes.added.append(file) }
      if outcome.reread { changes.reread.append(file) }
      if outcome.rechecked { changes.rechecked.append(file) }
      entries.append(outcome.kept)
    }
    kept = entries
    positions = Dictionary(
      entries.enumerated().map { ($1.summary.file, $0) }, uniquingKeysWith: { first, _ in first })
    self.peildatum = peildatum
    return changes
  }

  func performCheck(_ file: String) -> CaseEntry {
    let judged = reader(peildatum: peildatum).judge(file)
    if let position = positions[file] { kept[position] = judged.kept }
    return judged.entry
  }
}
