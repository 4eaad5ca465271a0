import Foundation
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput

/// The document information of a generated PDF: poortwachter made it on the peildatum, with the
/// document's title; the cross-reference table still points at every object.
@Suite struct PDFInfoRewriterTests {
  /// A PDF laid out as Chromium writes it: the information dictionary is object 1, first in the file.
  static func chromiumLikePDF() -> [UInt8] {
    var text = "%PDF-1.4\n%\u{E2}\u{E3}\n"
    var offsets: [Int] = []
    for object in [
      "<</Title (x)\n/Creator (Mozilla/5.0 HeadlessChrome/156.0.0.0)\n/Producer (Skia/PDF m156)\n"
        + "/CreationDate (D:20240829101500+00'00')\n/ModDate (D:20240829101500+00'00')>>",
      "<< /Type /Catalog /Pages 3 0 R >>", "<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>",
    ] {
      offsets.append(text.utf8.count)
      text += "\(offsets.count) 0 obj\n\(object)\nendobj\n"
    }
    let xref = text.utf8.count
    text += "xref\n0 5\n0000000000 65535 f \n"
    for offset in offsets {
      let digits = String(offset)
      text += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
    }
    text += "trailer\n<</Size 5\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n\(xref)\n%%EOF\n"
    return Array(text.utf8)
  }

  @Test func theInformationIsReplacedAndEveryOffsetStillPointsAtItsObject() throws {
    let rewritten = try PDFInfoRewriter.rewrite(
      Self.chromiumLikePDF(), title: "Evaluatie van 5 december 2025 · één", program: "poortwachter 0.1.0",
      date: try #require(CivilDate(year: 2026, month: 11, day: 22)))
    let text = String(decoding: rewritten, as: UTF8.self)
    #expect(!text.contains("HeadlessChrome") && !text.contains("Skia") && !text.contains("20240829"))
    #expect(text.contains("/CreationDate (D:20261122000000Z)\n/ModDate (D:20261122000000Z)"))
    #expect(text.contains("/Creator " + PDFInfoRewriter.hexString("poortwachter 0.1.0")))
    // Every in-use entry of the table points at "N 0 obj", and startxref at the table.
    let lines = text.components(separatedBy: "\n")
    let table = try #require(lines.firstIndex(of: "xref"))
    for number in 1...4 {
      let offset = try #require(Int(lines[table + 2 + number].prefix(10)))
      #expect(text.utf8.dropFirst(offset).starts(with: "\(number) 0 obj".utf8), "object \(number)")
    }
    let keyword = try #require(lines.lastIndex(of: "startxref"))
    let startxref = try #require(Int(lines[keyword + 1]))
    #expect(text.utf8.dropFirst(startxref).starts(with: "xref\n".utf8))
    if FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") {
      let info = try PDFTestSupport.info(of: rewritten)
      #expect(info["Title"] == "Evaluatie van 5 december 2025 · één")
      #expect(info["Producer"] == "poortwachter 0.1.0")
      #expect(info["CreationDate"] == "Sun Nov 22 00:00:00 2026 UTC")
    }
  }

  @Test func aPDFWithoutInformationIsRefusedNotGuessed() {
    #expect(throws: PDFInfoRewriter.Unsupported.self) {
      try PDFInfoRewriter.rewrite(
        OriginalStructureTests.pdf(), title: "x", program: "p", date: CivilDate(dayNumber: 0))
    }
  }

  @Test func titlesAreUTF16WithAByteOrderMark() {
    #expect(PDFInfoRewriter.hexString("Aé") == "<FEFF004100E9>")
  }
}
