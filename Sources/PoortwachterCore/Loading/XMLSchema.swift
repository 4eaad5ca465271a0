import CLibXML2

/// A parsed XSD, shared read-only between tasks (libxml2 treats a parsed schema as immutable).
///
/// Each validation uses its own validation context, as libxml2 requires.
public final class XMLSchema: @unchecked Sendable {
  private let schema: xmlSchemaPtr

  /// Parses an XSD from its text; throws with libxml2's messages when it is not a valid schema.
  public init(xsd: String, name: String) throws {
    let (parsed, sink) = LibXML.capturingErrors { box -> xmlSchemaPtr? in
      xsd.withCString { pointer in
        guard let context = xmlSchemaNewMemParserCtxt(pointer, Int32(xsd.utf8.count)) else { return nil }
        defer { xmlSchemaFreeParserCtxt(context) }
        xmlSchemaSetParserStructuredErrors(context, LibXML.handler, box)
        return xmlSchemaParse(context)
      }
    }
    guard let parsed else {
      let detail = sink.messages.map { "\(name):\($0.line): \($0.text)" }.joined(separator: "; ")
      throw PoortwachterError.invalidSchema(name: name, detail: detail)
    }
    schema = parsed
  }

  deinit { xmlSchemaFree(schema) }

  /// Validates a parsed document; returns every error (empty when valid).
  func validate(_ document: xmlDocPtr) -> [LibXML.Message] {
    let (result, sink) = LibXML.capturingErrors { box -> Int32 in
      guard let context = xmlSchemaNewValidCtxt(schema) else { return -1 }
      defer { xmlSchemaFreeValidCtxt(context) }
      xmlSchemaSetValidStructuredErrors(context, LibXML.handler, box)
      return xmlSchemaValidateDoc(context, document)
    }
    let errors = sink.messages.filter { !$0.isWarning }
    if result != 0 && errors.isEmpty {
      return [LibXML.Message(line: 0, column: 0, text: "validatie mislukt", isWarning: false)]
    }
    return errors
  }

  /// Parses a case file into a tree and validates that; returns every problem (empty when valid).
  /// The tree gives each error the element it is about, which diagnostics point at.
  func messages(forXML text: String, name: String) -> [LibXML.Message] {
    let (document, sink) = LibXML.capturingErrors { _ in
      text.withCString {
        xmlReadMemory($0, Int32(clamping: text.utf8.count), name, "UTF-8", LibXML.parseOptions)
      }
    }
    guard let document else { return sink.messages.filter { !$0.isWarning } }
    defer { xmlFreeDoc(document) }
    return validate(document)
  }

  /// Validates generated XML (`riv.xml`) in one streaming pass, without building a tree.
  ///
  /// The streaming parser takes libxml2's default options, which load no external DTD or entity;
  /// a document whose prolog declares a DOCTYPE is refused outright.
  func streamingMessages(forXML bytes: [UInt8]) -> [LibXML.Message] {
    guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else {
      return [LibXML.Message(line: 0, column: 0, text: "leeg of te groot document", isWarning: false)]
    }
    if Self.declaresDoctype(bytes) {
      return [LibXML.Message(line: 0, column: 0, text: "een DOCTYPE is niet toegestaan", isWarning: false)]
    }
    let (result, sink) = LibXML.capturingErrors { box -> Int32 in
      guard let context = xmlSchemaNewValidCtxt(schema) else { return -1 }
      defer { xmlSchemaFreeValidCtxt(context) }
      xmlSchemaSetValidStructuredErrors(context, LibXML.handler, box)
      return bytes.withUnsafeBytes { raw -> Int32 in
        guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self),
          // xmlParserInputBufferCreateMem copies the bytes; the parser that xmlSchemaValidateStream
          // creates frees the buffer (libxml2 2.9 leaks it only when that parser cannot be made).
          let input = xmlParserInputBufferCreateMem(base, Int32(raw.count), XML_CHAR_ENCODING_UTF8)
        else { return -1 }
        return xmlSchemaValidateStream(context, input, XML_CHAR_ENCODING_UTF8, nil, nil)
      }
    }
    let errors = sink.messages.filter { !$0.isWarning }
    if result != 0 && errors.isEmpty {
      return [LibXML.Message(line: 0, column: 0, text: "validatie mislukt", isWarning: false)]
    }
    return errors
  }

  /// Whether the prolog (everything before the root element) declares a DOCTYPE. Comments and
  /// processing instructions are skipped, so `<!DOCTYPE` inside them or in the document is text.
  static func declaresDoctype(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { doctypeOffset($0) != nil }
  }

  /// Where the prolog declares a DOCTYPE (the offset of its `<`), or `nil`; see ``declaresDoctype(_:)``.
  static func doctypeOffset(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var index = 0
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<") else {
        index += 1
        continue
      }
      if starts(Prolog.instructionStart, in: bytes, at: index) {
        guard let next = end(of: Prolog.instructionEnd, in: bytes, from: index + 2) else { return nil }
        index = next
      } else if starts(Prolog.commentStart, in: bytes, at: index) {
        guard let next = end(of: Prolog.commentEnd, in: bytes, from: index + 4) else { return nil }
        index = next
      } else {
        return starts(Prolog.doctype, in: bytes, at: index) ? index : nil
      }
    }
    return nil
  }

  /// Whether `pattern` occurs in `bytes` at `index`.
  static func starts(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    index + pattern.count <= bytes.count && bytes[index..<(index + pattern.count)].elementsEqual(pattern)
  }

  /// The offset just after the first `pattern` at or after `index`, or `nil`.
  static func end(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int? {
    var position = index
    while position + pattern.count <= bytes.count {
      if bytes[position] == pattern[0], starts(pattern, in: bytes, at: position) {
        return position + pattern.count
      }
      position += 1
    }
    return nil
  }

  private enum Prolog {
    static let instructionStart = Array("<?".utf8)
    static let instructionEnd = Array("?>".utf8)
    static let commentStart = Array("<!--".utf8)
    static let commentEnd = Array("-->".utf8)
    static let doctype = Array("<!DOCTYPE".utf8)
  }

  /// Validates generated XML text (streaming); returns every problem as `name:line: message`
  /// (empty when valid).
  public func validate(xml text: String, name: String) -> [String] {
    validate(xml: Array(text.utf8), name: name)
  }

  /// Validates generated UTF-8 XML (streaming); returns every problem as `name:line: message`
  /// (empty when valid).
  public func validate(xml bytes: [UInt8], name: String) -> [String] {
    streamingMessages(forXML: bytes).map { "\(name):\($0.line): \(SchemaMessage.translate($0.text).text)" }
  }
}
