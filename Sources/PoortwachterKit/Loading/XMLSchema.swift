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

  /// Parses and validates XML text; returns every problem (empty when valid).
  func messages(forXML text: String, name: String) -> [LibXML.Message] {
    messages(forXML: Array(text.utf8), name: name)
  }

  /// Parses and validates UTF-8 XML in one streaming pass (no document tree is built); returns
  /// every problem (empty when valid).
  ///
  /// The streaming parser takes libxml2's default options, which load no external DTD or entity;
  /// a document with a DOCTYPE is refused outright, so nothing can be declared or fetched.
  func messages(forXML bytes: [UInt8], name: String) -> [LibXML.Message] {
    guard !bytes.isEmpty, bytes.count <= Int(Int32.max) else {
      return [LibXML.Message(line: 0, column: 0, text: "leeg of te groot document", isWarning: false)]
    }
    if Self.containsDoctype(bytes) {
      return [LibXML.Message(line: 0, column: 0, text: "een DOCTYPE is niet toegestaan", isWarning: false)]
    }
    let (result, sink) = LibXML.capturingErrors { box -> Int32 in
      guard let context = xmlSchemaNewValidCtxt(schema) else { return -1 }
      defer { xmlSchemaFreeValidCtxt(context) }
      xmlSchemaSetValidStructuredErrors(context, LibXML.handler, box)
      return bytes.withUnsafeBytes { raw -> Int32 in
        guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self),
          // The parser that xmlSchemaValidateStream creates takes over (and frees) this buffer.
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

  private static let doctype = Array("<!DOCTYPE".utf8)

  private static func containsDoctype(_ bytes: [UInt8]) -> Bool {
    guard bytes.count >= doctype.count else { return false }
    for start in 0...(bytes.count - doctype.count) where bytes[start] == doctype[0] {
      if bytes[start..<(start + doctype.count)].elementsEqual(doctype) { return true }
    }
    return false
  }

  /// Parses and validates XML text; returns every problem as `name:line: message` (empty when valid).
  public func validate(xml text: String, name: String) -> [String] {
    validate(xml: Array(text.utf8), name: name)
  }

  /// Validates UTF-8 XML; returns every problem as `name:line: message` (empty when valid).
  public func validate(xml bytes: [UInt8], name: String) -> [String] {
    messages(forXML: bytes, name: name).map { "\(name):\($0.line): \(SchemaMessage.translate($0.text).text)" }
  }
}
