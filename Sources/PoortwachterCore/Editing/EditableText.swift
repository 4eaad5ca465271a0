/// A case file's text as UTF-8 bytes, with the conversion from libyaml's positions (Unicode
/// scalars) to byte offsets and the line helpers the editor places changes with.
struct EditableText {
  let bytes: [UInt8]
  /// The byte offset of every scalar (plus one past the end); `nil` when the text is ASCII and
  /// both counts agree.
  private let scalarOffsets: [Int]?
  /// The file's line break: CR LF when its first line break is one, else LF.
  let newline: String

  init(_ text: String) {
    bytes = Array(text.utf8)
    if bytes.allSatisfy({ $0 < 0x80 }) {
      scalarOffsets = nil
    } else {
      var offsets: [Int] = []
      offsets.reserveCapacity(bytes.count + 1)
      for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { offsets.append(offset) }
      offsets.append(bytes.count)
      scalarOffsets = offsets
    }
    if let firstBreak = bytes.firstIndex(of: 0x0A), firstBreak > 0, bytes[firstBreak - 1] == 0x0D {
      newline = "\r\n"
    } else {
      newline = "\n"
    }
  }

  /// The byte offset of scalar index `index`.
  func offset(_ index: Int) -> Int {
    guard let scalarOffsets else { return min(index, bytes.count) }
    return scalarOffsets[min(index, scalarOffsets.count - 1)]
  }

  /// The offset where the line holding `offset` starts.
  func lineStart(_ offset: Int) -> Int {
    var position = min(offset, bytes.count)
    while position > 0, bytes[position - 1] != 0x0A { position -= 1 }
    return position
  }

  /// The offset after the line break of the line holding `offset` (the end of the text on the last line).
  func lineEnd(_ offset: Int) -> Int {
    var position = max(0, offset)
    while position < bytes.count, bytes[position] != 0x0A { position += 1 }
    return min(position + 1, bytes.count)
  }

  /// Whether bytes `range` are all spaces.
  func isBlank(_ range: Range<Int>) -> Bool { bytes[range].allSatisfy { $0 == 0x20 } }

  /// The offset one past the last byte before `end` (not before `start`) that is not white space.
  func trimmedEnd(from start: Int, to end: Int) -> Int {
    var position = end
    while position > start, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position - 1]) { position -= 1 }
    return position
  }

  /// The offset after the `:` that follows a key ending at `keyEnd` (only blanks between), or `nil`.
  func afterColon(keyEnd: Int) -> Int? {
    var position = keyEnd
    while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 { position += 1 }
    guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else { return nil }
    return position + 1
  }

  /// The text with bytes `range` replaced by `replacement`.
  func replacing(_ range: Range<Int>, with replacement: String) -> String {
    var result = Array(bytes[..<range.lowerBound])
    result.append(contentsOf: replacement.utf8)
    result.append(contentsOf: bytes[range.upperBound...])
    return String(decoding: result, as: UTF8.self)
  }
}
