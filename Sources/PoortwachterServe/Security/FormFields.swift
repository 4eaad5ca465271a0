import Foundation

/// The fields of a submitted form (`application/x-www-form-urlencoded`), in the order sent; a
/// name may come more than once (list rows).
public struct FormFields: Sendable, Equatable {
  /// Every name and value, decoded (`+` is a space, `%XX` a byte of UTF-8).
  public let pairs: [(name: String, value: String)]

  /// Fields from name/value pairs.
  public init(pairs: [(name: String, value: String)]) { self.pairs = pairs }

  /// Parses a url-encoded body or query.
  public init(urlEncoded text: String) {
    var pairs: [(name: String, value: String)] = []
    for part in text.split(separator: "&", omittingEmptySubsequences: true) {
      let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
      let name = Self.decode(pieces[0])
      let value = pieces.count > 1 ? Self.decode(pieces[1]) : ""
      pairs.append((name, value))
    }
    self.pairs = pairs
  }

  /// The first value of `name`.
  public subscript(name: String) -> String? { pairs.first { $0.name == name }?.value }

  /// Every value of `name`, in order.
  public func values(_ name: String) -> [String] { pairs.filter { $0.name == name }.map(\.value) }

  /// `+` as space, `%XX` as a byte; invalid UTF-8 becomes U+FFFD.
  static func decode(_ text: Substring) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var iterator = text.utf8.makeIterator()
    while let byte = iterator.next() {
      switch byte {
      case UInt8(ascii: "+"): bytes.append(UInt8(ascii: " "))
      case UInt8(ascii: "%"):
        let high = iterator.next()
        let low = iterator.next()
        if let high, let low, let h = hexValue(high), let l = hexValue(low) {
          bytes.append(h << 4 | l)
        } else {
          bytes.append(byte)
          if let high { bytes.append(high) }
          if let low { bytes.append(low) }
        }
      default: bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// Same names and values in the same order.
  public static func == (a: FormFields, b: FormFields) -> Bool {
    a.pairs.count == b.pairs.count
      && zip(a.pairs, b.pairs).allSatisfy { $0.name == $1.name && $0.value == $1.value }
  }
}
