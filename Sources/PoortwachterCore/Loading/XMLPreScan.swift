/// A single linear pass over XML text that refuses, before libxml2 sees it, what would make
/// libxml2 slow and what no case file needs: a DOCTYPE (its entities and attribute lists can hide
/// markup from any scan) and a start tag with many attributes.
///
/// libxml2 2.9 compares every attribute of a start tag with every earlier one, so 130,000
/// attributes on one element (1 MiB) take half a minute before libxml2 reports anything. The
/// format has no attributes at all (only `xmlns` on `<dossier>`), so ``maxAttributes`` leaves
/// ample room for the ordinary message about attributes (`invoer.xml-attribuut`). Namespace
/// declarations (`xmlns`, `xmlns:p`) are limited in the whole document too: libxml2 looks a prefix
/// up through every declaration in scope, so declarations on 250 nested elements and prefixed
/// attributes below them took seconds as well.
///
/// Comments, processing instructions and CDATA sections are skipped; everything else that starts
/// with `<` and a name is a start tag. Wherever the text is not well-formed the scan stops and
/// leaves the message to libxml2.
enum XMLPreScan {
  /// A problem found by the scan.
  struct Problem: Equatable {
    let code: String
    let location: SourceLocation
    let message: String
  }

  /// The most attributes (namespace declarations included) accepted on one element.
  static let maxAttributes = 32
  /// The most namespace declarations accepted in the whole document.
  static let maxNamespaces = 32

  /// The first problem in UTF-8 `bytes`, or `nil`.
  static func problem(in bytes: UnsafeBufferPointer<UInt8>) -> Problem? {
    if let doctype = XMLSchema.doctypeOffset(bytes) {
      return Problem(
        code: "invoer.xml-doctype", location: SourceLocation(offset: doctype, in: bytes),
        message: "een DOCTYPE (met eventuele entiteiten, <!ENTITY>) is niet toegestaan in een casusbestand; "
          + "verwijder het")
    }
    var index = 0
    var namespaces = 0
    while let open = next(UInt8(ascii: "<"), in: bytes, from: index) {
      index = open + 1
      guard index < bytes.count else { return nil }
      switch bytes[index] {
      case UInt8(ascii: "?"):
        guard let end = XMLSchema.end(of: Markup.instructionEnd, in: bytes, from: index + 1) else {
          return nil
        }
        index = end
      case UInt8(ascii: "!"):
        if XMLSchema.starts(Markup.commentStart, in: bytes, at: open) {
          guard let end = XMLSchema.end(of: Markup.commentEnd, in: bytes, from: open + 4) else { return nil }
          index = end
        } else if XMLSchema.starts(Markup.cdataStart, in: bytes, at: open) {
          guard let end = XMLSchema.end(of: Markup.cdataEnd, in: bytes, from: open + 9) else { return nil }
          index = end
        }
      case UInt8(ascii: "/"):
        continue
      default:
        let (count, declarations, end) = attributes(ofTagAt: open, in: bytes)
        namespaces += declarations
        if namespaces > maxNamespaces {
          return Problem(
            code: "invoer.xml-attribuut", location: SourceLocation(offset: open, in: bytes),
            message: "het document declareert hier meer dan \(maxNamespaces) namespaces (xmlns); een "
              + "casusbestand heeft alleen xmlns=\"\(XMLTreeBuilder.namespace)\" op <dossier>")
        }
        if count > maxAttributes {
          let name = String(decoding: bytes[(open + 1)..<nameEnd(from: open + 1, in: bytes)], as: UTF8.self)
          return Problem(
            code: "invoer.xml-attribuut", location: SourceLocation(offset: open, in: bytes),
            message: "element '\(name)' heeft meer dan \(maxAttributes) attributen; een casusbestand "
              + "gebruikt geen attributen (alleen xmlns op <dossier>): gebruik geneste elementen")
        }
        guard let end else { return nil }
        index = end
      }
    }
    return nil
  }

  private enum Markup {
    static let instructionEnd = Array("?>".utf8)
    static let commentStart = Array("<!--".utf8)
    static let commentEnd = Array("-->".utf8)
    static let cdataStart = Array("<![CDATA[".utf8)
    static let cdataEnd = Array("]]>".utf8)
    static let xmlns = Array("xmlns".utf8)
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  private static func next(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    var index = start
    while index < bytes.count {
      if bytes[index] == byte { return index }
      index += 1
    }
    return nil
  }

  /// The end of a name (or attribute name) that starts at `start`.
  private static func nameEnd(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var index = start
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: "="), UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "<"):
        return index
      default:
        index += 1
      }
    }
    return index
  }

  /// Counts the attributes of the start tag at `open` (stopping once past the limit) and the
  /// namespace declarations among them, and where scanning goes on: after the last attribute read,
  /// or `nil` when the tag is not well-formed up to the end of the text.
  private static func attributes(ofTagAt open: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int?)
  {
    var index = nameEnd(from: open + 1, in: bytes)
    var count = 0
    var declarations = 0
    while count <= maxAttributes {
      while index < bytes.count, isSpace(bytes[index]) { index += 1 }
      guard index < bytes.count else { return (count, declarations, nil) }
      let nameStart = index
      index = nameEnd(from: index, in: bytes)
      // `>`, `/>` or something libxml2 will report: the tag ends here for the scan.
      if index == nameStart { return (count, declarations, index) }
      let isDeclaration =
        XMLSchema.starts(Markup.xmlns, in: bytes, at: nameStart)
        && (index == nameStart + 5 || bytes[nameStart + 5] == UInt8(ascii: ":"))
      while index < bytes.count, isSpace(bytes[index]) { index += 1 }
      guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
        return (count, declarations, index)
      }
      index += 1
      while index < bytes.count, isSpace(bytes[index]) { index += 1 }
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
      else { return (count, declarations, index) }
      guard let close = next(bytes[index], in: bytes, from: index + 1) else {
        return (count, declarations, nil)
      }
      index = close + 1
      count += 1
      if isDeclaration { declarations += 1 }
    }
    return (count, declarations, index)
  }
}
