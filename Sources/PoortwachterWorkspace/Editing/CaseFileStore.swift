import Foundation
import PoortwachterCore
import PoortwachterOutput

/// Reads and saves case files for the editor, so that nothing is lost: a save writes atomically,
/// refuses when the file changed on disk since it was read, refuses a text the loader cannot
/// read, and keeps the replaced version under `.poortwachter/geschiedenis/<kenmerk>/` in the
/// case file's folder (folders 0700, files 0600), from where ``restore(_:to:basedOn:timestamp:)``
/// brings it back. Timestamps come from the caller; the store never reads the clock.
public struct CaseFileStore: Sendable {
  /// The loader a new text must pass (size limit, XSD).
  public var loader: CaseLoader

  /// Creates a store.
  public init(loader: CaseLoader = CaseLoader()) { self.loader = loader }

  /// The hidden folder in a case file's folder that holds the history.
  public static let historyFolder = ".poortwachter/geschiedenis"

  /// Reads `path` for editing.
  public func read(_ path: String) -> Result<CaseFileSnapshot, CaseSaveFailure> {
    switch CaseFileReader.read(path, maxSize: loader.maxFileSize) {
    case .success(let bytes): return .success(CaseFileSnapshot(path: path, bytes: bytes))
    case .failure(let failure):
      return .failure(
        .io("\(path): fout: \(failure.message(limit: loader.maxFileSize, raiseLimit: loader.raiseLimit))"))
    }
  }

  /// Saves `text` as the case file `path`, if the file still has the hash `basedOn` (from the
  /// snapshot the edit started from). The replaced version is kept in the history under `timestamp`.
  public func save(_ text: String, to path: String, basedOn: String, timestamp: String)
    -> Result<CaseSaveResult, CaseSaveFailure>
  {
    guard CaseLoader.Syntax(path: path) == .yaml else { return .failure(.notYAML(file: path)) }
    guard Self.isValidName(timestamp) else { return .failure(.invalidTimestamp(timestamp)) }
    let bytes = Array(text.utf8)
    let kenmerk: String
    switch loader.load(bytes: bytes, file: path, syntax: .yaml) {
    case .failed(_, let diagnostics): return .failure(.wouldBeUnreadable(diagnostics))
    case .loaded(let loaded):
      let problems = OriginalFiles.check(loaded)
      if !problems.isEmpty { return .failure(.wouldBeUnreadable(problems)) }
      kenmerk = loaded.caseFile.kenmerk
    }
    let current: CaseFileSnapshot
    switch read(path) {
    case .success(let snapshot): current = snapshot
    case .failure(let failure): return .failure(failure)
    }
    guard current.contentHash == basedOn else { return .failure(.changedOnDisk(current)) }
    let saved = CaseFileSnapshot(path: path, bytes: bytes)
    if saved.contentHash == current.contentHash {
      return .success(CaseSaveResult(saved: saved, previousVersion: nil))
    }
    do {
      let kept = try keep(current, kenmerk: kenmerk, timestamp: timestamp)
      try AtomicFile.write(text, to: path)
      return .success(CaseSaveResult(saved: saved, previousVersion: kept))
    } catch {
      return .failure(
        .io((error as? PoortwachterError)?.errorDescription ?? "\(path): fout: opslaan mislukt"))
    }
  }

  /// The kept versions of the case in `path` (by its current kenmerk), oldest first.
  public func history(of path: String) -> Result<[CaseHistoryVersion], CaseSaveFailure> {
    switch loader.load(path: path) {
    case .failed(_, let diagnostics): return .failure(.wouldBeUnreadable(diagnostics))
    case .loaded(let loaded): return .success(history(kenmerk: loaded.caseFile.kenmerk, nextTo: path))
    }
  }

  /// The kept versions of case `kenmerk` in the folder of `path`, oldest first (by timestamp).
  public func history(kenmerk: String, nextTo path: String) -> [CaseHistoryVersion] {
    guard Kenmerk.isValid(kenmerk) else { return [] }
    let folder = Self.historyFolder(kenmerk: kenmerk, nextTo: path)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return names.filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted().map {
      CaseHistoryVersion(path: folder + "/" + $0, timestamp: String($0.dropLast(5)))
    }
  }

  /// Brings `version` back as the case file `path`: a save like any other (checked against
  /// `basedOn`, the replaced version kept under `timestamp`), so a restore can be undone too.
  public func restore(_ version: CaseHistoryVersion, to path: String, basedOn: String, timestamp: String)
    -> Result<CaseSaveResult, CaseSaveFailure>
  {
    switch read(version.path) {
    case .success(let kept): return save(kept.text, to: path, basedOn: basedOn, timestamp: timestamp)
    case .failure(let failure): return .failure(failure)
    }
  }

  /// Restores the newest kept version of the case in `path`.
  public func undo(_ path: String, basedOn: String, timestamp: String) -> Result<
    CaseSaveResult, CaseSaveFailure
  > {
    switch history(of: path) {
    case .failure(let failure): return .failure(failure)
    case .success(let versions):
      guard let newest = versions.last else { return .failure(.noHistory(file: path)) }
      return restore(newest, to: path, basedOn: basedOn, timestamp: timestamp)
    }
  }

  /// Writes `current` into the history as a new file (never over an existing one).
  private func keep(_ current: CaseFileSnapshot, kenmerk: String, timestamp: String) throws
    -> CaseHistoryVersion
  {
    guard Kenmerk.isValid(kenmerk) else {
      throw PoortwachterError.io(path: current.path, detail: "kenmerk '\(kenmerk)' kan geen mapnaam zijn")
    }
    let folder = Self.historyFolder(kenmerk: kenmerk, nextTo: current.path)
    try AtomicFile.makeFolder(folder)
    for attempt in 1...AtomicFile.attempts {
      let name = attempt == 1 ? timestamp : "\(timestamp)-\(attempt)"
      let file = folder + "/" + name + ".yaml"
      if FileManager.default.fileExists(atPath: file) { continue }
      try AtomicFile.writeNew(current.bytes, to: file)
      return CaseHistoryVersion(path: file, timestamp: name)
    }
    throw PoortwachterError.io(path: folder, detail: "geen vrije naam voor tijdstempel \(timestamp)")
  }

  static func historyFolder(kenmerk: String, nextTo path: String) -> String {
    let folder = PathName.split(path).folder
    return (folder.isEmpty ? "." : folder == "/" ? "" : folder) + "/" + historyFolder + "/" + kenmerk
  }

  /// Whether `name` can be a file name: like a kenmerk, `A-Z a-z 0-9 . _ -`, not starting with `.` or `-`.
  static func isValidName(_ name: String) -> Bool {
    !name.isEmpty && name.utf8.count <= 64 && !name.hasPrefix(".") && !name.hasPrefix("-")
      && name.unicodeScalars.allSatisfy {
        ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
          || "._-".unicodeScalars.contains($0)
      }
  }
}
