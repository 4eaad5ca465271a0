import PoortwachterCore
import PoortwachterWorkspace

/// The ``CaseIndex`` of the web app: the workspace's ``CaseFolder`` (which re-reads only files
/// whose stamp changed and re-judges only cases whose bytes changed, and keeps only a summary of
/// each), on the peildatum of the moment. A page never waits for a walk over the folders: it gets the cases as they are and, when
/// the last look is more than a second old, a refresh starts beside it (the next page shows its
/// result); a new day, "Opnieuw inlezen" and the casus page (which reads and checks its one file)
/// wait.
/// Files whose links lead outside the opened folders are left out; ids are made once per file.
public actor FolderCaseIndex: CaseIndex {
  /// The opened folders.
  public nonisolated let folders: OpenedFolders
  private let folder: CaseFolder
  private let peildatum: @Sendable () -> CivilDate
  /// The peildatum the cases were last judged on. Kept here, so that a page does not wait for the
  /// folder (which is busy while it looks at every file) to tell whether the day changed.
  private var judgedOn: CivilDate
  private var lastRefresh: ContinuousClock.Instant?
  private var served: [ListedCase] = []
  private var byID: [String: Int] = [:]
  /// Per file: its id, or `nil` when it lies outside the opened folders.
  private var ids: [String: String?] = [:]
  private var built = false
  private var generation = 0
  private var running: Task<Void, Never>?
  /// What the last refresh changed (tests, the log).
  public private(set) var lastChanges: CaseFolderChanges?

  /// Opens `folders` and reads every case in them (on all cores).
  public static func open(
    folders: OpenedFolders, loader: CaseLoader, peildatum: @escaping @Sendable () -> CivilDate
  ) async throws -> FolderCaseIndex {
    let today = peildatum()
    let folder = try await CaseFolder.open(paths: folders.folders, peildatum: today, loader: loader)
    let index = FolderCaseIndex(folders: folders, folder: folder, peildatum: peildatum, judgedOn: today)
    await index.rebuild()
    return index
  }

  private init(
    folders: OpenedFolders, folder: CaseFolder, peildatum: @escaping @Sendable () -> CivilDate,
    judgedOn: CivilDate
  ) {
    self.folders = folders
    self.folder = folder
    self.peildatum = peildatum
    self.judgedOn = judgedOn
  }

  /// Every case as last read; starts a refresh beside it when the last one is over a second old.
  public func cases() async -> [ListedCase] { await snapshot().cases }

  /// The cases with their ``CaseSnapshot/generation``.
  public func snapshot() async -> CaseSnapshot {
    if judgedOn != peildatum() {
      await refresh(force: true)
    } else if running == nil, lastRefresh.map({ ContinuousClock.now - $0 >= .seconds(1) }) ?? true {
      running = Task { await self.refresh(force: false) }
    }
    return CaseSnapshot(cases: served, generation: generation)
  }

  /// One case by id, its file read and checked now (its originals only when they changed); the
  /// lists show what this found.
  public func lookup(id: String) async -> ServeCase? {
    guard OpenedFolders.isCaseID(id) else { return nil }
    if judgedOn != peildatum() { await refresh(force: true) }
    guard let position = byID[id] else { return nil }
    let file = served[position].file
    guard let entry = try? await folder.check(caseAt: file) else { return nil }
    let summary = entry.summary
    if let current = byID[id], served[current].file == file, served[current].summary != summary {
      served[current] = ListedCase(id: id, summary: summary)
      generation += 1
    }
    return ServeCase(id: id, file: entry.file, result: entry.result, contentHash: entry.contentHash)
  }

  /// Looks at the folders now.
  public func refreshNow() async { await refresh(force: true) }

  /// Saves through the folder and puts the case as saved in the index at once (see
  /// ``CaseIndex/save(_:to:basedOn:timestamp:)``); a file new to the index is found by a refresh.
  public func save(_ text: String, to file: String, basedOn: String, timestamp: String) async
    -> Result<CaseSaveResult, CaseSaveFailure>
  {
    let saved: Result<CaseFolder.Saved, CaseSaveFailure>
    do {
      saved = try await folder.save(text, to: file, basedOn: basedOn, timestamp: timestamp)
    } catch {
      return .failure(.io("\(file): fout: het opslaan is afgebroken; er is niets opgeslagen"))
    }
    guard case .success(let done) = saved else { return saved.map(\.save) }
    let entry = done.entry
    if let id = ids[entry.file] ?? nil, let position = byID[id], served[position].file == entry.file {
      served[position] = ListedCase(id: id, summary: entry.summary)
      generation += 1
    } else {
      await refresh(force: true)
    }
    return .success(done.save)
  }

  /// Brings the folder up to date.
  private func refresh(force: Bool) async {
    defer { running = nil }
    let today = peildatum()
    lastRefresh = ContinuousClock.now
    // A folder that disappeared leaves the cases as they were; the next refresh tries again.
    guard let changes = try? await folder.refresh(peildatum: today) else { return }
    judgedOn = today
    lastChanges = changes
    if built, changes.isEmpty { return }
    await rebuild()
  }

  /// The listed cases made again from the folder's summaries.
  private func rebuild() async {
    built = true
    var next: [ListedCase] = []
    var positions: [String: Int] = [:]
    for entry in await folder.cases {
      let id: String?
      if let known = ids[entry.file] {
        id = known
      } else {
        id = folders.contains(entry.file) ? OpenedFolders.caseID(for: entry.file) : nil
        ids[entry.file] = id
      }
      guard let id else { continue }
      positions[id] = next.count
      next.append(ListedCase(id: id, summary: entry))
    }
    served = next
    byID = positions
    generation += 1
  }
}
