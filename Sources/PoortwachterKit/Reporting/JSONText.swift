/// Builds compact JSON text by hand, for the objects written once per case in a batch: the same
/// bytes as `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` (a test compares the
/// two), at a fraction of the cost. Callers write keys in sorted order.
struct JSONText {
  private(set) var text = ""

  /// `"key":` after a comma when needed; `first` is the caller's state of the enclosing object.
  mutating func key(_ key: String, first: inout Bool) {
    if !first { text += "," }
    first = false
    string(key)
    text += ":"
  }

  /// A string value with JSON escapes.
  mutating func string(_ value: String) {
    text += "\""
    var start = value.unicodeScalars.startIndex
    for index in value.unicodeScalars.indices {
      let scalar = value.unicodeScalars[index]
      let escape: String
      switch scalar {
      case "\"": escape = "\\\""
      case "\\": escape = "\\\\"
      case "\n": escape = "\\n"
      case "\r": escape = "\\r"
      case "\t": escape = "\\t"
      case "\u{8}": escape = "\\b"
      case "\u{C}": escape = "\\f"
      case "\u{0}"..."\u{1F}":
        let hex = String(scalar.value, radix: 16)
        escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: continue
      }
      text.unicodeScalars.append(contentsOf: value.unicodeScalars[start..<index])
      text += escape
      start = value.unicodeScalars.index(after: index)
    }
    text.unicodeScalars.append(contentsOf: value.unicodeScalars[start...])
    text += "\""
  }

  /// A string or `null`.
  mutating func string(_ value: String?) {
    if let value { string(value) } else { text += "null" }
  }

  /// A whole number or `null`.
  mutating func number(_ value: Int?) {
    text += value.map(String.init) ?? "null"
  }

  /// An object: `body` writes its keys (in sorted order) with ``key(_:first:)``.
  mutating func object(_ body: (inout JSONText, inout Bool) -> Void) {
    text += "{"
    var first = true
    body(&self, &first)
    text += "}"
  }

  /// An array of `items`, each written by `element`.
  mutating func array<T>(_ items: [T], _ element: (inout JSONText, T) -> Void) {
    text += "["
    for (index, item) in items.enumerated() {
      if index > 0 { text += "," }
      element(&self, item)
    }
    text += "]"
  }
}
