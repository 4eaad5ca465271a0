/// Finds columns in a text by line, for parsers that report only a line (libxml2).
struct LineIndex {
  private let lines: [Substring]

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
