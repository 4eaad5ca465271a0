import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// An original is checked on its structure, not only on its first bytes: files that start like a
/// PDF, JPEG or Word document but are not one never reach `uwv/`. The hostile files are built here.
@Suite struct OriginalStructureTests {
  /// A minimal PDF with one empty page and a correct cross-reference table.
  static func pdf() -> [UInt8] {
    var text = "%PDF-1.4\n"
    var offsets: [Int] = []
    for object in [
      "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ] {
      offsets.append(text.utf8.count)
      text += "\(offsets.count) 0 obj\n\(object)\nendobj\n"
    }
    let xref = text.utf8.count
    text += "xref\n0 4\n0000000000 65535 f \n"
    for offset in offsets {
      let digits = String(offset)
      text += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
    }
    text += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    return Array(text.utf8)
  }

  /// A minimal JPEG: SOI, a frame header (SOF0, 1×1, one component), a scan header, data, EOI.
  static func jpeg() -> [UInt8] {
    [0xFF, 0xD8]
      + [0xFF, 0xC0, 0x00, 0x0B, 0x08, 0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0x11, 0x00]
      + [0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00] + [0x7F, 0xA0] + [0xFF, 0xD9]
  }

  /// A zip archive written by hand: each entry stored (method 0), or deflated (method 8) with the
  /// given data and declared size.
  struct Zip {
    var bytes: [UInt8] = []
    var directory: [UInt8] = []
    var count = 0

    static func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
    static func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16 & 0xFFFF) }

    /// Adds an entry. The checksum is left 0: the reader never inflates, it reads the directory.
    mutating func add(_ name: String, _ data: [UInt8], deflatedTo size: Int? = nil) {
      let method = size == nil ? 0 : 8
      let uncompressed = size ?? data.count
      let nameBytes = Array(name.utf8)
      let common =
        Self.le16(20) + Self.le16(0) + Self.le16(method) + Self.le16(0) + Self.le16(0x21)
        + Self.le32(0) + Self.le32(data.count) + Self.le32(uncompressed) + Self.le16(nameBytes.count)
        + Self.le16(0)
      directory +=
        Self.le32(0x0201_4B50) + Self.le16(20) + common + Self.le16(0) + Self.le16(0) + Self.le16(0)
        + Self.le32(0) + Self.le32(bytes.count) + nameBytes
      bytes += Self.le32(0x0403_4B50) + common + nameBytes + data
      count += 1
    }

    var archive: [UInt8] {
      bytes + directory + Self.le32(0x0605_4B50) + Self.le16(0) + Self.le16(0) + Self.le16(count)
        + Self.le16(count) + Self.le32(directory.count) + Self.le32(bytes.count) + Self.le16(0)
    }
  }

  static let contentTypes = Array("<?xml version=\"1.0\"?><Types/>".utf8)
  static let document = Array("<?xml version=\"1.0\"?><w:document/>".utf8)

  static func docx() -> [UInt8] {
    var zip = Zip()
    zip.add("[Content_Types].xml", contentTypes)
    zip.add("word/document.xml", document)
    return zip.archive
  }

  /// A raw deflate stream (one block, fixed Huffman codes) of `1 + 258 × copies` zero bytes: a
  /// literal 0, then `copies` back-references of length 258 at distance 1, each 13 bits.
  static func zeros(copies: Int) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(copies * 13 / 8 + 8)
    var accumulator: UInt64 = 0
    var bits = 0
    func put(_ value: UInt64, _ count: Int) {
      accumulator |= value << UInt64(bits)
      bits += count
      while bits >= 8 {
        out.append(UInt8(accumulator & 0xFF))
        accumulator >>= 8
        bits -= 8
      }
    }
    put(0b011, 3)  // final block, fixed codes
    put(0x0C, 8)  // literal 0 (code 00110000, sent most significant bit first)
    for _ in 0..<copies { put(0xA3, 13) }  // length 258 (code 11000101), distance code 0 (00000)
    put(0, 7)  // end of block
    if bits > 0 { put(0, 8 - bits) }
    return out
  }

  /// Writes `bytes` as `bijlagen/<name>` next to a case that names it as the plan's original.
  static func load(_ name: String, _ bytes: [UInt8]) throws -> LoadOutcome {
    let folder = try PackPlanTests.folder()
    try Data(bytes).write(to: URL(fileURLWithPath: folder + "/bijlagen/" + name))
    return try PackPlanTests.load(origineel: "bijlagen/" + name, in: folder)
  }

  static func refusal(_ name: String, _ bytes: [UInt8]) throws -> String? {
    guard case .failed(_, let diagnostics) = try load(name, bytes) else { return nil }
    return diagnostics.first { $0.code == "invoer.origineel" }?.message
  }

  @Test func wellFormedOriginalsLoad() throws {
    for (name, bytes) in [("pva.pdf", Self.pdf()), ("pva.jpg", Self.jpeg()), ("pva.docx", Self.docx())] {
      guard case .loaded = try Self.load(name, bytes) else {
        Issue.record("\(name) was refused: \(try Self.refusal(name, bytes) ?? "")")
        continue
      }
    }
  }

  @Test func theSampleOriginalsLoad() throws {
    for name in ["vz-2024-0388.yaml", "vz-2025-0419.yaml"] {
      guard case .loaded = TestSupport.loader().load(path: TestSupport.sampleCases + "/" + name) else {
        Issue.record("\(name) does not load")
        continue
      }
    }
  }

  static let html = Array("<html><body><script>alert(1)</script></body></html>\n".utf8)

  @Test func aPDFHeaderInFrontOfHTMLIsRefused() throws {
    let message = try Self.refusal("pva.pdf", Array("%PDF-1.4\n".utf8) + Self.html)
    #expect(message?.contains("geen volledig PDF-bestand") == true, "\(message ?? "accepted")")
    // A startxref that points nowhere is no better.
    let lying = Array("%PDF-1.4\n".utf8) + Self.html + Array("startxref\n9999\n%%EOF\n".utf8)
    #expect(try Self.refusal("pva.pdf", lying)?.contains("geen volledig PDF-bestand") == true)
  }

  @Test func aJPEGStartInFrontOfHTMLIsRefused() throws {
    let message = try Self.refusal("pva.jpg", [0xFF, 0xD8, 0xFF, 0xE0] + Self.html)
    #expect(message?.contains("geen volledige JPEG-afbeelding") == true, "\(message ?? "accepted")")
    // SOI and EOI around no frame header.
    let hollow = try Self.refusal("pva.jpg", [0xFF, 0xD8, 0xFF, 0xDA, 0x00, 0x02, 0x00, 0xFF, 0xD9])
    #expect(hollow?.contains("geen beeldkop") == true, "\(hollow ?? "accepted")")
  }

  @Test func aZipStartFollowedByGarbageIsRefused() throws {
    let message = try Self.refusal(
      "pva.docx", [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 4_000))
    #expect(message?.contains("geen volledig zip-archief") == true, "\(message ?? "accepted")")
  }

  @Test func aPlainZipNamedDocxIsRefused() throws {
    var zip = Zip()
    zip.add("notities.txt", Array("hallo".utf8))
    let message = try Self.refusal("pva.docx", zip.archive)
    #expect(message?.contains("geen Word-document (docx)") == true, "\(message ?? "accepted")")
  }

  @Test func aZipBombNamedDocxIsRefused() throws {
    // 1 GiB of zeros in about 6.5 MB: under the portal's 10 MB, so only the unpacked size tells.
    let copies = (1 << 30) / 258
    let stream = Self.zeros(copies: copies)
    var zip = Zip()
    zip.add("[Content_Types].xml", Self.contentTypes)
    zip.add("word/document.xml", stream, deflatedTo: 1 + 258 * copies)
    #expect(zip.archive.count < OriginalFiles.maxBytes)
    let message = try Self.refusal("pva.docx", zip.archive)
    let total = 1 + 258 * copies + Self.contentTypes.count
    #expect(message?.contains("pakt uit tot \(total) bytes") == true, "\(message ?? "accepted")")
  }

  @Test func anEmptyOriginalIsAnInputErrorAtItsPosition() throws {
    for value in ["\"\"", "\"  \"", ""] {
      let yaml =
        "formaat: poortwachter/1\nkenmerk: X\nwerknemer: { naam: J }\nverzuim: { eerste_ziektedag: 2024-01-08 }\n"
        + "probleemanalyse:\n  datum: 2024-02-12\n  origineel: \(value)\n"
      let found = TestSupport.diagnostics(yaml).first
      #expect(found?.code == "invoer.origineel", "\(value)")
      #expect(found?.location?.line == 7, "\(value)")
      #expect(
        found?.message.hasPrefix("'probleemanalyse.origineel' is leeg") == true, "\(found?.message ?? "")")
    }
  }

  /// HTML behind a PDF header with a trailer that looks right: only a reader finds it broken.
  @Test(.enabled(if: PDFOpenCheck.executable != nil, "pdfinfo (poppler-utils) ontbreekt"))
  func aPDFThatPdfinfoCannotOpenIsRefused() throws {
    var bytes = Array("%PDF-1.4\n".utf8) + Self.html
    let xref = bytes.count
    bytes += Array("xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
    #expect(OriginalStructure.pdf(bytes) == nil)
    let message = try Self.refusal("pva.pdf", bytes)
    #expect(message?.contains("opent niet als PDF (pdfinfo") == true, "\(message ?? "accepted")")
  }

  @Test func withoutPdfinfoTheStructureCheckStandsAlone() {
    #expect(PDFOpenCheck.locate(path: "/nonexistent") == nil)
    #expect(PDFOpenCheck.problem("/nonexistent.pdf", executable: nil) == nil)
  }
}
