import CLibXML2

/// Turns an XML case file into a ``SourceNode`` tree with libxml2.
///
/// Element names are the YAML keys; a list is an element whose child elements are its items.
/// Lines come from libxml2; columns are found by locating the element's start tag on that line.
enum XMLTreeBuilder {
  /// The namespace of case files and `riv.xml`.
  static let namespace = "urn:poortwachter:dossier:1"
  /// The root element.
  static let rootName = "dossier"

  /// Builds the tree, or records diagnostics in `bag` and returns `nil`.
  ///
  static func build(_ text: String, bag: DiagnosticBag) throws -> SourceNode? {
    var utf8 = text
    if let problem = utf8.withUTF8({ XMLPreScan.problem(in: $0) }) {
      try bag.add(problem.code, at: problem.location, problem.message)
      return nil
    }
    var lines = LineIndex(text)
    let (document, sink) = LibXML.capturingErrors { _ in
      text.withCString { pointer in
        xmlReadMemory(pointer, Int32(text.utf8.count), bag.file, "UTF-8", LibXML.parseOptions)
      }
    }
    guard let document else {
      // libxml2 stops at the first error it cannot recover from and then reports what follows
      // from it (a tag not finished, the document ended early): the first error is the one to fix.
      if let first = sink.messages.first(where: { !$0.isWarning }) ?? sink.messages.first {
        let (location, text) = translate(first, lines: lines)
        try bag.add("invoer.xml-syntax", at: location, text)
      }
      if sink.messages.isEmpty { try bag.add("invoer.xml-syntax", at: nil, "XML-fout: onleesbaar document") }
      return nil
    }
    defer { xmlFreeDoc(document) }
    if document.pointee.intSubset != nil {
      try bag.add(
        "invoer.xml-doctype", at: .start, "een DOCTYPE is niet toegestaan in een casusbestand; verwijder het")
      return nil
    }
    guard let root = xmlDocGetRootElement(document) else {
      try bag.add("invoer.leeg", at: nil, "het XML-document heeft geen hoofdelement")
      return nil
    }
    let rootName = name(of: root)
    let rootNamespace = root.pointee.ns?.pointee.href.map { String(cString: $0) }
    guard rootName == Self.rootName, rootNamespace == namespace else {
      try bag.add(
        "invoer.xml-hoofdelement", at: lines.location(of: rootName, line: Int(xmlGetLineNo(root))),
        "hoofdelement '\(rootName)' (namespace '\(rootNamespace ?? "geen")') onbekend; "
          + "een casusbestand begint met <\(Self.rootName) "
          + "xmlns=\"\(namespace)\">")
      return nil
    }
    var budget = YAMLTreeBuilder.nodeBudget
    return try convert(root, lines: &lines, depth: 0, budget: &budget, bag: bag)
  }

  /// Validates a case that decoded cleanly against the schema; every problem goes to `bag`.
  static func validate(_ text: String, schema: XMLSchema, bag: DiagnosticBag) throws {
    let lines = LineIndex(text)
    for message in schema.messages(forXML: text, name: bag.file) {
      let (element, translated) = SchemaMessage.translate(message.text)
      try bag.add(
        "invoer.xml-schema", at: lines.location(of: element, line: message.line, column: message.column),
        "voldoet niet aan het XML-schema: \(translated)")
    }
  }

  /// Dutch text and position for a libxml2 message (see ``XMLErrorText``).
  static func translate(_ message: LibXML.Message, lines: LineIndex) -> (SourceLocation, String) {
    (
      SourceLocation(line: message.line, column: message.column),
      XMLErrorText.dutch(code: message.code, detail: message.text)
    )
  }

  private static func name(of node: xmlNodePtr) -> String {
    node.pointee.name.map { String(cString: $0) } ?? ""
  }

  private static func convert(
    _ element: xmlNodePtr, lines: inout LineIndex, depth: Int, budget: inout Int, bag: DiagnosticBag
  ) throws -> SourceNode? {
    let elementName = name(of: element)
    let here = lines.nextLocation(of: elementName, line: Int(xmlGetLineNo(element)))
    budget -= 1
    guard budget >= 0, depth <= YAMLTreeBuilder.maxDepth else {
      // Once: every element after the first one past the budget is past it too.
      if budget >= -1 {
        try bag.add("invoer.te-groot", at: here, "het document is te groot of te diep genest")
      }
      return nil
    }
    if element.pointee.properties != nil {
      try bag.add(
        "invoer.xml-attribuut", at: here,
        "element '\(elementName)' heeft attributen; gebruik geneste elementen in plaats daarvan")
    }
    var entries: [SourceNode.Entry] = []
    var text = ""
    var child = element.pointee.children
    while let node = child {
      defer { child = node.pointee.next }
      switch node.pointee.type {
      case XML_ELEMENT_NODE:
        guard let value = try convert(node, lines: &lines, depth: depth + 1, budget: &budget, bag: bag)
        else { continue }
        entries.append(.init(key: name(of: node), keyLocation: value.location, value: value))
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
        if let content = node.pointee.content { text += String(cString: content) }
      default:
        continue
      }
    }
    if !entries.isEmpty {
      if !text.trimmed.isEmpty {
        try bag.add(
          "invoer.xml-gemengd", at: here,
          "element '\(elementName)' bevat zowel tekst als elementen; kies één van beide")
      }
      return SourceNode(.mapping(entries), at: here, elementName: elementName)
    }
    return SourceNode(text.trimmed.isEmpty ? .null : .scalar(text), at: here, elementName: elementName)
  }
}
