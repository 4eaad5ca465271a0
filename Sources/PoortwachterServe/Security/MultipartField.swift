import Foundation

/// Finds the value of one small text field (such as `csrf`) in a `multipart/form-data` body
/// without reading the files in it into strings.
public enum MultipartField {
  /// The boundary of a `Content-Type: multipart/form-data; boundary=...` header.
  public static func boundary(contentType: String) -> String? {
    guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
    for parameter in contentType.split(separator: ";").dropFirst() {
      let pair = parameter.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
      guard pair.count == 2, pair[0].lowercased() == "boundary" else { continue }
      var value = String(pair[1])
      if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
        value = String(value.dropFirst().dropLast())
      }
      return value.isEmpty ? nil : value
    }
    return nil
  }

  /// The value of the part named `name` (at most 1 KiB), or `nil`.
  public static func value(named name: String, in body: [UInt8], boundary: String) -> String? {
    let delimiter = Array(("--" + boundary).utf8)
    let headerEnd = Array("\r\n\r\n".utf8)
    var start = 0
    while let found = find(delimiter, in: body, from: start) {
      let partStart = found + delimiter.count
      guard let headersEnd = find(headerEnd, in: body, from: partStart),
        headersEnd - partStart < 4096
      else { return nil }
      let headers = String(decoding: body[partStart..<headersEnd], as: UTF8.self).lowercased()
      let contentStart = headersEnd + headerEnd.count
      let next = find(Array(("\r\n--" + boundary).utf8), in: body, from: contentStart) ?? body.count
      if headers.contains("name=\"\(name.lowercased())\""), !headers.contains("filename=") {
        guard next - contentStart <= 1024 else { return nil }
        return String(decoding: body[contentStart..<next], as: UTF8.self)
      }
      start = next
    }
    return nil
  }

  /// The first index of `needle` in `haystack` at or after `from`.
  static func find(_ needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
    guard let first = needle.first, haystack.count >= needle.count else { return nil }
    var index = from
    let last = haystack.count - needle.count
    while index <= last {
      if haystack[index] == first {
        var matched = true
        for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
          matched = false
          break
        }
        if matched { return index }
      }
      index += 1
    }
    return nil
  }
}
