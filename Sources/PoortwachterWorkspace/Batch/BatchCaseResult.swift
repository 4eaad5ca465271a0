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
    /// Ready for UWV: `uwv/` with this many originals; `list` is the upload list's path in the
    /// dossier (`uwv/uploadlijst.html`).
    case ready(documents: Int, list: String)
    /// A concept: `uwv-concept/` with this many drafts and forms and `toDo` points on its list
    /// (`list`, `uwv-concept/te-doen.html`).
    case concept(documents: Int, toDo: Int, list: String)
    /// Not made: the case needs no re-integratieverslag, or not yet (`tooEarly`; the reason, one
    /// line).
    case notDue(String, tooEarly: Bool)

    /// The summary of a pack the builder made, or of its reason for none.
    public init(_ result: Result<UWVPack, PackPlan.NoPack>) {
      switch result {
      case .success(let pack) where pack.isReady:
        self = .ready(documents: pack.files.count, list: pack.mainList)
      case .success(let pack):
        self = .concept(documents: pack.files.count, toDo: pack.toDoCount, list: pack.mainList)
      case .failure(let none): self = .notDue(none.reason, tooEarly: none.isTooEarly)
      }
    }

    /// The list a person opens (relative to the dossier), when there is a pack.
    public var list: String? {
      switch self {
      case .ready(_, let list), .concept(_, _, let list): list
      case .notDue: nil
      }
    }
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
