import CYaml

/// Composes a ``SourceNode`` tree straight from libyaml's event stream, without an intermediate
/// node tree: one pass, one `String` per scalar, positions from libyaml's marks.
///
/// It reads YAML the way the composer of Yams (our earlier loader, kept as the reference in
/// `YAMLComposerParityTests`) did: one document, aliases resolved to the node their anchor named
/// (an anchor counts from the end of its node on, the last one of a name wins), duplicate keys
/// refused when their mapping ends (same text and tag; an explicit `!!str` equals a plain key).
/// Nodes reached through an alias share their storage, so an alias bomb is cheap to compose;
/// ``YAMLTreeBuilder`` walks such a tree with a budget.
struct YAMLComposer {
  /// The composed document.
  struct Document {
    /// The root node, or `nil` for a stream without a document.
    let root: SourceNode?
    /// Whether an alias occurred (the tree may then share nodes).
    let hasAliases: Bool
    /// Without aliases: the first value node (in document order) nested deeper than the limit.
    let tooDeep: SourceLocation?
  }

  /// The deepest nesting of values accepted without aliases (with aliases the builder checks).
  let maxDepth: Int
  /// The most values (nodes that are not keys) composed before the document is refused.
  var maxValues = YAMLTreeBuilder.maxValues

  /// Composes `bytes` (UTF-8).
  func compose(_ bytes: UnsafeBufferPointer<UInt8>) throws(YAMLSyntaxError) -> Document {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else {
      throw YAMLSyntaxError(stage: .other, context: nil, problem: "", location: .start)
    }
    defer { yaml_parser_delete(&parser) }
    yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
    yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
    var state = YAMLComposerState(maxDepth: maxDepth, maxValues: maxValues)
    var event = yaml_event_t()
    func next() throws(YAMLSyntaxError) -> yaml_event_type_t {
      yaml_event_delete(&event)
      guard yaml_parser_parse(&parser, &event) == 1 else { throw Self.error(of: parser, in: bytes) }
      return event.type
    }
    defer { yaml_event_delete(&event) }
    _ = try next()  // STREAM-START
    guard try next() != YAML_STREAM_END_EVENT else {
      return Document(root: nil, hasAliases: false, tooDeep: nil)
    }
    // DOCUMENT-START, then the nodes until the root is complete.
    while state.root == nil {
      _ = try next()
      try state.take(event)
    }
    _ = try next()  // DOCUMENT-END
    if try next() != YAML_STREAM_END_EVENT {
      throw YAMLSyntaxError(
        stage: .composer,
        context: .init(text: "expected a single document in the stream", location: .start),
        problem: "but found another document", location: Self.location(event.start_mark))
    }
    return Document(
      root: state.root, hasAliases: state.hasAliases, tooDeep: state.hasAliases ? nil : state.tooDeep)
  }

  static func location(_ mark: yaml_mark_t) -> SourceLocation {
    SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
  }

  /// libyaml's error, as Yams reported it; a reader error (which libyaml gives as a byte offset)
  /// with its line and column.
  private static func error(of parser: yaml_parser_t, in bytes: UnsafeBufferPointer<UInt8>) -> YAMLSyntaxError
  {
    let stage: YAMLSyntaxError.Stage
    switch parser.error {
    case YAML_READER_ERROR: stage = .reader
    case YAML_SCANNER_ERROR: stage = .scanner
    case YAML_PARSER_ERROR: stage = .parser
    case YAML_COMPOSER_ERROR: stage = .composer
    default: stage = .other
    }
    let context = parser.context.map {
      YAMLSyntaxError.Context(text: String(cString: $0), location: location(parser.context_mark))
    }
    return YAMLSyntaxError(
      stage: stage, context: stage == .reader ? nil : context,
      problem: parser.problem.map { String(cString: $0) } ?? "",
      location: stage == .reader
        ? SourceLocation(offset: parser.problem_offset, in: bytes) : location(parser.problem_mark))
  }
}
