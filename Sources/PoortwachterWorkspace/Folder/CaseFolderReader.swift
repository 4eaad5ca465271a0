import PoortwachterCore
import PoortwachterOutput

/// Reads one file of a ``CaseFolder`` again when it may have changed, and judges it again when it
/// did: a file whose stamp is the same (and settled), and whose originals' stamps are too, is only
/// `stat`ed; a file whose bytes hash the same is not decoded again. What the folder keeps is the
/// ``CaseSummary`` and these stamps; judging a case again (a new peildatum, an original that
/// changed) reads and decodes its file again.
struct CaseFolderReader: Sendable {
  let loader: CaseLoader
  let engine: RuleEngine
  let peildatum: CivilDate
  /// Judge every case again (the peildatum changed).
  let rejudge: Bool
  /// How long before its read a file's last change must be for its stamp to be trusted (ns).
  let settleWindow: Int64
  /// The checks and texts of the originals, kept by stamp.
  let originals: OriginalCache

  /// What the folder keeps of one file: its summary and the stamps it was made with.
  struct Kept: Sendable {
    var summary: CaseSummary
    /// The file's stamp when it was read (`nil`: it had none).
    var stamp: FileStamp?
    /// When it was read (wall clock, nanoseconds), to tell whether the stamps can be trusted.
    var readAt: Int64
    /// The originals the case names, by path, with their stamps when it was judged.
    var originals: [(path: String, stamp: FileStamp?)]
  }

  /// The kept file of `file` now, and what was done for it.
  struct Outcome: Sendable {
    var kept: Kept
    var reread = false
    var rechecked = false
  }

  /// The kept file when a `stat` of it and of its originals shows that nothing needs doing: the
  /// stamps are the ones it was judged with and settled, and the peildatum is the same. `nil`:
  /// ``read(_:previous:)`` must look.
  func unchangedWithoutWork(_ file: String, previous: Kept?) -> Outcome? {
    guard !rejudge, let previous, let stamp = previous.stamp, FileStamp(path: file) == stamp,
      stamp.isSettled(readAt: previous.readAt, window: settleWindow), originalsUnchanged(previous)
    else { return nil }
    return Outcome(kept: previous)
  }

  /// The kept file of `file`, given the one it had (`nil`: new to the folder): read and hashed
  /// when its stamp changed, judged again when its bytes did, its originals changed or the
  /// peildatum is new.
  func read(_ file: String, previous: Kept?) -> Outcome {
    if let unchanged = unchangedWithoutWork(file, previous: previous) { return unchanged }
    let readAt = FileStamp.now()
    let stamp = FileStamp(path: file)
    let bytes = CaseFileReader.read(file, maxSize: loader.maxFileSize)
    let hash = (try? bytes.get()).map(SHA256.hex)
    if var previous, let hash, previous.summary.contentHash == hash, !rejudge, originalsUnchanged(previous) {
      previous.stamp = stamp
      previous.readAt = readAt
      return Outcome(kept: previous, reread: true)
    }
    let judged = judge(file, bytes: bytes, hash: hash, stamp: stamp, readAt: readAt)
    return Outcome(kept: judged.kept, reread: true, rechecked: true)
  }

  /// `file` read, decoded and judged now, whatever it was before: the case and what to keep of it.
  func judge(_ file: String) -> (kept: Kept, entry: CaseEntry) {
    let readAt = FileStamp.now()
    let stamp = FileStamp(path: file)
    let bytes = CaseFileReader.read(file, maxSize: loader.maxFileSize)
    return judge(file, bytes: bytes, hash: (try? bytes.get()).map(SHA256.hex), stamp: stamp, readAt: readAt)
  }

  /// The outcome of these bytes: as ``CaseLoader/load(path:)`` and ``CaseChecker`` give it, the
  /// problems with its originals make it unreadable, else it is evaluated on the peildatum with
  /// what its originals say (as `check` and `batch` judge it).
  private func judge(
    _ file: String, bytes: Result<[UInt8], CaseFileReader.Failure>, hash: String?, stamp: FileStamp?,
    readAt: Int64
  ) -> (kept: Kept, entry: CaseEntry) {
    let result: CheckResult
    var marks: [(path: String, stamp: FileStamp?)] = []
    switch loader.decode(path: file, read: bytes) {
    case .failed(_, let diagnostics):
      result = .unreadable(file: file, diagnostics: diagnostics)
    case .loaded(let loaded):
      // Stamped before they are looked at: a change while judging is seen at the next look.
      for link in loaded.originalLinks {
        guard let path = OriginalCache.path(of: link.origineel, caseFile: loaded.file),
          !marks.contains(where: { $0.path == path })
        else { continue }
        marks.append((path, FileStamp(path: path)))
      }
      let problems = OriginalFiles.check(loaded, resolve: originals.resolve)
      result =
        problems.isEmpty
        ? .checked(engine.evaluate(loaded, peildatum: peildatum, originals: originals.contents(of: loaded)))
        : .unreadable(file: loaded.file, diagnostics: problems)
    }
    let entry = CaseEntry(file: file, result: result, contentHash: hash)
    return (Kept(summary: entry.summary, stamp: stamp, readAt: readAt, originals: marks), entry)
  }

  /// Whether every original of `kept` has the stamp it was judged with, and had it long enough
  /// before that to be trusted.
  private func originalsUnchanged(_ kept: Kept) -> Bool {
    kept.originals.allSatisfy { original in
      FileStamp(path: original.path) == original.stamp
        && (original.stamp?.isSettled(readAt: kept.readAt, window: settleWindow) ?? true)
    }
  }
}
