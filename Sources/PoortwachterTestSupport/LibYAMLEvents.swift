import CYaml

/// What libyaml's own parser reports for a text: whether it reads it, and whether anchors,
/// aliases and complex keys (an alias, list or mapping as a key) are really there. The reference
/// the YAML pre-scan is tested and fuzzed against.
public struct LibYAMLEvents: Sendable {
  /// Whether libyaml parses the whole text without an error.
  public private(set) var accepted = true
  /// Documents in the stream.
  public private(set) var documents = 0
  /// Whether an anchor or an alias occurs.
  public private(set) var anchorsOrAliases = false
  /// Whether a mapping has an alias, list or mapping as a key.
  public private(set) var complexKey = false
  /// The deepest nesting of collections.
  public private(set) var maxDepth = 0

  /// Parses `text` with libyaml and records its events.
  public init(_ text: String) {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      accepted = false
      return
    }
    defer { yaml_parser_delete(&parser) }
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
      yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
      read(&parser)
    }
  }

  /// Whether this stream justifies the YAML pre-scan's refusal with `code`: libyaml does not read
  /// the text as one document, or the anchor and complex key (`invoer.complexe-sleutel`) or the
  /// nesting deeper than `maxNesting` (`invoer.te-diep`) are really there.
  public func justifies(refusal code: String, maxNesting: Int) -> Bool {
    guard accepted, documents <= 1 else { return true }
    switch code {
    case "invoer.complexe-sleutel": return anchorsOrAliases && complexKey
    case "invoer.te-diep": return maxDepth > maxNesting
    default: return false
    }
  }

  private mutating func read(_ parser: inout yaml_parser_t) {
    // Per open collection: is it a mapping, and does it expect a key next?
    var stack: [(mapping: Bool, key: Bool)] = []
    func node(complex: Bool) {
      guard let top = stack.last else { return }
      if top.mapping && top.key && complex { complexKey = true }
      stack[stack.count - 1].key.toggle()
    }
    while true {
      var event = yaml_event_t()
      guard yaml_parser_parse(&parser, &event) == 1 else {
        accepted = false
        return
      }
      defer { yaml_event_delete(&event) }
      switch event.type {
      case YAML_STREAM_END_EVENT: return
      case YAML_DOCUMENT_START_EVENT: documents += 1
      case YAML_ALIAS_EVENT:
        anchorsOrAliases = true
        node(complex: true)
      case YAML_SCALAR_EVENT:
        if event.data.scalar.anchor != nil { anchorsOrAliases = true }
        node(complex: false)
      case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
        let mapping = event.type == YAML_MAPPING_START_EVENT
        let anchor = mapping ? event.data.mapping_start.anchor : event.data.sequence_start.anchor
        if anchor != nil { anchorsOrAliases = true }
        node(complex: true)
        stack.append((mapping, true))
        maxDepth = max(maxDepth, stack.count)
      case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
        _ = stack.popLast()
      default: break
      }
    }
  }
}
