/// A mistake in a template's text, at a byte offset; ``TemplateLibrary`` turns it into
/// `bestand:regel:kolom: fout in sjabloon: ...` with the line shown.
struct TemplateSyntaxError: Error {
  /// Byte offset into the template text.
  let offset: Int
  /// What is wrong, in Dutch.
  let message: String

  init(offset: Int, _ message: String) {
    self.offset = offset
    self.message = message
  }

  /// `path:line:column: fout in sjabloon: message` and the line itself.
  func describe(path: String, text: String) -> String {
    let bytes = Array(text.utf8)
    let end = min(max(offset, 0), bytes.count)
    var line = 1
    var lineStart = 0
    // A line ends with \n, \r\n or a lone \r, as the parser reads them.
    for index in 0..<end
    where bytes[index] == UInt8(ascii: "\n")
      || (bytes[index] == UInt8(ascii: "\r")
        && (index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "\n")))
    {
      line += 1
      lineStart = index + 1
    }
    let column = 1 + bytes[lineStart..<end].filter { $0 & 0xC0 != 0x80 }.count
    let lineEnd =
      bytes[lineStart...].firstIndex { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") } ?? bytes.count
    let shown = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
    return "\(path):\(line):\(column): fout in sjabloon: \(message)\n    \(shown)"
  }
}
