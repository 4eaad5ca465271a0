import PoortwachterCore

/// Builds compact JSON text by hand, for the objects written once per case in a batch: the same
/// bytes as `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` (a test compares the
/// two), at a fraction of the cost. Callers write keys in sorted order; commas are placed here.
struct JSONText {
  private var bytes: [UInt8] = []
  /// Whether the next key or array element follows a value in the same object or array.
  private var afterValue = false

  init() {
    bytes.reserveCapacity(4096)
  }

  /// The JSON written so far.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  private mutating func raw(_ literal: StaticString) {
    literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// A comma when a value came before in the same object or array.
  private mutating func separate() {
    if afterValue { raw(",") }
    afterValue = false
  }

  /// `"key":`; the value follows.
  mutating func key(_ key: String) {
    separate()
    quoted(key)
    raw(":")
  }

  /// `"key":"value"` or `"key":null`.
  mutating func field(_ key: String, _ value: String?) {
    self.key(key)
    string(value)
  }

  /// `"key":12` or `"key":null`.
  mutating func field(_ key: String, number value: Int?) {
    self.key(key)
    number(value)
  }

  /// A string or `null`.
  mutating func string(_ value: String?) {
    separate()
    if let value { quoted(value) } else { raw("null") }
    afterValue = true
  }

  /// A whole number or `null`.
  mutating func number(_ value: Int?) {
    separate()
    if let value { bytes.append(contentsOf: Array(String(value).utf8)) } else { raw("null") }
    afterValue = true
  }

  /// An object: `body` writes its keys, in sorted order.
  mutating func object(_ body: (inout JSONText) -> Void) {
    separate()
    raw("{")
    body(&self)
    raw("}")
    afterValue = true
  }

  /// An array of `items`, each written by `element`.
  mutating func array<T>(_ items: [T], _ element: (inout JSONText, T) -> Void) {
    separate()
    raw("[")
    for item in items { element(&self, item) }
    raw("]")
    afterValue = true
  }

  /// A string with JSON escapes; runs without special bytes are copied at once.
  private mutating func quoted(_ value: String) {
    raw("\"")
    var value = value
    value.withUTF8 { utf8 in
      var runStart = 0
      for index in 0..<utf8.count {
        let byte = utf8[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        switch byte {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case UInt8(ascii: "\n"): raw("\\n")
        case UInt8(ascii: "\r"): raw("\\r")
        case UInt8(ascii: "\t"): raw("\\t")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        default:
          let hex = String(byte, radix: 16)
          bytes.append(contentsOf: Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8))
        }
        runStart = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
    }
    raw("\"")
  }
}
