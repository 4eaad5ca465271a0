import CZlib
import Foundation
import PoortwachterCore
import Testing

/// The hostile originals the tests make themselves: PDFs written object by object (text in
/// Helvetica, a page size of choice, or only an image), Word documents zipped with deflate, and
/// photos rendered from a PDF with `pdftoppm`.
enum HostileOriginalFiles {
  static let popplerSkip: Comment =
    "pdftotext ontbreekt: installeer poppler-utils (apt-get install -y poppler-utils) om deze tests te draaien"
  static let ocrSkip: Comment =
    "tesseract ontbreekt: installeer tesseract-ocr en tesseract-ocr-nld om de OCR-tests te draaien"

  /// One page of a text PDF: lines from the top, each optionally with a second text at the right
  /// edge of the same line (a browser's page counter).
  struct Page {
    var size: PageSize = .a4
    var lines: [(left: String, right: String?)]

    init(size: PageSize = .a4, _ lines: [String], footer: (left: String, right: String)? = nil) {
      self.size = size
      self.lines = lines.map { ($0, nil) }
      if let footer { self.lines.append((footer.left, footer.right)) }
    }
  }

  /// A PDF with the text of `pages` (ASCII) in its text layer.
  static func pdf(_ pages: [Page]) -> [UInt8] {
    var objects: [[UInt8]] = []
    // 1 catalog, 2 pages, 3 font; then per page: page object, content stream.
    let kids = pages.indices.map { "\(4 + 2 * $0) 0 R" }.joined(separator: " ")
    objects.append(Array("<< /Type /Catalog /Pages 2 0 R >>".utf8))
    objects.append(Array("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>".utf8))
    objects.append(
      Array("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8))
    for (index, page) in pages.enumerated() {
      var content = ""
      var y = page.size.height - 50
      for line in page.lines {
        let isLast = line.right != nil
        let at = isLast ? 30.0 : y
        content += "BT /F1 10 Tf 40 \(at) Td (\(escape(line.left))) Tj ET\n"
        if let right = line.right {
          content += "BT /F1 10 Tf \(page.size.width - 60) \(at) Td (\(escape(right))) Tj ET\n"
        }
        if !isLast { y -= 16 }
      }
      objects.append(
        Array(
          ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(page.size.width) \(page.size.height)] "
            + "/Resources << /Font << /F1 3 0 R >> >> /Contents \(5 + 2 * index) 0 R >>").utf8))
      objects.append(stream(Array(content.utf8)))
    }
    return assemble(objects)
  }

  /// A PDF of one A4 page that is only a JPEG image (a scan without text layer).
  static func imagePDF(jpeg: [UInt8], pixels: (width: Int, height: Int, components: Int)) -> [UInt8] {
    let size = PageSize.a4
    let content = "q \(size.width) 0 0 \(size.height) 0 0 cm /Im1 Do Q\n"
    return assemble([
      Array("<< /Type /Catalog /Pages 2 0 R >>".utf8),
      Array("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
      Array(
        ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(size.width) \(size.height)] "
          + "/Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>").utf8),
      stream(
        jpeg,
        dictionary: "/Type /XObject /Subtype /Image /Width \(pixels.width) /Height \(pixels.height) "
          + "/ColorSpace \(pixels.components == 1 ? "/DeviceGray" : "/DeviceRGB") /BitsPerComponent 8 "
          + "/Filter /DCTDecode"),
      stream(Array(content.utf8)),
    ])
  }

  private static func escape(_ text: String) -> String {
    text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(")
      .replacingOccurrences(of: ")", with: "\\)")
  }

  private static func stream(_ data: [UInt8], dictionary: String = "") -> [UInt8] {
    Array("<< \(dictionary) /Length \(data.count) >>\nstream\n".utf8) + data + Array("\nendstream".utf8)
  }

  private static func assemble(_ objects: [[UInt8]]) -> [UInt8] {
    var bytes = Array("%PDF-1.4\n".utf8)
    var offsets: [Int] = []
    for (index, object) in objects.enumerated() {
      offsets.append(bytes.count)
      bytes += Array("\(index + 1) 0 obj\n".utf8) + object + Array("\nendobj\n".utf8)
    }
    let xref = bytes.count
    var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
    for offset in offsets {
      let digits = String(offset)
      table += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
    }
    table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    return bytes + Array(table.utf8)
  }

  /// A Word document whose body holds `paragraphs` and one table of `rows` (cells), on a page
  /// of `size`, every part deflated.
  static func docx(paragraphs: [String], rows: [[String]], size: PageSize = .a4) -> [UInt8] {
    func run(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
    let body =
      paragraphs.map { "<w:p>\(run($0))</w:p>" }.joined()
      + "<w:tbl>"
      + rows.map { row in "<w:tr>" + row.map { "<w:tc><w:p>\(run($0))</w:p></w:tc>" }.joined() + "</w:tr>" }
      .joined() + "</w:tbl>"
      + "<w:sectPr><w:pgSz w:w=\"\(Int(size.width * 20))\" w:h=\"\(Int(size.height * 20))\"/></w:sectPr>"
    let document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
      + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      + "<w:body>\(body)</w:body></w:document>"
    let types =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
    return zip([("[Content_Types].xml", Array(types.utf8)), ("word/document.xml", Array(document.utf8))])
  }

  /// A zip archive with every entry deflated and its CRC-32 set.
  static func zip(_ entries: [(name: String, data: [UInt8])]) -> [UInt8] {
    func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16 & 0xFFFF) }
    var bytes: [UInt8] = []
    var directory: [UInt8] = []
    for (name, data) in entries {
      let packed = deflate(data)
      let crc = data.withUnsafeBufferPointer { Int(crc32(0, $0.baseAddress, uInt($0.count))) }
      let nameBytes = Array(name.utf8)
      let common =
        le16(20) + le16(0) + le16(8) + le16(0) + le16(0x21) + le32(crc) + le32(packed.count)
        + le32(data.count)
        + le16(nameBytes.count) + le16(0)
      directory +=
        le32(0x0201_4B50) + le16(20) + common + le16(0) + le16(0) + le16(0) + le32(0) + le32(bytes.count)
        + nameBytes
      bytes += le32(0x0403_4B50) + common + nameBytes + packed
    }
    return bytes + directory + le32(0x0605_4B50) + le16(0) + le16(0) + le16(entries.count)
      + le16(entries.count) + le32(directory.count) + le32(bytes.count) + le16(0)
  }

  /// Raw deflate (no zlib header), as a zip entry holds it.
  static func deflate(_ data: [UInt8]) -> [UInt8] {
    var stream = z_stream()
    _ = deflateInit2_(
      &stream, Z_BEST_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY, zlibVersion(),
      Int32(MemoryLayout<z_stream>.size))
    defer { deflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: data.count + 1_024)
    var input = data
    let written = input.withUnsafeMutableBufferPointer { source in
      output.withUnsafeMutableBufferPointer { target in
        stream.next_in = source.baseAddress
        stream.avail_in = uInt(source.count)
        stream.next_out = target.baseAddress
        stream.avail_out = uInt(target.count)
        _ = CZlib.deflate(&stream, Z_FINISH)
        return Int(stream.total_out)
      }
    }
    return Array(output.prefix(written))
  }

  /// Renders page 1 of `pdf` as a grey JPEG with `pdftoppm` at `dpi`; `nil` without it.
  static func jpeg(of pdf: [UInt8], dpi: Int) throws -> (
    bytes: [UInt8], width: Int, height: Int, components: Int
  )? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftoppm") else { return nil }
    let folder = NSTemporaryDirectory() + "/pw-jpeg-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data(pdf).write(to: URL(fileURLWithPath: folder + "/in.pdf"))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftoppm")
    process.arguments = [
      "-r", String(dpi), "-gray", "-jpeg", "-singlefile", folder + "/in.pdf", folder + "/uit",
    ]
    try process.run()
    process.waitUntilExit()
    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/uit.jpg")))
    // The frame header (SOF0 or SOF2) holds the height and the width.
    var index = 2
    while index + 9 < bytes.count {
      let marker = bytes[index + 1]
      if marker == 0xC0 || marker == 0xC2 {
        let height = Int(bytes[index + 5]) << 8 | Int(bytes[index + 6])
        let width = Int(bytes[index + 7]) << 8 | Int(bytes[index + 8])
        return (bytes, width, height, Int(bytes[index + 9]))
      }
      index += 2 + (Int(bytes[index + 2]) << 8 | Int(bytes[index + 3]))
    }
    return nil
  }
}
