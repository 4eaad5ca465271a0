/// Finds the line where the indentation went wrong when libyaml notices it a line later.
///
/// A key moved to the left (`prognose:` at column 1 inside `probleemanalyse:`) is still valid YAML:
/// it becomes a key of the outer mapping and its value a plain scalar. The next line, indented
/// like the keys it belonged with, then reads as a continuation of that scalar, and its `:` is
/// where libyaml stops ("mapping values are not allowed"). The mistake is on the line before.
enum YAMLIndentation {
  /// The position and Dutch message for a key moved left, when the `:` error at `mark` has that
  /// shape: the line of `mark` starts with a key, the content line before it is `key: value`
  /// indented less than both that line and the content line before it. `nil` otherwise.
  static func movedKey(before mark: SourceLocation, in text: String) -> (SourceLocation, String)? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      Array($0.unicodeScalars.filter { $0 != "\r" })
    }
    guard mark.line >= 3, mark.line <= lines.count else { return nil }
    let current = lines[mark.line - 1]
    guard let currentKey = key(current) else { return nil }
    // The content lines before it (skipping blank lines and comments).
    let before = (0..<(mark.line - 1)).reversed().filter { !isBlank(lines[$0]) }
    guard before.count >= 2 else { return nil }
    let moved = lines[before[0]], above = lines[before[1]]
    guard let movedKey = key(moved), hasPlainValue(moved) else { return nil }
    let (indentMoved, indentCurrent, indentAbove) = (indent(moved), indent(current), indent(above))
    guard indentMoved < indentCurrent, indentMoved < indentAbove else { return nil }
    let message =
      "YAML-syntaxfout: de inspringing klopt niet: '\(movedKey)' staat op kolom \(indentMoved + 1), "
      + "maar de regel erna ('\(currentKey)', regel \(mark.line)) springt weer in tot kolom \(indentCurrent + 1); "
      + "zet '\(movedKey)' op kolom \(indentCurrent + 1) als het bij dezelfde onderdelen hoort"
    return (SourceLocation(line: before[0] + 1, column: indentMoved + 1), message)
  }

  private static func indent(_ line: [Unicode.Scalar]) -> Int { line.prefix { $0 == " " }.count }

  private static func isBlank(_ line: [Unicode.Scalar]) -> Bool {
    let rest = line.drop { $0 == " " || $0 == "\t" }
    return rest.isEmpty || rest.first == "#"
  }

  /// The key a line starts with (`prognose` of `  prognose: tekst`), or `nil`.
  private static func key(_ line: [Unicode.Scalar]) -> String? {
    let rest = line.drop { $0 == " " }
    let name = rest.prefix {
      $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
    }
    guard !name.isEmpty, rest.dropFirst(name.count).first == ":" else { return nil }
    let after = rest.dropFirst(name.count + 1).first
    guard after == nil || after == " " else { return nil }
    var text = ""
    text.unicodeScalars.append(contentsOf: name)
    return text
  }

  /// Whether `key: value` has a plain scalar value on the same line (which a deeper line continues).
  private static func hasPlainValue(_ line: [Unicode.Scalar]) -> Bool {
    guard let colon = line.firstIndex(of: ":") else { return false }
    let value = line[(colon + 1)...].drop { $0 == " " }
    guard let first = value.first else { return false }
    return !"|>{[\"'&*!#".unicodeScalars.contains(first)
  }
}
