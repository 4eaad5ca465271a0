import PoortwachterCore
import PoortwachterWorkspace

/// One case file as a page about it sees it: its opaque id, its file and what checking it gave
/// just now (``CaseIndex/lookup(id:)``).
public struct ServeCase: Sendable {
  /// The id in URLs (``PoortwachterWorkspace/OpenedFolders/caseID(for:)``).
  public let id: String
  /// The case file.
  public let file: String
  /// The evaluation, or why the file could not be read.
  public let result: CheckResult
  /// SHA-256 of the bytes the result was made from (``CaseEntry/contentHash``): what a save is
  /// based on. `nil` when the file could not be read at all.
  public let contentHash: String?

  /// A case.
  public init(id: String, file: String, result: CheckResult, contentHash: String?) {
    self.id = id
    self.file = file
    self.result = result
    self.contentHash = contentHash
  }

  /// The evaluation when the file was read.
  public var evaluation: CaseEvaluation? {
    if case .checked(let evaluation) = result { return evaluation }
    return nil
  }
}

/// One case file as the lists see it (werkvoorraad, agenda): its id and its ``CaseSummary``.
public struct ListedCase: Sendable {
  /// The id in URLs.
  public let id: String
  /// What the lists show of it.
  public let summary: CaseSummary

  /// A listed case.
  public init(id: String, summary: CaseSummary) {
    self.id = id
    self.summary = summary
  }

  /// The case file.
  public var file: String { summary.file }
}

/// The cases of the opened folders, kept current: what every page reads. The pages call only
/// this (``FolderCaseIndex``, over the workspace's ``CaseFolder``).
public protocol CaseIndex: Sendable {
  /// The opened folders.
  var folders: OpenedFolders { get }
  /// Every case, in path order (files that changed on disk are re-checked, see the index).
  func cases() async -> [ListedCase]
  /// The cases with a number that changes whenever any of them does (for caches).
  func snapshot() async -> CaseSnapshot
  /// One case by id, read and checked now (after the same refresh), or `nil`.
  func lookup(id: String) async -> ServeCase?
  /// Looks at the folders now (the "opnieuw inlezen" button), however recently it last did.
  func refreshNow() async
  /// Saves `text` as the case file `file` if it still has the hash `basedOn`, keeping the replaced
  /// version in the history under `timestamp`, through the workspace's ``CaseFolder`` (see
  /// ``CaseFolder/save(_:to:basedOn:timestamp:)``): the case is judged again at once, so every page
  /// asked for after this shows it as saved.
  func save(_ text: String, to file: String, basedOn: String, timestamp: String) async
    -> Result<CaseSaveResult, CaseSaveFailure>
}

/// The cases at one moment, with a generation number that changes whenever any case does.
public struct CaseSnapshot: Sendable {
  /// The cases, in path order.
  public let cases: [ListedCase]
  /// Changes whenever the cases do.
  public let generation: Int
}
