import PoortwachterCore
import PoortwachterOutput

/// One case file of a ``CaseFolder`` as it was last read: checked on the folder's peildatum (the
/// evaluation with its findings, toets estimate and agenda), or unreadable with the input
/// diagnostics that say why.
public struct CaseEntry: Sendable {
  /// The file, as the folder found it (`<folder>/<relative path>`).
  public let file: String
  /// The outcome: ``CheckResult/checked(_:)`` or ``CheckResult/unreadable(file:diagnostics:)``.
  public internal(set) var result: CheckResult
  /// SHA-256 of the bytes the outcome was made from, as 64 lower-case hex digits: the same as
  /// ``CaseFileSnapshot/contentHash`` of that text, so an editor can base a save on it. `nil` when
  /// the file could not be read at all.
  public internal(set) var contentHash: String?

  /// The file's stamp when it was read (`nil`: it had none).
  var stamp: FileStamp?
  /// When it was read (wall clock, nanoseconds), to tell whether the stamp can be trusted.
  var readAt: Int64
  /// The decoded case, also when its originals made it unreadable: what a new peildatum or a
  /// change in the originals is judged again from without reading the file.
  var decoded: LoadedCase?
  /// The problems with the originals ``decoded`` names, when it was last judged.
  var originalProblems: [Diagnostic]

  /// The evaluation, when the case was read.
  public var evaluation: CaseEvaluation? {
    if case .checked(let evaluation) = result { return evaluation }
    return nil
  }

  /// The input diagnostics, when the case could not be read (empty otherwise).
  public var diagnostics: [Diagnostic] {
    if case .unreadable(_, let diagnostics) = result { return diagnostics }
    return []
  }

  /// The poortwachtertoets estimate, when the case was read.
  public var toets: Poortwachtertoets? { evaluation?.toets }

  /// Every open or overdue milestone and periodic step of the case, by date (empty when unread).
  public var agenda: [AgendaItem] { evaluation?.agenda ?? [] }
}
