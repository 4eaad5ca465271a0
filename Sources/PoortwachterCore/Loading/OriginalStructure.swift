/// The structure of an original beyond its first bytes: a file that starts like a PDF, JPEG or
/// Word document but is not one (HTML behind a PDF header, a plain zip named `.docx`, a zip bomb)
/// must not reach the pack, which copies originals byte for byte into `uwv/`.
enum OriginalStructure {
  /// The most a Word document may declare once unpacked: 100 MB, ten times the portal's limit
  /// for the file itself. A zip bomb (1 MB that unpacks to 1 GiB) declares far more.
  static let maxUnpackedBytes: UInt64 = 100_000_000

  /// What is wrong inside `bytes` of the type named by extension `ext` (`pdf`, `jpg`, `jpeg`,
  /// `docx`), in Dutch, or `nil` when its structure holds.
  static func problem(in bytes: [UInt8], ext: String) -> String? {
    switch ext {
    case "pdf": return pdf(bytes)
    case "jpg", "jpeg": return jpeg(bytes)
    case "docx": return docx(bytes)
    default: return nil
    }
  }

  /// A PDF ends with `startxref`, the offset of its cross-reference table (or stream) inside the
  /// file, and `%%EOF`.
  static func pdf(_ bytes: [UInt8]) -> String? {
    let broken = "het is geen volledig PDF-bestand (het einde met startxref en %%EOF ontbreekt of klopt niet)"
    let tail = Array(bytes.suffix(1_024))
    guard let eof = lastIndex(of: Array("%%EOF".utf8), in: tail),
      let start = lastIndex(of: Array("startxref".utf8), in: tail), start < eof
    else { return broken }
    let digits = tail[(start + 9)..<eof].filter { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
    guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
      let offset = Int(String(decoding: digits, as: UTF8.self)), offset > 8, offset < bytes.count - 9
    else { return broken }
    // There: the keyword `xref`, or an object `N G obj` holding a cross-reference stream.
    let at = Array(bytes[offset..<min(bytes.count, offset + 32)])
    if at.starts(with: Array("xref".utf8)) { return nil }
    let text = String(decoding: at, as: UTF8.self)
    let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\r" }).prefix(3)
    if parts.count == 3, parts[parts.startIndex].allSatisfy(\.isNumber),
      parts[parts.startIndex + 1].allSatisfy(\.isNumber), parts[parts.startIndex + 2].hasPrefix("obj")
    {
      return nil
    }
    return broken
  }

  /// A JPEG runs from SOI (`FF D8`) to EOI (`FF D9`) and has a frame header (SOFn) before its
  /// scan: the segments are walked by their lengths.
  static func jpeg(_ bytes: [UInt8]) -> String? {
    let broken = "het is geen volledige JPEG-afbeelding"
    var end = bytes.count
    while end > 0, bytes[end - 1] == 0 { end -= 1 }
    guard end >= 4, bytes[0] == 0xFF, bytes[1] == 0xD8, bytes[end - 2] == 0xFF, bytes[end - 1] == 0xD9 else {
      return broken + " (begin of einde ontbreekt)"
    }
    var position = 2
    var frame = false
    while position + 4 <= end {
      guard bytes[position] == 0xFF else { return broken + " (onleesbaar segment)" }
      var marker = bytes[position + 1]
      while marker == 0xFF, position + 2 < end {
        position += 1
        marker = bytes[position + 1]
      }
      if marker == 0x01 || (0xD0...0xD7).contains(marker) {
        position += 2
        continue
      }
      if marker == 0xD8 || marker == 0xD9 { return broken + " (onleesbaar segment)" }
      let length = Int(bytes[position + 2]) << 8 | Int(bytes[position + 3])
      guard length >= 2, position + 2 + length <= end else {
        return broken + " (segment loopt buiten het bestand)"
      }
      if (0xC0...0xCF).contains(marker), marker != 0xC4, marker != 0xC8, marker != 0xCC { frame = true }
      if marker == 0xDA { return frame ? nil : broken + " (geen beeldkop vóór de beelddata)" }
      position += 2 + length
    }
    return broken + " (geen beelddata)"
  }

  /// A Word document is a zip whose central directory lists `[Content_Types].xml` and
  /// `word/document.xml`, within ``maxUnpackedBytes`` once unpacked.
  static func docx(_ bytes: [UInt8]) -> String? {
    let directory: ZipDirectory
    do {
      directory = try ZipDirectory(bytes)
    } catch {
      switch error {
      case .noDirectory: return "het is geen volledig zip-archief, dus geen Word-document (docx)"
      case .damaged: return "het zip-archief is beschadigd (de inhoudsopgave klopt niet met het bestand)"
      case .unsupported:
        return "het is een zip64- of meerdelig archief; een Word-document (docx) is dat nooit"
      }
    }
    let names = Set(directory.entries.map(\.name))
    guard names.contains("[Content_Types].xml"), names.contains("word/document.xml") else {
      return
        "het is een zip-archief maar geen Word-document (docx): [Content_Types].xml of word/document.xml ontbreekt"
    }
    let total = directory.totalUncompressedSize
    guard total <= maxUnpackedBytes else {
      return "het pakt uit tot \(total) bytes, meer dan de grens van \(maxUnpackedBytes) bytes (een zip-bom?)"
    }
    return nil
  }

  private static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard haystack.count >= needle.count else { return nil }
    var index = haystack.count - needle.count
    while index >= 0 {
      if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
      index -= 1
    }
    return nil
  }
}
