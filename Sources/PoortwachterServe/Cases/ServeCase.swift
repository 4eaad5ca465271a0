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

  /// A case.
  public init(id: String, file: String, result: CheckResult) {
    self.id = id
    self.file = file
    self.result = result
  }

  /// The evaluation when the file was read.
  public var evaluation: CaseEvaluation? {
    if case .checked(let evaluation) = result { return evaluation }
    return nil
  }
}

/// The cases of the opened folders, kept current: what every page reads. The pages call only
/// this, so the index behind it (today ``CheckedCaseIndex``; the workspace's folder index of
/// issue 20 once it is there) can change without touching them.
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
