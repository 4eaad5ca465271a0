import CYaml

/// The open collections, anchors and finished root while ``YAMLComposer`` reads events.
struct YAMLComposerState {
  /// What a node is for comparing keys: scalars by text and tag (`nil` is the default tag),
  /// collections by a hash of their kind, tag and contents.
  enum Identity: Hashable {
    case scalar(String, tag: String?)
    case collection(Int)
  }

  /// A finished node with what a key made of it needs.
  struct Composed {
    let node: SourceNode
    /// The key text: the scalar as written (also `~` or empty), `?` for a collection.
    let keyText: String
    /// Set when identities are tracked (inside a key, or once the document has an anchor).
    let identity: Identity?
  }

  /// A key waiting for its value.
  private struct Key {
    let text: String
    let location: SourceLocation
    let span: SourceSpan?
  }

  /// An open sequence or mapping.
  private struct Frame {
    let isMapping: Bool
    let location: SourceLocation
    let anchor: String?
    let depth: Int
    /// Inside a key: its nodes are compared, not kept.
    let inKey: Bool
    /// Where the collection starts, its style and whether it has an anchor or tag (for its span).
    let start: (index: Int, style: SourceSpan.Style, hasProperties: Bool)
    var items: [SourceNode] = []
    var entries: [SourceNode.Entry] = []
    var pendingKey: Key?
    /// The keys in order (mappings only), for the duplicate check.
    var keys: [(identity: Identity, location: SourceLocation)] = []
    var hasher: Hasher?
  }

  let maxDepth: Int
  /// The most values (nodes that are not keys) composed; past it composing stops.
  let maxValues: Int
  private var values = 0
  private(set) var root: SourceNode?
  private(set) var hasAliases = false
  private(set) var tooDeep: SourceLocation?
  private var stack: [Frame] = []
  private var anchors: [String: Composed] = [:]
  /// Set at the first anchor: from then on every node gets an identity, in case an alias to it
  /// becomes a key.
  private var tracksAll = false

  init(maxDepth: Int, maxValues: Int) {
    self.maxDepth = maxDepth
    self.maxValues = maxValues
    stack.reserveCapacity(8)
  }

  /// Whether the next node is a key, and how deep it is.
  private var position: (inKey: Bool, depth: Int) {
    guard let top = stack.last else { return (false, 0) }
    return (top.inKey || (top.isMapping && top.pendingKey == nil), top.depth + 1)
  }

  /// Takes one node event.
  mutating func take(_ event: yaml_event_t) throws(YAMLSyntaxError) {
    let location = YAMLComposer.location(event.start_mark)
    switch event.type {
    case YAML_SCALAR_EVENT:
      let scalar = event.data.scalar
      let text = String(
        decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
      let anchor = Self.string(scalar.anchor)
      if anchor != nil { tracksAll = true }
      let (inKey, depth) = position
      noteDepth(depth, at: location, inKey: inKey)
      try countValue(at: location, inKey: inKey)
      let tag = scalar.quoted_implicit == 1 ? nil : Self.tag(scalar.tag, default: "tag:yaml.org,2002:str")
      let isNull = scalar.style == YAML_PLAIN_SCALAR_STYLE && Self.isNull(text)
      let span = SourceSpan(
        start: Int(event.start_mark.index), end: Int(event.end_mark.index),
        style: Self.style(of: scalar.style),
        hasProperties: anchor != nil || scalar.tag != nil)
      let composed = Composed(
        node: SourceNode(isNull ? .null : .scalar(text), at: location, span: span), keyText: text,
        identity: inKey || tracksAll ? .scalar(text, tag: tag) : nil)
      if let anchor { anchors[anchor] = composed }
      try deliver(composed)
    case YAML_ALIAS_EVENT:
      hasAliases = true
      guard let name = Self.string(event.data.alias.anchor), let anchored = anchors[name] else {
        throw YAMLSyntaxError(
          stage: .composer, context: nil, problem: "found undefined alias", location: location)
      }
      try deliver(anchored)
    case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
      let isMapping = event.type == YAML_MAPPING_START_EVENT
      let start = event.data.sequence_start  // same layout as mapping_start
      let anchor = Self.string(start.anchor)
      if anchor != nil { tracksAll = true }
      let (inKey, depth) = position
      noteDepth(depth, at: location, inKey: inKey)
      try countValue(at: location, inKey: inKey)
      var hasher: Hasher?
      if inKey || tracksAll {
        hasher = Hasher()
        hasher?.combine(isMapping)
        hasher?.combine(
          start.implicit != 0
            ? nil
            : Self.tag(start.tag, default: isMapping ? "tag:yaml.org,2002:map" : "tag:yaml.org,2002:seq"))
      }
      let isFlow =
        isMapping
        ? event.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE
        : start.style == YAML_FLOW_SEQUENCE_STYLE
      stack.append(
        Frame(
          isMapping: isMapping, location: location, anchor: anchor, depth: depth, inKey: inKey,
          start: (
            Int(event.start_mark.index), isFlow ? .flowCollection : .blockCollection,
            anchor != nil || start.tag != nil
          ),
          hasher: hasher
        ))
    case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
      guard let frame = stack.popLast() else { throw Self.unexpected(at: location) }
      if frame.isMapping { try Self.checkDuplicates(frame) }
      let span = SourceSpan(
        start: frame.start.index, end: Int(event.end_mark.index), style: frame.start.style,
        hasProperties: frame.start.hasProperties)
      let node = SourceNode(
        frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items), at: frame.location, span: span)
      let composed = Composed(
        node: node, keyText: "?", identity: frame.hasher.map { .collection($0.finalize()) })
      if let anchor = frame.anchor { anchors[anchor] = composed }
      try deliver(composed)
    default:
      throw Self.unexpected(at: location)
    }
  }

  /// Hands a finished node to the open collection, or makes it the root.
  private mutating func deliver(_ composed: Composed) throws(YAMLSyntaxError) {
    guard !stack.isEmpty else {
      root = composed.node
      return
    }
    let top = stack.count - 1
    if let identity = composed.identity { stack[top].hasher?.combine(identity) }
    if !stack[top].isMapping {
      if !stack[top].inKey { stack[top].items.append(composed.node) }
    } else if let key = stack[top].pendingKey {
      stack[top].pendingKey = nil
      if !stack[top].inKey {
        stack[top].entries.append(
          .init(key: key.text, keyLocation: key.location, value: composed.node, keySpan: key.span))
      }
    } else {
      let location = composed.node.location
      stack[top].keys.append((composed.identity ?? .scalar(composed.keyText, tag: nil), location))
      stack[top].pendingKey = Key(text: composed.keyText, location: location, span: composed.node.span)
    }
  }

  /// The span style of a scalar style.
  private static func style(of style: yaml_scalar_style_t) -> SourceSpan.Style {
    switch style {
    case YAML_SINGLE_QUOTED_SCALAR_STYLE: return .singleQuoted
    case YAML_DOUBLE_QUOTED_SCALAR_STYLE: return .doubleQuoted
    case YAML_LITERAL_SCALAR_STYLE: return .literal
    case YAML_FOLDED_SCALAR_STYLE: return .folded
    default: return .plain
    }
  }

  /// Stops composing at the first value past ``maxValues``: a flow list (`[a,a,...]`) has a node
  /// for every two bytes, and each node costs about a hundred times that in memory.
  private mutating func countValue(at location: SourceLocation, inKey: Bool) throws(YAMLSyntaxError) {
    guard !inKey else { return }
    values += 1
    guard values > maxValues else { return }
    throw YAMLSyntaxError(stage: .tooManyValues, context: nil, problem: "", location: location)
  }

  private mutating func noteDepth(_ depth: Int, at location: SourceLocation, inKey: Bool) {
    if depth > maxDepth, !inKey, tooDeep == nil { tooDeep = location }
  }

  /// Refuses a mapping with a key more than once, naming the keys as Yams did: sorted, with the
  /// position of the first occurrence of the first one.
  private static func checkDuplicates(_ frame: Frame) throws(YAMLSyntaxError) {
    let keys = frame.keys
    guard keys.count > 1 else { return }
    // First occurrences of the keys that come back, in order. A case mapping has a few to a few
    // dozen keys: comparing pairs is cheaper than hashing them all.
    var repeated: [Int] = []
    if keys.count <= 16 {
      for later in 1..<keys.count {
        if let first = (0..<later).first(where: { keys[$0].identity == keys[later].identity }),
          !repeated.contains(first)
        {
          repeated.append(first)
        }
      }
    } else {
      // Linear in the keys, also for a hostile mapping with many keys that each come back.
      var firstIndex: [Identity: Int] = [:]
      var seen = Set<Int>()
      for (index, key) in keys.enumerated() {
        if let first = firstIndex[key.identity] {
          if seen.insert(first).inserted { repeated.append(first) }
        } else {
          firstIndex[key.identity] = index
        }
      }
    }
    guard !repeated.isEmpty else { return }
    func scalar(_ index: Int) -> String? {
      if case .scalar(let text, _) = keys[index].identity { return text }
      return nil
    }
    // Sorted as Yams sorted them (a list or mapping as its placeholder text), so the error points
    // at the same key; a person reads the Dutch name.
    let sorted = repeated.sorted { (scalar($0) ?? Self.yamsComplexKey) < (scalar($1) ?? Self.yamsComplexKey) }
    throw YAMLSyntaxError(
      stage: .duplicateKeys, context: nil, problem: "duplicate keys", location: keys[sorted[0]].location,
      duplicates: sorted.map { scalar($0) ?? YAMLSyntaxError.complexKeyName })
  }

  /// The text Yams gave a list or mapping key (misspelt), which decides where it sorted.
  private static let yamsComplexKey = "<uncovertable>"

  private static func unexpected(at location: SourceLocation) -> YAMLSyntaxError {
    YAMLSyntaxError(stage: .other, context: nil, problem: "unexpected event", location: location)
  }

  /// A tag as a key compares it: `nil` for the default tag of the node's kind (also written as `!`).
  private static func tag(_ pointer: UnsafeMutablePointer<yaml_char_t>?, default name: String) -> String? {
    guard let text = string(pointer), text != "!", text != name else { return nil }
    return text
  }

  private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }

  /// The plain scalars YAML reads as null: empty, `~`, `null`, `Null` and `NULL`.
  private static func isNull(_ text: String) -> Bool {
    switch text {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
  }
}
