/// Parses Mustache text into tokens once, so rendering never looks at template text again.
///
/// Follows the Mustache specification (sections, inverted sections, comments, partials, set
/// delimiters, and "standalone" tags: a section, comment, partial or delimiter tag alone on its
/// line removes that line), with the functions of ``TemplateFunction``. Template inheritance,
/// lambdas, dynamic partials and pragmas are not supported and are errors.
struct TemplateParser {
  private let bytes: [UInt8]
  private var position = 0
  private var open: [UInt8] = Array("{{".utf8)
  private var close: [UInt8] = Array("}}".utf8)

  init(_ text: String) {
    bytes = Array(text.utf8)
  }

  /// The tokens of the whole template.
  static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateToken] {
    var parser = TemplateParser(text)
    return try parser.parseLevel(section: nil, newLine: true)
  }

  /// Sections nested deeper than this are an error (and keep the parser's recursion bounded).
  static let maximumNesting = 100

  /// An open section: what its closing tag must name.
  private struct OpenSection {
    let name: TemplateName
    let offset: Int
    let depth: Int
  }

  /// Tokens up to the end of the text or, in a section, up to its closing tag.
  private mutating func parseLevel(section: OpenSection?, newLine startsOnNewLine: Bool)
    throws(TemplateSyntaxError) -> [TemplateToken]
  {
    var tokens: [TemplateToken] = []
    var newLine = startsOnNewLine
    var indentation: [UInt8] = []
    while position < bytes.count {
      if newLine { indentation = read(while: { $0 == .space || $0 == .tab }) }
      let (text, foundTag) = readText()
      if let newline = readNewline() {
        tokens.append(.text(indentation + text + newline))
        newLine = true
        continue
      }
      if !text.isEmpty {
        tokens.append(.text(indentation + text))
        indentation = []
        newLine = false
      }
      guard foundTag else { break }
      let tagOffset = position - open.count
      var standalone = false
      guard position < bytes.count else {
        throw TemplateSyntaxError(offset: tagOffset, "tag niet afgesloten aan het eind van het sjabloon")
      }
      let kind = bytes[position]
      switch kind {
      case UInt8(ascii: "#"), UInt8(ascii: "^"):
        position += 1
        let name = try readName(tag: tagOffset)
        standalone = newLine && lineFinished()
        if !standalone { flush(&indentation, into: &tokens) }
        let depth = (section?.depth ?? 0) + 1
        guard depth <= Self.maximumNesting else {
          throw TemplateSyntaxError(
            offset: tagOffset, "secties meer dan \(Self.maximumNesting) niveaus diep genest")
        }
        // Delimiters set inside a section apply up to its end, as in swift-mustache.
        let (outerOpen, outerClose) = (open, close)
        let body = try parseLevel(
          section: OpenSection(name: name, offset: tagOffset, depth: depth), newLine: standalone)
        (open, close) = (outerOpen, outerClose)
        tokens.append(.section(name, inverted: kind == UInt8(ascii: "^"), body: body))
      case UInt8(ascii: "/"):
        position += 1
        let nameOffset = position
        let name = try readName(tag: tagOffset)
        guard let section else {
          throw TemplateSyntaxError(
            offset: nameOffset, "sluitende sectie '\(name.written)' zonder open sectie")
        }
        guard name == section.name else {
          throw TemplateSyntaxError(
            offset: nameOffset,
            "sluitende sectie hoort niet bij de open sectie: '{{/\(name.written)}}' sluit '\(section.name.written)'"
          )
        }
        if !(newLine && lineFinished()) { flush(&indentation, into: &tokens) }
        return tokens
      case UInt8(ascii: "!"):
        position += 1
        guard let end = find(close, from: position) else {
          throw TemplateSyntaxError(
            offset: tagOffset, "commentaar niet afgesloten met '\(String(decoding: close, as: UTF8.self))'")
        }
        position = end + close.count
        standalone = newLine && lineFinished()
      case UInt8(ascii: "{"), UInt8(ascii: "&"):
        flush(&indentation, into: &tokens)
        position += 1
        let name = try readName(tag: tagOffset)
        if kind == UInt8(ascii: "{") {
          guard position < bytes.count, bytes[position] == UInt8(ascii: "}") else {
            throw TemplateSyntaxError(offset: position, "'{{{' niet afgesloten met '}}}'")
          }
          position += 1
        }
        tokens.append(.variable(name))
      case UInt8(ascii: ">"):
        position += 1
        let name = try readPartialName()
        let leading = indentation
        flush(&indentation, into: &tokens)
        standalone = newLine && lineFinished()
        tokens.append(.partial(name, indentation: standalone ? leading : [], offset: tagOffset))
      case UInt8(ascii: "="):
        position += 1
        try readDelimiters()
        standalone = newLine && lineFinished()
      case UInt8(ascii: "%"):
        throw TemplateSyntaxError(
          offset: tagOffset,
          "pragma's (zoals CONTENT_TYPE) worden niet ondersteund; HTML en XML worden altijd ge-escaped")
      case UInt8(ascii: "<"), UInt8(ascii: "$"):
        throw TemplateSyntaxError(
          offset: tagOffset, "sjabloonovererving ({{< }} en {{$ }}) wordt niet ondersteund; gebruik partials")
      default:
        flush(&indentation, into: &tokens)
        tokens.append(.variable(try readName(tag: tagOffset)))
      }
      newLine = standalone
    }
    if let section {
      throw TemplateSyntaxError(
        offset: section.offset,
        "sectie '\(section.name.written)' niet afgesloten ({{/\(section.name.written)}} ontbreekt)")
    }
    return tokens
  }

  /// Whitespace before a tag that turned out not to stand alone is text.
  private func flush(_ indentation: inout [UInt8], into tokens: inout [TemplateToken]) {
    if !indentation.isEmpty { tokens.append(.text(indentation)) }
    indentation = []
  }

  /// Text up to a newline (not read) or an opening delimiter (read); whether a tag was found.
  private mutating func readText() -> (text: [UInt8], foundTag: Bool) {
    let start = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == .newline || byte == .carriageReturn { return (Array(bytes[start..<position]), false) }
      if byte == open[0], matches(open, at: position) {
        let text = Array(bytes[start..<position])
        position += open.count
        return (text, true)
      }
      position += 1
    }
    return (Array(bytes[start..<position]), false)
  }

  /// Reads `\n`, `\r\n` or `\r`.
  private mutating func readNewline() -> [UInt8]? {
    guard position < bytes.count else { return nil }
    if bytes[position] == .newline {
      position += 1
      return [.newline]
    }
    guard bytes[position] == .carriageReturn else { return nil }
    if position + 1 < bytes.count, bytes[position + 1] == .newline {
      position += 2
      return [.carriageReturn, .newline]
    }
    position += 1
    return [.carriageReturn]
  }

  /// After a tag: only spaces and tabs up to the end of the line (then read) or of the text.
  private mutating func lineFinished() -> Bool {
    let start = position
    _ = read(while: { $0 == .space || $0 == .tab })
    if position >= bytes.count || readNewline() != nil { return true }
    position = start
    return false
  }

  /// A tag's name up to the closing delimiter; `tag` is the offset where the tag starts.
  private mutating func readName(tag: Int) throws(TemplateSyntaxError) -> TemplateName {
    let offset = position
    _ = read(while: Self.isWhitespace)
    let written = String(decoding: read(while: TemplateNameReader.isNameByte), as: UTF8.self)
    _ = read(while: Self.isWhitespace)
    try expectClose(after: offset)
    return try TemplateNameReader.parse(written, offset: offset, tag: tag)
  }

  /// A partial's name (may contain `/`) up to the closing delimiter.
  private mutating func readPartialName() throws(TemplateSyntaxError) -> String {
    let offset = position
    _ = read(while: Self.isWhitespace)
    if position < bytes.count, bytes[position] == UInt8(ascii: "*") {
      throw TemplateSyntaxError(offset: position, "dynamische partials ({{>*naam}}) worden niet ondersteund")
    }
    let name = String(
      decoding: read(while: { TemplateNameReader.isNameByte($0) || $0 == UInt8(ascii: "/") }), as: UTF8.self)
    _ = read(while: Self.isWhitespace)
    try expectClose(after: offset)
    guard !name.isEmpty else { throw TemplateSyntaxError(offset: offset, "partial zonder naam") }
    return name
  }

  /// `{{=<% %>=}}`: new delimiters for the rest of the template.
  private mutating func readDelimiters() throws(TemplateSyntaxError) {
    let offset = position
    _ = read(while: Self.isWhitespace)
    let newOpen = read(while: { !Self.isWhitespace($0) })
    _ = read(while: Self.isWhitespace)
    let newClose = read(while: { !Self.isWhitespace($0) && $0 != UInt8(ascii: "=") })
    _ = read(while: Self.isWhitespace)
    guard !newOpen.isEmpty, !newClose.isEmpty, position < bytes.count, bytes[position] == UInt8(ascii: "=")
    else {
      throw TemplateSyntaxError(
        offset: offset, "ongeldige scheidingstekens; schrijf bijvoorbeeld {{=<% %>=}}")
    }
    position += 1
    try expectClose(after: offset)
    open = newOpen
    close = newClose
  }

  private mutating func expectClose(after offset: Int) throws(TemplateSyntaxError) {
    guard matches(close, at: position) else {
      let closing = String(decoding: close, as: UTF8.self)
      throw TemplateSyntaxError(
        offset: position,
        "tag niet afgesloten met '\(closing)' (een naam bestaat uit letters, cijfers en . _ -)")
    }
    position += close.count
  }

  private mutating func read(while accept: (UInt8) -> Bool) -> [UInt8] {
    let start = position
    while position < bytes.count, accept(bytes[position]) { position += 1 }
    return Array(bytes[start..<position])
  }

  private func matches(_ delimiter: [UInt8], at offset: Int) -> Bool {
    guard offset + delimiter.count <= bytes.count else { return false }
    for index in delimiter.indices where bytes[offset + index] != delimiter[index] { return false }
    return true
  }

  private func find(_ delimiter: [UInt8], from offset: Int) -> Int? {
    var index = offset
    while index + delimiter.count <= bytes.count {
      if matches(delimiter, at: index) { return index }
      index += 1
    }
    return nil
  }

  private static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == .space || byte == .tab || byte == .newline || byte == .carriageReturn
  }
}

extension UInt8 {
  fileprivate static let space = UInt8(ascii: " ")
  fileprivate static let tab = UInt8(ascii: "\t")
  fileprivate static let newline = UInt8(ascii: "\n")
  fileprivate static let carriageReturn = UInt8(ascii: "\r")
}
