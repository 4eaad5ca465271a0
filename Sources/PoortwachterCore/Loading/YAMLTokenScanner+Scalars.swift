/// The parts of ``YAMLTokenScanner`` that step over scalars and properties: quoted scalars with
/// their escapes, block scalar headers, anchor, alias and tag names, and the bookkeeping for keys
/// written after `? `.
extension YAMLTokenScanner {
  /// After `? `, a list, mapping or alias as the first node makes the key complex.
  mutating func noteComplexKey() {
    if let key = explicitKey, !explicitScalar {
      if complexKey == nil { complexKey = key }
      explicitKey = nil
    }
  }

  /// After `? `, a scalar first: the key is complex only if a `:` follows it on its line.
  mutating func startScalar() {
    if explicitKey != nil { explicitScalar = true }
  }

  /// Skips an anchor, alias or tag name.
  /// An anchor or alias `name` is letters, digits, `-` and `_` only (libyaml ends it at anything
  /// else, such as the ':' of `&a:b`); a tag runs to a blank or flow indicator.
  mutating func skipProperty(name: Bool) {
    while index < bytes.count {
      let current = bytes[index]
      if Self.isSeparator(current) || Self.isFlowIndicator(current) { return }
      if name && !Self.isNameByte(current) { return }
      index += 1
    }
  }

  private static func isNameByte(_ byte: UInt8) -> Bool {
    (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
      || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
      || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: "_")
  }

  /// Skips a quoted scalar after its opening quote; returns `false` when it goes on past the line
  /// (then `carry` says so and the line has been left).
  mutating func skipQuoted(single: Bool) -> Bool {
    while index < bytes.count {
      let current = bytes[index]
      if Self.isBreak(current) {
        carry = single ? .singleQuoted : .doubleQuoted
        nextLine()
        return false
      }
      index += 1
      if single {
        if current == UInt8(ascii: "'") {
          if byte(index) == UInt8(ascii: "'") {
            index += 1
          } else {
            return true
          }
        }
      } else if current == UInt8(ascii: "\\") {
        if index < bytes.count && !Self.isBreak(bytes[index]) { index += 1 }
      } else if current == UInt8(ascii: "\"") {
        return true
      }
    }
    return true
  }

  /// After `|` or `>`: reads the header (chomping, indentation digit, comment) and leaves the line.
  mutating func startBlockScalar(parent: Int) {
    var explicit: Int?
    while index < bytes.count && !Self.isBreak(bytes[index]) {
      let current = bytes[index]
      if current >= UInt8(ascii: "1") && current <= UInt8(ascii: "9") && explicit == nil {
        explicit = Int(current - UInt8(ascii: "0"))
      } else if current == UInt8(ascii: "#") {
        skipToLineEnd()
        break
      }
      index += 1
    }
    carry = .block(parent: max(parent, 0), indent: explicit.map { max(parent, 0) + $0 })
    if index < bytes.count { nextLine() }
  }
}
