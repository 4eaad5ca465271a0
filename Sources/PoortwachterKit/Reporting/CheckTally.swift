/// Counts of checked cases by outcome, kept while results stream by (``TextReporter/summary(_:)``).
public struct CheckTally: Sendable {
  /// Cases without findings above `info`.
  public private(set) var ok = 0
  /// Cases whose worst finding is a `waarschuwing`.
  public private(set) var warnings = 0
  /// Cases with a `fout`.
  public private(set) var errors = 0
  /// Files that could not be read.
  public private(set) var unreadable = 0
  /// Whether a case fails (see ``CheckResult/fails(strict:)``) without strict mode, and with it.
  public private(set) var failing = false
  /// Whether a case fails in strict mode.
  public private(set) var failingStrict = false

  /// An empty tally.
  public init() {}

  /// All cases counted.
  public var total: Int { ok + warnings + errors + unreadable }

  /// Counts one result.
  public mutating func add(_ result: CheckResult) {
    switch result {
    case .unreadable: unreadable += 1
    case .checked(let evaluation):
      switch evaluation.worstSeverity {
      case .fout: errors += 1
      case .waarschuwing: warnings += 1
      default: ok += 1
      }
    }
    failing = failing || result.fails(strict: false)
    failingStrict = failingStrict || result.fails(strict: true)
  }

  /// `12 dossiers gecontroleerd: 9 in orde, 1 met waarschuwingen, 2 met fouten, 0 onleesbaar`.
  public var summary: String {
    "\(total) \(total == 1 ? "dossier" : "dossiers") gecontroleerd: \(ok) in orde, \(warnings) met waarschuwingen, "
      + "\(errors) met fouten, \(unreadable) onleesbaar"
  }
}
