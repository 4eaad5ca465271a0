import PoortwachterCore

/// The cases with `fout` findings, for the summary line of `check`, `batch` and `pakket`:
/// `met fouten: VZ-2023-0274 (3), VZ-2025-0142 (3)`. At most ``limit`` are named (sorted by
/// kenmerk, so the line is the same in every run); the rest are counted.
public struct ErrorCaseList: Sendable {
  /// How many cases are named.
  public static let limit = 10

  private var cases: [(kenmerk: String, what: String)] = []

  /// An empty list.
  public init() {}

  /// Adds a case with `fouten` findings of severity `fout` (nothing when 0).
  public mutating func add(kenmerk: String, fouten: Int) {
    guard fouten > 0 else { return }
    cases.append((kenmerk, String(fouten)))
  }

  /// Adds a case that failed for another reason (`schrijven mislukt`).
  public mutating func add(kenmerk: String, reason: String) {
    cases.append((kenmerk, reason))
  }

  /// Whether no case has fouten.
  public var isEmpty: Bool { cases.isEmpty }

  /// `met fouten: VZ-2023-0274 (3), VZ-2025-0142 (3) en 4 andere`, or `nil` without such cases.
  public var text: String? {
    guard !cases.isEmpty else { return nil }
    let sorted = cases.sorted { ($0.kenmerk, $0.what) < ($1.kenmerk, $1.what) }
    let named = sorted.prefix(Self.limit).map { "\($0.kenmerk) (\($0.what))" }.joined(separator: ", ")
    let rest = sorted.count - Self.limit
    return "met fouten: " + named + (rest > 0 ? " en \(rest) andere" : "")
  }
}
