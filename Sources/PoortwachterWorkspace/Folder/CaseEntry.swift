import PoortwachterCore
import PoortwachterOutput

/// One case file of a ``CaseFolder`` as it was just read and checked on the folder's peildatum (the
/// evaluation with its findings, toets estimate and agenda), or unreadable with the input
/// diagnostics that say why: what ``CaseFolder/check(caseAt:)`` and a save give. The folder itself
/// keeps only the ``CaseSummary`` of each case.
public struct CaseEntry: Sendable {
  /// The file, as the folder found it (`<folder>/<relative path>`).
  public let file: String
  /// The outcome: ``CheckResult/checked(_:)`` or ``CheckResult/unreadable(file:diagnostics:)``.
  public let result: CheckResult
  /// SHA-256 of the bytes the outcome was made from, as 64 lower-case hex digits: the same as
  /// ``CaseFileSnapshot/contentHash`` of that text, so an editor can base a save on it. `nil` when
  /// the file could not be read at all.
  public let contentHash: String?

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

  /// What the folder keeps of it.
  public var summary: CaseSummary { CaseSummary(file: file, contentHash: contentHash, result: result) }
}
