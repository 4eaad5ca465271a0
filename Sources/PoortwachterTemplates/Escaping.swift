/// HTML and XML escaping over UTF-8 bytes: `&amp; &lt; &gt; &quot; &#39;`, valid in element text
/// and attribute values of both.
enum Escaping {
  /// Bit `b` is set for each byte `b` that needs escaping: `" & ' < >` (all below 64), so the scan
  /// tests one bit per byte.
  private static let special: UInt64 =
    1 << UInt64(UInt8(ascii: "\"")) | 1 << UInt64(UInt8(ascii: "&")) | 1 << UInt64(UInt8(ascii: "'"))
    | 1 << UInt64(UInt8(ascii: "<")) | 1 << UInt64(UInt8(ascii: ">"))

  /// Appends `text` to `output`, escaped; runs without special characters are copied at once.
  static func append(_ text: String, to output: inout [UInt8]) {
    if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append($0, to: &output) }) {
      return done
    }
    Array(text.utf8).withUnsafeBufferPointer { append($0, to: &output) }
  }

  /// Appends UTF-8 `bytes` to `output`, escaped.
  static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
    var runStart = 0
    for index in 0..<bytes.count {
      let byte = bytes[index]
      guard byte < 64, special & (1 << UInt64(byte)) != 0 else { continue }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
      switch byte {
      case UInt8(ascii: "&"): output.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
      case UInt8(ascii: "<"): output.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
      case UInt8(ascii: ">"): output.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
      case UInt8(ascii: "\""): output.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
      default: output.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
      }
      runStart = index + 1
    }
    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
  }
}
