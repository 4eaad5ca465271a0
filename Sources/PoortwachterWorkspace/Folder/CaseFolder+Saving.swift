import PoortwachterCore
import PoortwachterOutput

/// Saving through the folder: ``CaseFileStore`` with the folder's loader, then the saved file
/// checked again, so what the folder shows is the file as saved. One after another with the
/// folder's refreshes and checks.
extension CaseFolder {
  /// The result of a save or undo through the folder.
  public struct Saved: Sendable {
    /// What the store did (the new snapshot, the version kept in the history).
    public let save: CaseSaveResult
    /// The case as it is now, checked on the folder's peildatum.
    public let entry: CaseEntry
  }

  /// Saves `text` as the case file `file` if that still has the hash `basedOn` (see
  /// ``CaseFileStore/save(_:to:basedOn:timestamp:)``), then checks it.
  public func save(_ text: String, to file: String, basedOn: String, timestamp: String) async throws
    -> Result<Saved, CaseSaveFailure>
  {
    try await oneAtATime {
      await self.saved(
        CaseFileStore(loader: self.loader).save(text, to: file, basedOn: basedOn, timestamp: timestamp))
    }
  }

  /// Brings back the newest kept version of `file` (see ``CaseFileStore/undo(_:basedOn:timestamp:)``),
  /// then checks it.
  public func undo(_ file: String, basedOn: String, timestamp: String) async throws -> Result<
    Saved, CaseSaveFailure
  > {
    try await oneAtATime {
      await self.saved(CaseFileStore(loader: self.loader).undo(file, basedOn: basedOn, timestamp: timestamp))
    }
  }

  private func saved(_ result: Result<CaseSaveResult, CaseSaveFailure>) -> Result<Saved, CaseSaveFailure> {
    result.map { Saved(save: $0, entry: performCheck($0.saved.path)) }
  }
}
