import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput

/// Layout of the dossier a reviewer reads page by page (issue 22, finding 7).
@Suite struct DossierLayoutTests {
  /// The numbers of the rows of the parts table (`<td class="nr">N</td>`), the table headed
  /// "Onderdeel" (other tables, such as the afspraken and the advices, number their own rows).
  static func rowNumbers(_ html: String) -> [String] {
    guard let head = html.range(of: "<th>Onderdeel</th>"),
      let end = html.range(of: "</table>", range: head.upperBound..<html.endIndex)
    else { return [] }
    return html[head.upperBound..<end.lowerBound].matches(of: /<td class="nr">(\d+)<\/td>/).map {
      String($0.output.1)
    }
  }

  /// Every row of the parts table has its own number, in riv.html and controle.html (two rows
  /// were numbered 12).
  @Test(arguments: TestSupport.sampleFiles())
  func partsAreNumberedOnce(_ file: String) throws {
    let loaded = try #require(TestSupport.loaded(path: file))
    let documents = try RenderingTests.renderer().render(RenderingTests.evaluation(loaded))
    for (name, html) in [("riv.html", documents.rivHTML), ("controle.html", documents.controleHTML)] {
      let numbers = Self.rowNumbers(html)
      #expect(!numbers.isEmpty, "\(name)")
      #expect(numbers == (1...numbers.count).map(String.init), "\(file) \(name): \(numbers)")
    }
  }

  /// riv.html printed as a person prints it (Chromium, the page's own @page rules): no page but
  /// the last is nearly empty. Each part used to start a new page, so a part of three lines left
  /// a page with 35 words, header and footer included.
  @Test(
    .enabled(if: PDFTestSupport.chromium != nil, PDFTestSupport.skipMessage),
    arguments: TestSupport.sampleFiles())
  func printedReportHasNoNearlyEmptyPages(_ file: String) throws {
    let loaded = try #require(TestSupport.loaded(path: file))
    let html = try RenderingTests.renderer().render(RenderingTests.evaluation(loaded)).rivHTML
    let folder = NSTemporaryDirectory() + "/pw-riv-print-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try html.write(toFile: folder + "/riv.html", atomically: true, encoding: .utf8)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try #require(PDFTestSupport.chromium))
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
      "--user-data-dir=" + folder + "/profiel",
      "--print-to-pdf=" + folder + "/riv.pdf", "file://" + folder + "/riv.html",
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let pdf = try [UInt8](Data(contentsOf: URL(fileURLWithPath: folder + "/riv.pdf")))
    let count = Int(try PDFTestSupport.info(of: pdf)["Pages"] ?? "") ?? 0
    #expect(count > 1, "\(file)")
    for number in stride(from: 1, to: count, by: 1) {
      let words = try PDFTestSupport.page(number, of: pdf).split(whereSeparator: \.isWhitespace).count
      #expect(words >= 80, "\(file): page \(number) of \(count) has \(words) words")
    }
  }
}
