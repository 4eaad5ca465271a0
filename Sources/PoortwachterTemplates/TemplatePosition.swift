/// A place in a template file: the file, the 1-based line and column, and the line as written, so
/// a message can show it (`riv.html.mustache:12:5`).
public struct TemplatePosition: Hashable, Sendable, CustomStringConvertible {
  /// The template file.
  public let path: String
  /// Line number, starting at 1.
  public let line: Int
  /// Column in characters, starting at 1.
  public let column: Int
  /// The whole line the position is on, without its line break.
  public let lineText: String

  /// A position given directly.
  public init(path: String, line: Int, column: Int, lineText: String) {
    self.path = path
    self.line = line
    self.column = column
    self.lineText = lineText
  }

  /// The position of a byte offset in `text`, the contents of `path`. A line ends with `\n`, `\r\n`
  /// or a lone `\r`, as the parser reads them.
  public init(path: String, text: String, offset: Int) {
    let bytes = Array(text.utf8)
    let end = min(max(offset, 0), bytes.count)
    var line = 1
    var lineStart = 0
    for index in 0..<end
    where bytes[index] == UInt8(ascii: "\n")
      || (bytes[index] == UInt8(ascii: "\r")
        && (index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n")))
    {
      line += 1
      lineStart = index + 1
    }
    let lineEnd =
      bytes[lineStart...].firstIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } ?? bytes.count
    self.path = path
    self.line = line
    self.column = 1 + bytes[lineStart..<end].filter { $0 & 0xC0 != 0x80 }.count
    self.lineText = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
  }

  /// `path:line:column`.
  public var description: String { "\(path):\(line):\(column)" }
}

/// A tag's place before it is turned into a line and column: the template it is in and its byte
/// offset there.
struct TemplateSpot: Hashable, Sendable {
  /// The template's name.
  let template: String
  /// Byte offset in the template's text.
  let offset: Int
}
