import PoortwachterCore
import PoortwachterWorkspace

/// One case file as the pages see it: its opaque id, its file and what checking it gave.
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

/// The cases of the opened folders, kept current: what every page reads. The pages call only
/// this (``FolderCaseIndex``, over the workspace's ``CaseFolder``).
public protocol CaseIndex: Sendable {
  /// The opened folders.
  var folders: OpenedFolders { get }
  /// Every case, after re-checking the files that changed on disk, in path order.
  func cases() async -> [ServeCase]
  /// One case by id (after the same refresh), or `nil`.
  func lookup(id: String) async -> ServeCase?
  /// Looks at the folders now (the "opnieuw inlezen" button), however recently it last did.
  func refreshNow() async
}
