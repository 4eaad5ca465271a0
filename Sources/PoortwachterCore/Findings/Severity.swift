/// How serious a finding is: `info` < `waarschuwing` < `fout`.
public enum Severity: String, Sendable, Comparable, CaseIterable {
  case info, waarschuwing, fout

  private var rank: Int {
    switch self {
    case .info: return 0
    case .waarschuwing: return 1
    case .fout: return 2
    }
  }

  /// Orders by seriousness.
  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}
