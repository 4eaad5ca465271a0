/// Byte-level checks of a case file before parsing: UTF-8 and characters that XML 1.0 cannot
/// carry (so every dossier can be written as XML later).
enum TextChecks {
  /// A problem with its position.
  struct Problem {
    let location: SourceLocation
    let message: String
  }

  /// Characters XML 1.0 cannot carry: C0 controls other than tab, line feed and carriage return,
  /// and U+FFFE/U+FFFF.
  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value < 0x20 && value != 0x09 && value != 0x0A && value != 0x0D) || value == 0xFFFE
      || value == 0xFFFF
  }

  /// Whether `text` may hold a character ``isForbidden(_:)`` rejects: a cheap byte test that lets
  /// the decoder skip the scalar-by-scalar search for almost every value.
  static func mayContainForbidden(_ text: String) -> Bool {
    // C0 controls are single bytes; U+FFFE and U+FFFF start with 0xEF.
    let suspect = { (byte: UInt8) in
      (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0xEF
    }
    return text.utf8.withContiguousStorageIfAvailable { $0.contains(where: suspect) }
      ?? text.utf8.contains(where: suspect)
  }

  /// Four or more upper-case hex digits.
  static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// The first encoding or control-character problem, or `nil`.
  static func problem(in bytes: [UInt8]) -> Problem? {
    bytes.withUnsafeBufferPointer { problem(in: $0) }
  }

  private static func problem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
    var line = 1
    var column = 0
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      // Fast path for the common case, printable ASCII (and tab): nothing to decode or report.
      if byte >= 0x20 && byte < 0x80 || byte == 0x09 {
        column += 1
        index += 1
        continue
      }
      column += 1
      let length: Int
      switch byte {
      case 0x00..<0x80: length = 1
      case 0xC2..<0xE0: length = 2
      case 0xE0..<0xF0: length = 3
      case 0xF0..<0xF5: length = 4
      default: length = 0
      }
      guard length > 0, index + length <= bytes.count,
        bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 })
      else {
        return Problem(
          location: SourceLocation(line: line, column: column),
          message: "het bestand is geen geldige UTF-8-tekst (binair bestand of andere tekencodering?); "
            + "sla het op als UTF-8")
      }
      var scalar = UInt32(length == 1 ? byte : byte & (0xFF >> (length + 1)))
      for next in bytes[(index + 1)..<(index + length)] { scalar = scalar << 6 | UInt32(next & 0x3F) }
      let overlong = (length == 3 && scalar < 0x800) || (length == 4 && scalar < 0x10000)
      let forbidden =
        (scalar < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D)
        || (0xD800...0xDFFF).contains(scalar) || scalar == 0xFFFE || scalar == 0xFFFF || scalar > 0x10FFFF
      if overlong || forbidden {
        let hex = String(scalar, radix: 16, uppercase: true)
        return Problem(
          location: SourceLocation(line: line, column: column),
          message: "ongeldig teken U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) "
            + "(een stuurteken dat een dossier niet kan bevatten); verwijder het")
      }
      if byte == 0x0A {
        line += 1
        column = 0
      }
      index += length
    }
    return nil
  }
}

extension String {
  /// The same as ``trimmed``, without its character-by-character work when neither end is white
  /// space, as for almost every value. A printable ASCII byte at an end cannot belong to a white
  /// space character there.
  var quicklyTrimmed: String {
    guard let first = utf8.first, let last = utf8.last else { return self }
    if (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last) { return self }
    return trimmed
  }
}
