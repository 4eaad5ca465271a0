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

  /// The location of byte `offset` in UTF-8 `bytes` (lines end at a line feed; the column
  /// counts characters).
  init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    var line = 1
    var column = 1
    for byte in bytes[..<min(max(offset, 0), bytes.count)] {
      if byte == 0x0A {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
    }
    self.init(line: line, column: column)
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
