/// The outcome of checking one case file.
public enum CheckResult: Sendable {
  /// The case was read and checked.
  case checked(CaseEvaluation)
  /// The case could not be read.
  case unreadable(file: String, diagnostics: [Diagnostic])

  /// The file as given.
  public var file: String {
    switch self {
    case .checked(let evaluation): return evaluation.loaded.file
    case .unreadable(let file, _): return file
    }
  }

  /// Whether the case counts as failing: unreadable, a `fout`, or (strict) a `waarschuwing`.
  public func fails(strict: Bool) -> Bool {
    switch self {
    case .unreadable: return true
    case .checked(let evaluation):
      guard let worst = evaluation.worstSeverity else { return false }
      return worst == .fout || (strict && worst == .waarschuwing)
    }
  }
}
