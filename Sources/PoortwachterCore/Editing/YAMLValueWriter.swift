/// Writes an ``EditValue`` as YAML text: inline (a scalar or an empty collection), in flow style
/// (`{ naam: X, functie: Y }`) or as block lines at an indentation.
enum YAMLValueWriter {
  /// A scalar or empty collection on one line; a non-empty collection in flow style.
  static func inline(_ value: EditValue, inFlow: Bool) -> String {
    switch value {
    case .null: return "null"
    case .string(let text): return YAMLText.scalar(text, inFlow: inFlow)
    case .date, .integer, .boolean: return value.scalarText ?? "null"
    case .list(let items):
      return "[" + items.map { inline($0, inFlow: true) }.joined(separator: ", ") + "]"
    case .mapping(let entries):
      if entries.isEmpty { return "{}" }
      let body = entries.map { key($0.key, inFlow: true) + ": " + inline($0.value, inFlow: true) }
      return "{ " + body.joined(separator: ", ") + " }"
    }
  }

  /// A key as written before its `:`.
  static func key(_ key: String, inFlow: Bool) -> String { YAMLText.scalar(key, inFlow: inFlow) }

  /// The lines of one mapping entry at `indent` spaces.
  static func entryLines(_ entry: EditEntry, indent: Int) -> [String] {
    let head = String(repeating: " ", count: indent) + key(entry.key, inFlow: false) + ":"
    if entry.value.isNonEmptyCollection {
      return [head] + blockLines(entry.value, indent: indent + 2)
    }
    return [head + " " + inline(entry.value, inFlow: false)]
  }

  /// The lines of a non-empty collection in block style at `indent` spaces (a scalar or empty
  /// collection gives its inline text on one line).
  static func blockLines(_ value: EditValue, indent: Int) -> [String] {
    let pad = String(repeating: " ", count: indent)
    switch value {
    case .mapping(let entries) where !entries.isEmpty:
      return entries.flatMap { entryLines($0, indent: indent) }
    case .list(let items) where !items.isEmpty:
      return items.flatMap { item -> [String] in
        guard item.isNonEmptyCollection else { return [pad + "- " + inline(item, inFlow: false)] }
        var lines = blockLines(item, indent: indent + 2)
        lines[0] = pad + "- " + lines[0].dropFirst(indent + 2)
        return lines
      }
    default:
      return [pad + inline(value, inFlow: false)]
    }
  }
}
