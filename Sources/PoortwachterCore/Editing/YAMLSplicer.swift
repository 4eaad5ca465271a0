/// Works out the one replacement of bytes that carries out a ``CaseChange`` on YAML text, from
/// the spans of the composed tree (see ``SourceSpan``).
struct YAMLSplicer {
  /// Bytes to replace and their replacement.
  struct Splice {
    let range: Range<Int>
    let text: String
  }

  let text: EditableText
  let root: SourceNode

  /// Refuses a document with anchors: a node reached through an alias shares its span with the
  /// anchored node, so an edit could land in the wrong place.
  func refuseAnchors() throws(CaseEditFailure) {
    func isAnchored(_ span: SourceSpan?) -> Bool {
      guard let span, span.hasProperties else { return false }
      return text.bytes[text.offset(span.start)] == UInt8(ascii: "&")
    }
    func hasAnchor(_ node: SourceNode) -> Bool {
      if isAnchored(node.span) { return true }
      switch node.content {
      case .mapping(let entries): return entries.contains { isAnchored($0.keySpan) || hasAnchor($0.value) }
      case .sequence(let items): return items.contains(where: hasAnchor)
      case .null, .scalar: return false
      }
    }
    if hasAnchor(root) {
      throw .unsupported(
        EditPath(steps: []), reason: "het bestand gebruikt ankers (&naam) en aliassen (*naam)")
    }
  }

  /// The splice for a normalized change (`[+]` already written as append).
  func splice(for change: CaseChange) throws(CaseEditFailure) -> Splice {
    let path = change.path
    guard let last = path.steps.last else {
      throw .unsupported(path, reason: "het hele document kan niet in één keer vervangen worden")
    }
    switch change {
    case .set(_, let value):
      let parent = try locate(path.parent)
      switch (last, parent.node.content) {
      case (.key(let key), .mapping(let entries)):
        if let index = entries.firstIndex(where: { $0.key == key }) {
          return try replace(parent.child(index, path: path), with: value)
        }
        return try insert(EditEntry(key, value), into: parent)
      case (.key(let key), .null):
        return try replace(parent, with: .mapping([EditEntry(key, value)]))
      case (.key, _):
        throw .wrongKind(parent.path, expected: "mapping (sleutels met waarden)")
      case (.item, _):
        return try replace(try locate(path), with: value)
      case (.newItem, _):
        throw .unsupported(path, reason: "'[+]' hoort alleen aan het eind van een pad")
      }
    case .append(_, let value):
      let parent = try locate(path.parent)
      if case .key(let key) = last {
        switch parent.node.content {
        case .mapping(let entries) where !entries.contains(where: { $0.key == key }):
          return try insert(EditEntry(key, .list([value])), into: parent)
        case .null:
          return try replace(parent, with: .mapping([EditEntry(key, .list([value]))]))
        default: break
        }
      }
      let target = try locate(path)
      switch target.node.content {
      case .null: return try replace(target, with: .list([value]))
      case .sequence: return try append(value, to: target)
      default: throw .wrongKind(path, expected: "lijst")
      }
    case .remove:
      let target = try locate(path)
      guard let parent = target.parent else {
        throw .unsupported(path, reason: "het hele document kan niet verwijderd worden")
      }
      return try remove(child: target.index, of: parent)
    }
  }

  // MARK: - Finding nodes

  /// A node with the way it was reached.
  final class Located {
    let node: SourceNode
    let path: EditPath
    /// The enclosing mapping or list (`nil` for the root) and this node's position in it.
    let parent: Located?
    let index: Int
    /// Whether an enclosing collection is written in flow style.
    let inFlow: Bool

    init(node: SourceNode, path: EditPath, parent: Located?, index: Int) {
      self.node = node
      self.path = path
      self.parent = parent
      self.index = index
      inFlow = parent.map { $0.inFlow || $0.node.span?.style == .flowCollection } ?? false
    }

    /// The key entry this node is the value of, if any.
    var entry: SourceNode.Entry? {
      guard let parent, case .mapping(let entries) = parent.node.content else { return nil }
      return entries[index]
    }

    /// Child `index` (of a mapping or list), reached by `path`.
    func child(_ index: Int, path: EditPath) -> Located {
      let node: SourceNode
      switch self.node.content {
      case .mapping(let entries): node = entries[index].value
      case .sequence(let items): node = items[index]
      case .null, .scalar: node = self.node
      }
      return Located(node: node, path: path, parent: self, index: index)
    }

    /// How many children the node has.
    var childCount: Int {
      switch node.content {
      case .mapping(let entries): return entries.count
      case .sequence(let items): return items.count
      case .null, .scalar: return 0
      }
    }
  }

  func locate(_ path: EditPath) throws(CaseEditFailure) -> Located {
    var current = Located(node: root, path: EditPath(steps: []), parent: nil, index: 0)
    for (position, step) in path.steps.enumerated() {
      let reached = EditPath(steps: Array(path.steps[...position]))
      switch (step, current.node.content) {
      case (.key(let key), .mapping(let entries)):
        guard let index = entries.firstIndex(where: { $0.key == key }) else { throw .notFound(reached) }
        current = current.child(index, path: reached)
      case (.key, _):
        throw .wrongKind(current.path, expected: "mapping (sleutels met waarden)")
      case (.item(let number), .sequence(let items)):
        guard number <= items.count else { throw .notFound(reached) }
        current = current.child(number - 1, path: reached)
      case (.item, _):
        throw .wrongKind(current.path, expected: "lijst")
      case (.newItem, _):
        throw .unsupported(reached, reason: "'[+]' hoort alleen aan het eind van een pad")
      }
    }
    return current
  }
}
