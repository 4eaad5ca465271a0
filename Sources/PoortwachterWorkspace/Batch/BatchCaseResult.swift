import PoortwachterCore
import PoortwachterOutput

/// What a batch keeps of one case: enough for the index, the reports and the summary line, so
/// memory does not grow with the number of cases.
public struct BatchCaseResult: Sendable {
  /// How the case ended.
  public enum Outcome: Sendable {
    /// Checked and rendered.
    case done
    /// The file could not be read (input errors).
    case unreadable([Diagnostic])
    /// Checked, but rendering or writing failed.
    case failed(String)
    /// Another file has the same kenmerk.
    case duplicate(kenmerk: String, files: [String])
  }

  /// The case file.
  public let file: String
  /// How it ended.
  public let outcome: Outcome
  /// Kenmerk, employee name, week and next deadline, when the case was read.
  public let kenmerk: String?
  /// Employee name.
  public let naam: String?
  /// Where the case stands on the peildatum (week of illness, or closed).
  public let phase: CasePhase?
  /// The category of the checked case (``CaseCategory``); `nil` when it was not read.
  public let checkedCategory: CaseCategory?
  /// The next open or overdue milestone.
  public let nextDeadline: AgendaItem?
  /// Number of `fout` findings.
  public let fouten: Int
  /// Number of `waarschuwing` findings.
  public let waarschuwingen: Int
  /// The `fout` findings (for JUnit).
  public let errorFindings: [Finding]
  /// The `waarschuwing` findings (for JUnit: failures with `--strict`, else `<system-out>`).
  public var warningFindings: [Finding] = []
  /// The `check` JSON object of the case (one line).
  public let json: String
  /// What became of the UWV pack, when one was asked for.
  public var pack: PackSummary? = nil

  /// The UWV pack of a case in a batch run.
  public enum PackSummary: Sendable, Equatable {
    /// Written with this many documents.
    case written(documents: Int)
    /// Not made: the case needs no re-integratieverslag (the reason, one line).
    case notDue(String)
  }

  /// The poortwachtertoets estimate's risk; `nil` when the case was not read.
  public var risico: ToetsRisico? = nil

  /// Whether the case counts against the exit code.
  public func fails(strict: Bool) -> Bool {
    guard case .done = outcome else { return true }
    return fouten > 0 || (strict && waarschuwingen > 0)
  }

  /// The category in the index and the summary: the checked case's own (``CaseCategory``), `fouten`
  /// when its dossier could not be written, `onleesbaar` when it could not be read.
  public var category: CaseCategory {
    switch outcome {
    case .unreadable: return .onleesbaar
    case .failed, .duplicate: return .fouten
    case .done: return checkedCategory ?? .fouten
    }
  }
}
