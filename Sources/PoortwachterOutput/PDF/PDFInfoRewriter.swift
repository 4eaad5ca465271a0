import PoortwachterCore

/// Gives a PDF that Chromium printed the document information of poortwachter: Title the
/// document's title, Creator and Producer the program and its version, CreationDate and ModDate
/// the peildatum (the real generation day in normal use; never the document's own date). The
/// information dictionary is replaced and the cross-reference table and `startxref` are moved by
/// the difference in length, so the file stays valid; the same input gives the same bytes.
public enum PDFInfoRewriter {
  /// Why a PDF could not be rewritten (Chromium wrote a structure this code does not know).
  public struct Unsupported: Error, Sendable, Equatable {
    /// What was not found.
    public let detail: String
  }

  /// `pdf` with the new information dictionary.
  public static func rewrite(_ pdf: [UInt8], title: String, program: String, date: CivilDate) throws
    -> [UInt8]
  {
    guard let trailer = pdf.lastRange(of: Array("trailer".utf8)),
      let infoKey = pdf[trailer.upperBound...].firstRange(of: Array("/Info ".utf8)),
      let number = integer(in: pdf, at: infoKey.upperBound)
    else { throw Unsupported(detail: "geen /Info in de trailer") }
    let header = Array("\n\(number.value) 0 obj\n".utf8)
    guard let object = pdf.firstRange(of: header),
      let end = pdf[object.upperBound...].firstRange(of: Array("\nendobj".utf8))
    else { throw Unsupported(detail: "het informatieobject \(number.value) ontbreekt") }
    let start = object.upperBound
    let dictionary = Self.dictionary(title: title, program: program, date: date)
    let delta = dictionary.count - (end.lowerBound - start)
    var bytes = Array(pdf[..<start]) + dictionary + Array(pdf[end.lowerBound...])
    try shiftCrossReferences(in: &bytes, after: start, by: delta)
    return bytes
  }

  /// The information dictionary: Title, Creator and Producer, CreationDate and ModDate `date`.
  static func dictionary(title: String, program: String, date: CivilDate) -> [UInt8] {
    let stamp = "D:" + date.description.replacingOccurrences(of: "-", with: "") + "000000Z"
    return Array(
      ("<</Title " + hexString(title) + "\n/Creator " + hexString(program) + "\n/Producer "
        + hexString(program) + "\n/CreationDate (" + stamp + ")\n/ModDate (" + stamp + ")>>").utf8)
  }

  /// A PDF text string in UTF-16BE with a byte-order mark, written in hex: any title, no escaping.
  static func hexString(_ text: String) -> String {
    let digits = Array("0123456789ABCDEF")
    var result = "<FEFF"
    for unit in text.utf16 {
      for shift in [12, 8, 4, 0] { result.append(digits[Int((unit >> UInt16(shift)) & 0xF)]) }
    }
    return result + ">"
  }

  /// Adds `delta` to every in-use offset of the (last) cross-reference table that lies after
  /// `position`, and to the number after `startxref`.
  private static func shiftCrossReferences(in bytes: inout [UInt8], after position: Int, by delta: Int) throws
  {
    guard let table = bytes.lastRange(of: Array("\nxref\n".utf8)),
      let startxref = bytes.lastRange(of: Array("startxref\n".utf8)),
      let old = integer(in: bytes, at: startxref.upperBound)
    else { throw Unsupported(detail: "geen xref-tabel") }
    var cursor = table.upperBound
    // Subsections: "first count\n" and then count entries of 20 bytes: "oooooooooo ggggg n\r\n".
    while let first = integer(in: bytes, at: cursor), first.end < bytes.count, bytes[first.end] == 0x20,
      let count = integer(in: bytes, at: first.end + 1)
    {
      cursor = count.end
      while cursor < bytes.count, bytes[cursor] == 0x0A || bytes[cursor] == 0x0D { cursor += 1 }
      for _ in 0..<count.value {
        guard cursor + 18 <= bytes.count, let offset = integer(in: bytes, at: cursor) else {
          throw Unsupported(detail: "xref-regel onleesbaar")
        }
        if bytes[cursor + 17] == UInt8(ascii: "n"), offset.value > position {
          let text = String(offset.value + delta)
          guard text.count <= 10 else { throw Unsupported(detail: "xref-regel te lang") }
          bytes.replaceSubrange(
            cursor..<(cursor + 10), with: Array((String(repeating: "0", count: 10 - text.count) + text).utf8))
        }
        cursor += 20
      }
    }
    bytes.replaceSubrange(old.start..<old.end, with: Array(String(old.value + delta).utf8))
  }

  /// The decimal number at `index`, with where it ends.
  static func integer(in bytes: [UInt8], at index: Int) -> (value: Int, start: Int, end: Int)? {
    var end = index
    var value = 0
    while end < bytes.count, (0x30...0x39).contains(bytes[end]), end - index < 12 {
      value = value * 10 + Int(bytes[end] - 0x30)
      end += 1
    }
    return end > index ? (value, index, end) : nil
  }
}

extension Array where Element == UInt8 {
  /// The last occurrence of `pattern`.
  func lastRange(of pattern: [UInt8]) -> Range<Int>? {
    guard !pattern.isEmpty, pattern.count <= count else { return nil }
    var start = count - pattern.count
    while start >= 0 {
      if self[start..<(start + pattern.count)].elementsEqual(pattern) {
        return start..<(start + pattern.count)
      }
      start -= 1
    }
    return nil
  }
}
