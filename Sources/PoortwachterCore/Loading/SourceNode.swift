/// A node of a case document, independent of the syntax it came from.
///
/// YAML and XML are both turned into this tree first; one decoder (``CaseDecoder``) then maps
/// the tree to the model. That keeps the YAML and XML readings from drifting apart.
struct SourceNode: Sendable {
  /// A key and its value inside a mapping.
  struct Entry: Sendable {
    let key: String
    let keyLocation: SourceLocation
    let value: SourceNode
    /// Where the key lies in YAML text (`nil` for XML).
    var keySpan: SourceSpan? = nil
  }

  enum Content: Sendable {
    case null
    case scalar(String)
    case mapping([Entry])
    case sequence([SourceNode])
  }

  let content: Content
  let location: SourceLocation
  /// For XML: the element name. A list in XML is an element whose children are the items, so
  /// the decoder may read a `mapping` from XML as a sequence (see ``sequenceItems``).
  let elementName: String?
  /// For YAML: where the node lies in the text, for the editor.
  let span: SourceSpan?

  init(_ content: Content, at location: SourceLocation, elementName: String? = nil, span: SourceSpan? = nil) {
    self.content = content
    self.location = location
    self.elementName = elementName
    self.span = span
  }

  /// The items when this node can be read as a list: a YAML sequence, or an XML element with
  /// child elements (the items) or none (an empty list).
  var sequenceItems: [SourceNode]? {
    switch content {
    case .sequence(let items): return items
    case .mapping(let entries) where elementName != nil: return entries.map(\.value)
    case .null where elementName != nil: return []
    default: return nil
    }
  }

  /// A short Dutch description of what this node is, for type errors.
  var kindDescription: String {
    switch content {
    case .null: return "een lege waarde"
    case .scalar(let text): return "'\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'"
    case .mapping: return elementName == nil ? "een mapping (sleutels met waarden)" : "geneste elementen"
    case .sequence: return "een lijst"
    }
  }
}
