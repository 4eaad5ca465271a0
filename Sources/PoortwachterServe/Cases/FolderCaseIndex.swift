import PoortwachterCore
import PoortwachterWorkspace

/// The ``CaseIndex`` of the web app: the workspace's ``CaseFolder`` (which re-reads only files
/// whose stamp changed and re-judges only cases whose bytes changed), refreshed at most once a
/// second when pages are asked for, on the peildatum of the moment. Files whose links lead
/// outside the opened folders are left out. The ids of the files are made once per file.
public actor FolderCaseIndex: CaseIndex {
  /// The opened folders.
  public nonisolated let folders: OpenedFolders
  private let folder: CaseFolder
  private let peildatum: @Sendable () -> CivilDate
  private var lastRefresh: ContinuousClock.Instant?
  private var served: [ServeCase] = []
  private var byID: [String: Int] = [:]
  /// Per file: its id, or `nil` when it lies outside the opened folders.
  private var ids: [String: String?] = [:]
  private var built = false
  /// What the last refresh changed (tests, the log).
  public private(set) var lastChanges: CaseFolderChanges?

  /// Opens `folders` and reads every case in them (on all cores).
  public static func open(
    folders: OpenedFolders, loader: CaseLoader, peildatum: @escaping @Sendable () -> CivilDate
  ) async throws -> FolderCaseIndex {
    let folder = try await CaseFolder.open(paths: folders.folders, peildatum: peildatum(), loader: loader)
    let index = FolderCaseIndex(folders: folders, folder: folder, peildatum: peildatum)
    await index.refresh(force: true)
    return index
  }

  private init(folders: OpenedFolders, folder: CaseFolder, peildatum: @escaping @Sendable () -> CivilDate) {
    self.folders = folders
    self.folder = folder
    self.peildatum = peildatum
  }

  /// Every case, refreshed.
  public func cases() async -> [ServeCase] {
    await refresh(force: false)
    return served
  }

  /// One case by id, refreshed.
  public func lookup(id: String) async -> ServeCase? {
    guard OpenedFolders.isCaseID(id) else { return nil }
    await refresh(force: false)
    return byID[id].map { served[$0] }
  }

  /// Looks at the folders now.
  public func refreshNow() async { await refresh(force: true) }

  /// Brings the folder up to date; without `force` at most once a second (a new day always).
  private func refresh(force: Bool) async {
    let now = ContinuousClock.now
    let today = peildatum()
    let newDay = await folder.peildatum != today
    if !force, !newDay, let lastRefresh, now - lastRefresh < .seconds(1) { return }
    lastRefresh = now
    // A folder that disappeared leaves the cases as they were; the next refresh tries again.
    guard let changes = try? await folder.refresh(peildatum: today) else { return }
    lastChanges = changes
    if built, changes.isEmpty { return }
    built = true
    var next: [ServeCase] = []
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
      next.append(ServeCase(id: id, file: entry.file, result: entry.result, contentHash: entry.contentHash))
    }
    served = next
    byID = positions
  }
}
