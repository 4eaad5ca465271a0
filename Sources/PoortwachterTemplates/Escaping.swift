/// HTML and XML escaping over UTF-8 bytes: `&amp; &lt; &gt; &quot; &#39;`, valid in element text
/// and attribute values of both. `'` is `&#39;`, not `&apos;`: HTML 4 does not know `&apos;`, and
/// one set of entities serves every output (templates, and reports written without a template).
public enum Escaping {
  /// `text` escaped exactly as a template escapes `{{x}}`: for output written without a template
  /// (the JUnit report), so the project has one escaping.
  public static func escaped(_ text: String) -> String {
    var output = OutputBuffer(capacity: text.utf8.count + 16)
    append(text, to: &output)
    return String(decoding: output.bytes, as: UTF8.self)
  }

  /// Bit `b` is set for each byte `b` that needs escaping: `" & ' < >` (all below 64), so the scan
  /// tests one bit per byte.
  private static let special: UInt64 =
    1 << UInt64(UInt8(ascii: "\"")) | 1 << UInt64(UInt8(ascii: "&")) | 1 << UInt64(UInt8(ascii: "'"))
    | 1 << UInt64(UInt8(ascii: "<")) | 1 << UInt64(UInt8(ascii: ">"))

  /// Appends `text` to `output`, escaped; runs without special characters are copied at once.
  static func append(_ text: String, to output: inout OutputBuffer) {
    if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append($0, to: &output) }) {
      return done
    }
    Array(text.utf8).withUnsafeBufferPointer { append($0, to: &output) }
  }

  /// Appends UTF-8 `bytes` to `output`, escaped. Eight bytes are tested at once (most text has
  /// nothing to escape); a word with a special byte is escaped byte by byte.
  static func append(_ bytes: UnsafeBufferPointer<UInt8>, to output: inout OutputBuffer) {
    guard let base = bytes.baseAddress else { return }
    let raw = UnsafeRawPointer(base)
    var runStart = 0
    var index = 0
    while index < bytes.count {
      if index + 8 <= bytes.count, !mayNeedEscaping(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      {
        index += 8
        continue
      }
      let end = min(index + 8, bytes.count)
      while index < end {
        let byte = bytes[index]
        index += 1
        guard byte < 64, special & (1 << UInt64(byte)) != 0 else { continue }
        output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<(index - 1)]))
        switch byte {
        case UInt8(ascii: "&"): output.append("&amp;")
        case UInt8(ascii: "<"): output.append("&lt;")
        case UInt8(ascii: ">"): output.append("&gt;")
        case UInt8(ascii: "\""): output.append("&quot;")
        default: output.append("&#39;")
        }
        runStart = index
      }
    }
    output.append(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
  }

  private static let ones: UInt64 = 0x0101_0101_0101_0101
  private static let highs: UInt64 = 0x8080_8080_8080_8080

  /// Whether any of the eight bytes of `word` is one of `& < > " '` (exact: a word without them
  /// always gives false).
  static func mayNeedEscaping(_ word: UInt64) -> Bool {
    /// The high bit of each byte of `x` that is zero (exact as to whether there is one).
    func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
    let found =
      zeroBytes(word ^ (ones &* 0x26)) | zeroBytes(word ^ (ones &* 0x3C)) | zeroBytes(word ^ (ones &* 0x3E))
      | zeroBytes(word ^ (ones &* 0x22)) | zeroBytes(word ^ (ones &* 0x27))  // & < > " '
    return found != 0
  }

}
