import CLibXML2
import Foundation
import PoortwachterCore

/// The text of a Word document (docx) original: the parts `word/document.xml` (with its tables)
/// and the headers and footers (`word/header1.xml`, `word/footer1.xml`), each inflated with zlib
/// (``ZipInflate``) and read with libxml2 without network or entities. A paragraph or table row
/// ends a line, a table cell ends with a tab (so "Werknemer | P. Bakker" reads as two cells), and
/// the section's page size (`w:pgSz`, in twentieths of a point) is the page size.
struct DocxTextReader {
  let limits: OriginalReader.Limits

  /// The parts read, in this order: headers, the body, footers.
  static func isTextPart(_ name: String) -> Bool {
    name == "word/document.xml"
      || (name.hasPrefix("word/header") || name.hasPrefix("word/footer")) && name.hasSuffix(".xml")
        && !name.dropFirst(5).contains("/")
  }

  /// Reads the Word document at absolute path `file`.
  func read(_ file: String) -> OriginalContent {
    guard let handle = FileHandle(forReadingAtPath: file) else {
      return .unreadable("het Word-document kan niet geopend worden")
    }
    defer { try? handle.close() }
    let bytes = [UInt8]((try? handle.read(upToCount: OriginalFiles.maxBytes + 1)) ?? Data())
    guard bytes.count <= OriginalFiles.maxBytes, let directory = try? ZipDirectory(bytes) else {
      return .unreadable("het Word-document is geen leesbaar zip-archief")
    }
    let parts = directory.entries.filter { Self.isTextPart($0.name) }.sorted { a, b in
      func rank(_ name: String) -> Int {
        name.hasPrefix("word/header") ? 0 : name == "word/document.xml" ? 1 : 2
      }
      return (rank(a.name), a.name) < (rank(b.name), b.name)
    }
    var texts: [String] = []
    var size: PageSize?
    var total: UInt64 = 0
    for part in parts {
      total += part.uncompressedSize
      guard total <= UInt64(limits.maxTextBytes) * 4 else {
        return .unreadable(
          "het Word-document is uitgepakt groter dan \(limits.maxTextBytes * 4 / 1_000_000) MB")
      }
      guard let xml = ZipInflate.data(of: part, in: bytes) else {
        return .unreadable("'\(part.name)' in het Word-document is beschadigd (uitpakken mislukt)")
      }
      guard let (text, pageSize) = Self.text(ofXML: xml) else {
        return .unreadable("'\(part.name)' in het Word-document is geen leesbare XML")
      }
      texts.append(text)
      if part.name == "word/document.xml" { size = pageSize }
    }
    let text = texts.joined(separator: "\n")
    return OriginalContent(pages: [
      OriginalPage(text: text, reading: PDFTextReader.hasText(text) ? .text : .none, size: size)
    ])
  }

  /// The text of one WordprocessingML part and the first page size it declares; `nil` when the
  /// XML does not parse.
  static func text(ofXML xml: [UInt8]) -> (String, PageSize?)? {
    LibXML.ensureInitialized()
    guard xml.count < Int(Int32.max) else { return nil }
    let document = xml.withUnsafeBufferPointer { buffer in
      buffer.baseAddress.map { base in
        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
          xmlReadMemory($0, Int32(buffer.count), "document.xml", nil, LibXML.parseOptions)
        }
      } ?? nil
    }
    guard let document else { return nil }
    defer { xmlFreeDoc(document) }
    var text = ""
    var size: PageSize?
    // Depth-first, without recursion: (node, leaving) pairs on a stack.
    var stack: [(node: xmlNodePtr, leaving: Bool)] = []
    if let root = xmlDocGetRootElement(document) { stack.append((root, false)) }
    // Inside a table cell a paragraph ends with a space: the cell stays one cell of its row.
    var cellDepth = 0
    while let (node, leaving) = stack.popLast() {
      guard node.pointee.type == XML_ELEMENT_NODE else { continue }
      let name = node.pointee.name.map { String(cString: $0) } ?? ""
      if leaving {
        switch name {
        case "p": text += cellDepth > 0 ? " " : "\n"
        case "tr": text += "\n"
        case "tc":
          text += "\t"
          cellDepth -= 1
        default: break
        }
        continue
      }
      if name == "tc" { cellDepth += 1 }
      switch name {
      case "t":
        text += Self.ownText(node)
        continue
      case "tab": text += "\t"
      case "br", "cr": text += "\n"
      // Deleted text and field instructions ("PAGE") are not what the page shows.
      case "delText", "instrText": continue
      case "pgSz" where size == nil: size = pageSize(node)
      default: break
      }
      stack.append((node, true))
      var children: [xmlNodePtr] = []
      var child = node.pointee.children
      while let current = child {
        children.append(current)
        child = current.pointee.next
      }
      stack.append(contentsOf: children.reversed().map { ($0, false) })
    }
    return (text, size)
  }

  /// The text nodes directly inside `node` (a `w:t` holds only text).
  private static func ownText(_ node: xmlNodePtr) -> String {
    var text = ""
    var child = node.pointee.children
    while let current = child {
      if current.pointee.type == XML_TEXT_NODE || current.pointee.type == XML_CDATA_SECTION_NODE,
        let content = current.pointee.content
      {
        text += String(cString: content)
      }
      child = current.pointee.next
    }
    return text
  }

  /// `w:pgSz w:w="11906" w:h="16838"`: twentieths of a point.
  private static func pageSize(_ node: xmlNodePtr) -> PageSize? {
    func attribute(_ name: String) -> Double? {
      var property = node.pointee.properties
      while let current = property {
        if current.pointee.name.map({ String(cString: $0) }) == name {
          return current.pointee.children?.pointee.content.flatMap { Double(String(cString: $0)) }
        }
        property = current.pointee.next
      }
      return nil
    }
    guard let width = attribute("w"), let height = attribute("h") else { return nil }
    return PageSize(width: width / 20, height: height / 20)
  }
}
