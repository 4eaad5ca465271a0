/// HTML and XML escaping over UTF-8 bytes: `&amp; &lt; &gt; &quot; &#39;`, valid in element text
/// and attribute values of both.
enum Escaping {
  private static let ampersand = Array("&amp;".utf8)
  private static let lessThan = Array("&lt;".utf8)
  private static let greaterThan = Array("&gt;".utf8)
  private static let quote = Array("&quot;".utf8)
  private static let apostrophe = Array("&#39;".utf8)

  /// Appends `text` to `output`, escaped; runs without special characters are copied at once.
  static func append(_ text: String, to output: inout [UInt8]) {
    var text = text
    text.withUTF8 { bytes in
      var runStart = 0
      for index in 0..<bytes.count {
        let replacement: [UInt8]
        switch bytes[index] {
        case UInt8(ascii: "&"): replacement = ampersand
        case UInt8(ascii: "<"): replacement = lessThan
        case UInt8(ascii: ">"): replacement = greaterThan
        case UInt8(ascii: "\""): replacement = quote
        case UInt8(ascii: "'"): replacement = apostrophe
        default: continue
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        output.append(contentsOf: replacement)
        runStart = index + 1
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }
  }
}
