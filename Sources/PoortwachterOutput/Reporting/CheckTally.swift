import PoortwachterCore

/// Counts of checked cases per ``CaseCategory``, kept while results stream by, so `check` needs
/// no list of all results (``TextReporter/summary(_:)`` uses it too).
public struct CheckTally: Sendable {
  /// Cases per category.
  public private(set) var counts: [CaseCategory: Int] = [:]
  /// Whether a case fails without strict mode (see ``CheckResult/fails(strict:)``).
  public private(set) var failing = false
  /// Whether a case fails in strict mode.
  public private(set) var failingStrict = false
  /// The cases with `fout` findings, named in the summary line.
  public private(set) var withErrors = ErrorCaseList()

  /// An empty tally.
  public init() {}

  /// Files that could not be read.
  public var unreadable: Int { counts[.onleesbaar] ?? 0 }

  /// Counts one result.
  public mutating func add(_ result: CheckResult) {
    switch result {
    case .unreadable: counts[.onleesbaar, default: 0] += 1
    case .checked(let evaluation):
      counts[CaseCategory(evaluation), default: 0] += 1
      withErrors.add(kenmerk: evaluation.loaded.caseFile.kenmerk, fouten: evaluation.count(.fout))
    }
    failing = failing || result.fails(strict: false)
    failingStrict = failingStrict || result.fails(strict: true)
  }

  /// `3 dossiers gecontroleerd: 1 compleet, 1 in orde, 0 alleen waarschuwingen, 1 met fouten,
  /// 0 onleesbaar; met fouten: VZ-2025-0142 (3)`.
  public var summary: String {
    CaseCategory.summary(counts) { $0 == 1 ? "dossier gecontroleerd" : "dossiers gecontroleerd" }
      + (withErrors.text.map { "; " + $0 } ?? "")
  }
}
