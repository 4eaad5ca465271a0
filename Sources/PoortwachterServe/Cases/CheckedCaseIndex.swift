import Foundation
import PoortwachterCore
import PoortwachterWorkspace

/// A thin ``CaseIndex`` over the workspace's ``CaseDiscovery`` and ``CaseChecker``: the first call
/// checks every case on all cores; later calls look at the folders again (at most once a second)
/// and re-check only files that are new or whose modification time or size changed. Files whose
/// links lead outside the opened folders are left out.
public actor CheckedCaseIndex: CaseIndex {
  /// The opened folders.
  public nonisolated let folders: OpenedFolders
  private let loader: CaseLoader
  private let peildatum: @Sendable () -> CivilDate
  private var entries: [String: Entry] = [:]
  private var ordered: [ServeCase] = []
  private var checkedOn: CivilDate?
  private var lastScan: ContinuousClock.Instant?
  /// The files re-read by the last refresh (tests).
  public private(set) var lastReread: [String] = []

  private struct Entry {
    let stamp: FileStamp
    let served: ServeCase
  }

  /// An index over `folders`; `peildatum` is asked on every refresh (the front end decides
  /// whether it is fixed or today).
  public init(folders: OpenedFolders, loader: CaseLoader, peildatum: @escaping @Sendable () -> CivilDate) {
    self.folders = folders
    self.loader = loader
    self.peildatum = peildatum
  }

  /// Every case, refreshed.
  public func cases() async -> [ServeCase] {
    await refresh()
    return ordered
  }

  /// One case by id, refreshed.
  public func lookup(id: String) async -> ServeCase? {
    guard OpenedFolders.isCaseID(id) else { return nil }
    await refresh()
    return ordered.first { $0.id == id }
  }

  /// Looks at the folders now.
  public func refreshNow() async { await refresh(force: true) }

  /// Re-checks what changed; at most one folder walk a second.
  public func refresh(force: Bool = false) async {
    let now = ContinuousClock.now
    let today = peildatum()
    if !force, today == checkedOn, let lastScan, now - lastScan < .seconds(1) { return }
    lastScan = now
    let files = ((try? CaseDiscovery.files(in: folders.folders)) ?? []).filter { folders.contains($0) }
    let allAgain = today != checkedOn
    var stamps: [String: FileStamp] = [:]
    var changed: [String] = []
    for file in files {
      let stamp = FileStamp(file)
      stamps[file] = stamp
      if allAgain || entries[file]?.stamp != stamp { changed.append(file) }
    }
    let checker = CaseChecker(loader: loader, peildatum: today)
    let results = await checker.check(files: changed)
    let changedSet = Set(changed)
    var next: [String: Entry] = [:]
    for file in files where !changedSet.contains(file) { next[file] = entries[file] }
    for (file, result) in zip(changed, results) {
      next[file] = Entry(
        stamp: stamps[file] ?? FileStamp(file),
        served: ServeCase(id: OpenedFolders.caseID(for: file), file: file, result: result))
    }
    entries = next
    ordered = files.compactMap { next[$0]?.served }
    checkedOn = today
    lastReread = changed
  }
}

/// What tells a changed file: modification time (ns) and size.
struct FileStamp: Equatable {
  let modified: Int
  let size: Int

  init(_ path: String) {
    var status = stat()
    if stat(path, &status) == 0 {
      modified = Int(status.st_mtim.tv_sec) * 1_000_000_000 + Int(status.st_mtim.tv_nsec)
      size = Int(status.st_size)
    } else {
      modified = -1
      size = -1
    }
  }
}
