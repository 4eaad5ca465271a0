/// A 1-based line and column in a case file.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Line number, starting at 1.
  public let line: Int
  /// Column number (in Unicode scalars), starting at 1.
  public let column: Int

  /// Creates a location; values below 1 are raised to 1.
  public init(line: Int, column: Int) {
    self.line = max(1, line)
    self.column = max(1, column)
  }

  /// The start of a file.
  public static let start = SourceLocation(line: 1, column: 1)

  /// `line:column`.
  public var description: String { "\(line):\(column)" }

  /// Orders by line, then column.
  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}
