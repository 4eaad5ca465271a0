import PoortwachterCore
import PoortwachterOutput

/// Reads one file of a ``CaseFolder`` again when it may have changed, and judges it again when it
/// did: a file whose stamp is the same (and settled) is only `stat`ed, a file whose bytes hash the
/// same is not decoded again, and a case whose originals came or went is judged again without
/// reading it.
struct CaseFolderReader: Sendable {
  let loader: CaseLoader
  let engine: RuleEngine
  let peildatum: CivilDate
  /// Judge every decoded case again (the peildatum changed).
  let rejudge: Bool
  /// How long before its read a file's last change must be for its stamp to be trusted (ns).
  let settleWindow: Int64

  /// The entry of `file` now, and what was done for it.
  struct Outcome: Sendable {
    var entry: CaseEntry
    var reread = false
    var rechecked = false
  }

  /// The entry of `file` when a `stat` shows that nothing needs doing: the stamp is the one it
  /// was read with and settled, the peildatum is the same and the case names no original (whose
  /// check is a `stat` each). `nil`: ``read(_:previous:)`` must look.
  func unchangedWithoutWork(_ file: String, previous: CaseEntry?) -> Outcome? {
    guard !rejudge, let previous, let stamp = previous.stamp, FileStamp(path: file) == stamp,
      stamp.isSettled(readAt: previous.readAt, window: settleWindow),
      !(previous.decoded.map { !$0.originalLinks.isEmpty } ?? false)
    else { return nil }
    return Outcome(entry: previous)
  }

  /// The entry of `file`, given the one it had (`nil`: new to the folder).
  func read(_ file: String, previous: CaseEntry?) -> Outcome {
    let readAt = FileStamp.now()
    let stamp = FileStamp(path: file)
    if let previous, let stamp, previous.stamp == stamp,
      stamp.isSettled(readAt: previous.readAt, window: settleWindow)
    {
      return unchanged(previous)
    }
    let bytes = CaseFileReader.read(file, maxSize: loader.maxFileSize)
    let hash = (try? bytes.get()).map(SHA256.hex)
    if var previous, let hash, previous.contentHash == hash {
      previous.stamp = stamp
      previous.readAt = readAt
      var outcome = unchanged(previous)
      outcome.reread = true
      return outcome
    }
    var entry = CaseEntry(
      file: file, result: .unreadable(file: file, diagnostics: []), contentHash: hash, stamp: stamp,
      readAt: readAt, decoded: nil, originalProblems: [])
    switch loader.decode(path: file, read: bytes) {
    case .failed(_, let diagnostics):
      entry.result = .unreadable(file: file, diagnostics: diagnostics)
    case .loaded(let loaded):
      entry.decoded = loaded
      entry.originalProblems = OriginalFiles.check(loaded)
      entry.result = judge(loaded, originalProblems: entry.originalProblems)
    }
    return Outcome(entry: entry, reread: true, rechecked: true)
  }

  /// An entry whose file did not change: judged again when the peildatum changed or its originals
  /// came or went (the check of the originals is a `stat` per original, only for cases with one).
  private func unchanged(_ previous: CaseEntry) -> Outcome {
    guard let decoded = previous.decoded else { return Outcome(entry: previous) }
    var entry = previous
    let hasOriginals = !decoded.originalLinks.isEmpty
    if hasOriginals { entry.originalProblems = OriginalFiles.check(decoded) }
    guard rejudge || entry.originalProblems != previous.originalProblems else {
      return Outcome(entry: previous)
    }
    entry.result = judge(decoded, originalProblems: entry.originalProblems)
    return Outcome(entry: entry, rechecked: true)
  }

  /// The outcome of a decoded case: as ``CaseLoader/load(path:)`` and ``CaseChecker`` give it, the
  /// problems with its originals make it unreadable, else it is evaluated on the peildatum.
  private func judge(_ loaded: LoadedCase, originalProblems: [Diagnostic]) -> CheckResult {
    guard originalProblems.isEmpty else {
      return .unreadable(file: loaded.file, diagnostics: originalProblems)
    }
    // With what its originals say, as `check` and `batch` judge it (the originals are read again).
    return .checked(CaseChecker(loader: loader, engine: engine, peildatum: peildatum).evaluate(loaded))
  }
}
