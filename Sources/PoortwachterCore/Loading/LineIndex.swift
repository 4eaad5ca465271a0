/// Finds columns in a text by line, for parsers that report only a line (libxml2).
struct LineIndex {
  private let lines: [Substring]
  /// Where ``nextLocation(of:line:)`` goes on: the line, and the character after the last start
  /// tag found there with its column.
  private var cursor: (line: Int, index: String.Index, column: Int)?

  init(_ text: String) {
    lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
  }

  /// The location of the start tag `<name` on `line`, or column `column` (or 1) when not found.
  func location(of elementName: String?, line: Int, column: Int = 0) -> SourceLocation {
    guard column <= 0, let elementName, line >= 1, line <= lines.count else {
      return SourceLocation(line: line, column: column)
    }
    let text = lines[line - 1]
    var offset = 1
    var index = text.unicodeScalars.startIndex
    let needle = Array(("<" + elementName).unicodeScalars)
    let scalars = text.unicodeScalars
    while index != scalars.endIndex {
      if scalars[index...].starts(with: needle) {
        let after = scalars.index(index, offsetBy: needle.count)
        if after == scalars.endIndex || !isNameScalar(scalars[after]) {
          return SourceLocation(line: line, column: offset)
        }
      }
      index = scalars.index(after: index)
      offset += 1
    }
    return SourceLocation(line: line, column: 1)
  }

  /// The location of the start tag `<name` on `line`, for start tags asked for in document order
  /// (as a tree is walked): on a line the search goes on after the previous tag found there, so a
  /// file on one line with 50,000 elements is read once, not once per element (which took
  /// minutes), and repeated names on a line each get their own column. Column 1 when not found.
  mutating func nextLocation(of elementName: String, line: Int) -> SourceLocation {
    guard line >= 1, line <= lines.count else { return SourceLocation(line: line, column: 1) }
    let scalars = lines[line - 1].unicodeScalars
    var index = scalars.startIndex
    var column = 1
    if let cursor, cursor.line == line {
      index = cursor.index
      column = cursor.column
    }
    let needle = Array(("<" + elementName).unicodeScalars)
    while index != scalars.endIndex {
      if scalars[index] == "<", scalars[index...].starts(with: needle) {
        let after = scalars.index(index, offsetBy: needle.count)
        if after == scalars.endIndex || !isNameScalar(scalars[after]) {
          cursor = (line, after, column + needle.count)
          return SourceLocation(line: line, column: column)
        }
      }
      index = scalars.index(after: index)
      column += 1
    }
    return SourceLocation(line: line, column: 1)
  }

  private func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "_-.:".unicodeScalars.contains(scalar)
  }

  /// The first place `needle` occurs (1-based line and column), or `nil`.
  func firstLocation(of needle: String) -> SourceLocation? {
    for (number, line) in lines.enumerated() {
      if let range = line.range(of: needle) {
        return SourceLocation(line: number + 1, column: line[..<range.lowerBound].unicodeScalars.count + 1)
      }
    }
    return nil
  }
}
