import PoortwachterCore
import PoortwachterOutput

/// One or more folders of case files, loaded and checked on a peildatum and kept up to date: what
/// a front end that shows many cases at once (the web app) works from.
///
/// ``open(paths:peildatum:loader:engine:concurrency:)`` finds the case files as a batch does
/// (``CaseDiscovery``: recursively, hidden entries such as `.poortwachter/` and output folders
/// skipped), then reads and judges them on all cores. ``refresh(peildatum:)`` finds them again and
/// reads only what may have changed: a file whose size, times and inode are as before is only
/// `stat`ed; one whose stamp changed is read and hashed, and decoded and judged again only when its
/// bytes differ; files that appeared are added and files that went are dropped. ``check(caseAt:)``
/// does the same for one file (after a save), and ``preview(caseAt:using:)`` renders a case's
/// documents in memory.
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
  public private(set) var cases: [CaseEntry] = []
  private var positions: [String: Int] = [:]
  /// The last refresh or check asked for: the next one starts when it is done.
  private var last: Task<Void, Never>?

  /// The default ``settleWindow``: one second, well above any file system's time granularity.
  static let defaultSettleWindow: Int64 = 1_000_000_000

  init(
    paths: [String], peildatum: CivilDate, loader: CaseLoader, engine: RuleEngine, concurrency: Int,
    settleWindow: Int64
  ) {
    self.paths = paths
    self.peildatum = peildatum
    self.loader = loader
    self.engine = engine
    self.concurrency = max(1, concurrency)
    self.settleWindow = settleWindow
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

  /// ``open(paths:peildatum:loader:engine:concurrency:)`` with a chosen settle window (tests).
  static func open(
    paths: [String], peildatum: CivilDate, loader: CaseLoader, engine: RuleEngine, concurrency: Int,
    settleWindow: Int64
  ) async throws -> CaseFolder {
    let folder = CaseFolder(
      paths: paths, peildatum: peildatum, loader: loader, engine: engine, concurrency: concurrency,
      settleWindow: settleWindow)
    _ = try await folder.refresh()
    return folder
  }

  /// The case of `file` as last read, if the folder has it.
  public func entry(_ file: String) -> CaseEntry? { positions[file].map { cases[$0] } }

  /// Finds the case files again and brings the folder up to date (see the type's description);
  /// with a `peildatum` other than the folder's, every case is judged again on it (from the
  /// decoded case, without reading unchanged files). Returns what changed.
  @discardableResult
  public func refresh(peildatum: CivilDate? = nil) async throws -> CaseFolderChanges {
    try await oneAtATime { try await self.performRefresh(peildatum: peildatum) }
  }

  /// Reads and checks one case file now (reading it only when it may have changed); when it is one
  /// of the folder's files, the folder keeps the result. A file outside the folder is checked but
  /// not added (``refresh(peildatum:)`` finds new files).
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
  private func oneAtATime<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) async throws -> T {
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

  private func performRefresh(peildatum requested: CivilDate?) async throws -> CaseFolderChanges {
    let peildatum = requested ?? self.peildatum
    let files = try CaseDiscovery.files(in: paths)
    let reader = CaseFolderReader(
      loader: loader, engine: engine, peildatum: peildatum, rejudge: peildatum != self.peildatum,
      settleWindow: settleWindow)
    let work = files.map { ($0, positions[$0].map { cases[$0] }) }
    let outcomes = await BoundedConcurrency.map(work, limit: concurrency) { file, previous in
      Task.isCancelled ? nil : reader.read(file, previous: previous)
    }
    try Task.checkCancellation()
    var changes = CaseFolderChanges()
    let found = Set(files)
    changes.removed = cases.map(\.file).filter { !found.contains($0) }
    var entries: [CaseEntry] = []
    entries.reserveCapacity(files.count)
    for case let outcome? in outcomes {
      let file = outcome.entry.file
      if positions[file] == nil { changes.added.append(file) }
      if outcome.reread { changes.reread.append(file) }
      if outcome.rechecked { changes.rechecked.append(file) }
      entries.append(outcome.entry)
    }
    cases = entries
    positions = Dictionary(
      entries.enumerated().map { ($1.file, $0) }, uniquingKeysWith: { first, _ in first })
    self.peildatum = peildatum
    return changes
  }

  private func performCheck(_ file: String) -> CaseEntry {
    let reader = CaseFolderReader(
      loader: loader, engine: engine, peildatum: peildatum, rejudge: false, settleWindow: settleWindow)
    let position = positions[file]
    let entry = reader.read(file, previous: position.map { cases[$0] }).entry
    if let position { cases[position] = entry }
    return entry
  }
}
