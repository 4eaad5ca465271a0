/// Writes name/value pairs as a URL query (`a=1&b=twee%20woorden`): everything but unreserved
/// characters percent-encoded, so a value can never break out of the query or the attribute it
/// stands in.
public enum QueryText {
  /// `name=value&...`
  public static func encode(_ pairs: [(name: String, value: String)]) -> String {
    pairs.map { escape($0.name) + "=" + escape($0.value) }.joined(separator: "&")
  }

  /// Percent-encodes all but `A-Z a-z 0-9 - . _ ~`.
  public static func escape(_ text: String) -> String {
    var result = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let digits = Array("0123456789ABCDEF")
        result += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0f)])
      }
    }
    return result
  }
}
