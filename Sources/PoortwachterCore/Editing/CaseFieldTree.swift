/// A YAML case file's values as the editor reads them (the text of every scalar, keys in file
/// order), with where each value and key stands: what a form shows, so that it shows what the
/// file says, also when the case would not load.
public struct CaseFieldTree: Sendable {
  /// What a node holds.
  public enum Content: Sendable {
    /// An empty value (`key:` or `null`).
    case null
    /// A scalar, as text.
    case scalar(String)
    /// A mapping, keys in file order.
    case mapping([Entry])
    /// A list.
    case sequence([CaseFieldTree])
  }

  /// A key and its value.
  public struct Entry: Sendable {
    /// The key.
    public let key: String
    /// Where the key stands.
    public let keyLocation: SourceLocation
    /// Its value.
    public let value: CaseFieldTree
  }

  /// What the node holds.
  public let content: Content
  /// Where the value starts (for an empty value: the next token).
  public let location: SourceLocation

  init(_ node: SourceNode) {
    location = node.location
    switch node.content {
    case .null: content = .null
    case .scalar(let text): content = .scalar(text)
    case .mapping(let entries):
      content = .mapping(
        entries.map { Entry(key: $0.key, keyLocation: $0.keyLocation, value: CaseFieldTree($0.value)) })
    case .sequence(let items): content = .sequence(items.map(CaseFieldTree.init))
    }
  }

  /// Reads the YAML `text` of case file `file`, or says why it cannot be read (XML, no YAML).
  public static func read(_ text: String, file: String) -> Result<CaseFieldTree, CaseEditFailure> {
    if CaseLoader.Syntax(path: file) == .xml || text.drop(while: \.isWhitespace).hasPrefix("<") {
      return .failure(.notYAML(file: file))
    }
    let body = text.unicodeScalars.first == "\u{FEFF}" ? String(text.unicodeScalars.dropFirst()) : text
    do {
      return .success(CaseFieldTree(try CaseEditor.parse(body, file: file)))
    } catch {
      return .failure(error)
    }
  }

  /// The node at `path` (an item position counts from 1), or `nil` when there is none.
  public subscript(path: EditPath) -> CaseFieldTree? {
    var node = self
    for step in path.steps {
      switch (step, node.content) {
      case (.key(let key), .mapping(let entries)):
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        node = entry.value
      case (.item(let number), .sequence(let items)):
        guard number <= items.count else { return nil }
        node = items[number - 1]
      default:
        return nil
      }
    }
    return node
  }

  /// The entry of key `key` when this node is a mapping.
  public func entry(_ key: String) -> Entry? {
    guard case .mapping(let entries) = content else { return nil }
    return entries.first { $0.key == key }
  }

  /// The scalar text, or `nil` for an empty value, a list or a mapping.
  public var scalar: String? {
    if case .scalar(let text) = content { return text }
    return nil
  }

  /// The items when this node is a list.
  public var items: [CaseFieldTree]? {
    if case .sequence(let items) = content { return items }
    return nil
  }

  /// Whether the node is an empty value.
  public var isNull: Bool {
    if case .null = content { return true }
    return false
  }
}
