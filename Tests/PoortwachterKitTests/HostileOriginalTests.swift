import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Originals that do not belong to the case, or cannot be read, must show in `check` (and so in
/// the toets and the UWV pack's upload list); the files are made here (``HostileOriginalFiles``).
@Suite(.enabled(if: OriginalTools.standard.pdftotext != nil, HostileOriginalFiles.popplerSkip))
struct HostileOriginalTests {
  static let tesseract = OriginalTools.standard.tesseract != nil
  static let ocrSkip = HostileOriginalFiles.ocrSkip

  /// The employee of every test case, and a number of someone else that passes the 11-proef.
  static let ownBSN = "304182771"
  static let otherBSN = "111222333"

  /// A case folder with one case whose probleemanalyse links `bijlagen/<name>` holding `bytes`.
  static func caseFile(original name: String, _ bytes: [UInt8]) throws -> String {
    let folder = NSTemporaryDirectory() + "/pw-origineel-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder + "/bijlagen", withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: folder + "/bijlagen/" + name))
    let text = """
      formaat: poortwachter/1
      kenmerk: VZ-TEST-0001
      werknemer: { naam: Ruud Hermans, bsn: "\(ownBSN)" }
      verzuim: { eerste_ziektedag: 2024-01-08 }
      probleemanalyse:
        datum: 2024-02-12
        opgesteld_door: { naam: drs. H. Veldkamp, functie: Bedrijfsarts }
        origineel: bijlagen/\(name)

      """
    try text.write(toFile: folder + "/case.yaml", atomically: true, encoding: .utf8)
    return folder + "/case.yaml"
  }

  static func remove(_ file: String) {
    try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent)
  }

  /// The evaluation of the case at `file` as `check` makes it.
  static func evaluation(_ file: String, reader: OriginalReader = OriginalReader()) throws -> CaseEvaluation {
    let checker = CaseChecker(
      loader: TestSupport.loader(), peildatum: TestSupport.date("2024-03-10"), originalReader: reader)
    guard case .checked(let evaluation) = checker.check(file: file) else {
      throw CheckFailure.notLoaded
    }
    return evaluation
  }

  enum CheckFailure: Error { case notLoaded }

  /// The findings of the rules on originals, by rule id.
  static func originalFindings(_ evaluation: CaseEvaluation) -> [String: Finding] {
    var result: [String: Finding] = [:]
    for finding in evaluation.findings where finding.ruleID.hasPrefix("wvp.origineel.") {
      result[finding.ruleID] = finding
    }
    return result
  }

  /// The unseen case of issue 22: another person's BSN, no name, a US Letter page with a browser's
  /// date header and a `file:///` footer.
  @Test func aStrangersOriginalIsAFoutThatBlocksTheUpload() throws {
    let pdf = HostileOriginalFiles.pdf([
      .init(
        size: .letter,
        [
          "07-12-2026 14:32                Probleemanalyse", "Probleemanalyse", "BSN: \(Self.otherBSN)",
          "Belastbaarheid: beperkt voor tillen.",
        ], footer: ("file:///home/hr/Downloads/probleemanalyse.html", "1/1"))
    ])
    let file = try Self.caseFile(original: "pa.pdf", pdf)
    defer { Self.remove(file) }
    let evaluation = try Self.evaluation(file)
    let found = Self.originalFindings(evaluation)
    #expect(
      Set(found.keys) == [
        "wvp.origineel.bsn-ander", "wvp.origineel.naam-ontbreekt", "wvp.origineel.paginaformaat",
        "wvp.origineel.browserafdruk",
      ])
    #expect(found["wvp.origineel.bsn-ander"]?.severity == .fout)
    #expect(found["wvp.origineel.paginaformaat"]?.message.contains("216 × 279 mm") == true)
    #expect(found["wvp.origineel.bsn-ander"]?.location == SourceLocation(line: 8, column: 14))
    for finding in evaluation.findings {
      #expect(!finding.message.contains(Self.otherBSN) && !finding.message.contains(Self.ownBSN))
    }
    // Not complete for the toets, and named in the pack's list of what is missing.
    let question = evaluation.toets.vragen.first { $0.id == .dossierCompleet }
    #expect(question?.oordeel == .onvoldoende)
    #expect(question?.regels.contains("wvp.origineel.bsn-ander") == true)
    #expect(
      PackPlan.gaps(evaluation, UploadRequirements(evaluation)).contains {
        $0.regel == "wvp.origineel.bsn-ander"
      })
    #expect(!evaluation.isCheckedOriginal(evaluation.documents[0]))
  }

  @Test func theCasesOwnOriginalPasses() throws {
    let pdf = HostileOriginalFiles.pdf([
      .init(["Ruud Hermans - BSN 3041.82.771        Kenmerk VZ-TEST-0001", "Probleemanalyse"]),
      .init(["R. Hermans, BSN 304182771", "Advies"]),
    ])
    let file = try Self.caseFile(original: "pa.pdf", pdf)
    defer { Self.remove(file) }
    let evaluation = try Self.evaluation(file)
    #expect(Self.originalFindings(evaluation).isEmpty)
    let content = try #require(evaluation.originals?["bijlagen/pa.pdf"])
    #expect(content.pages.count == 2 && content.isFullyRead)
    #expect(content.pages.allSatisfy { $0.size?.isA4 == true })
    #expect(evaluation.isCheckedOriginal(evaluation.documents[0]))
  }

  @Test func anotherNameAfterNaamWerknemerIsAFout() throws {
    let pdf = HostileOriginalFiles.pdf([
      .init(["Naam werknemer: P. Bakker            BSN: \(Self.ownBSN)", "Besproken met R. Hermans."])
    ])
    let file = try Self.caseFile(original: "pa.pdf", pdf)
    defer { Self.remove(file) }
    let found = Self.originalFindings(try Self.evaluation(file))
    #expect(Set(found.keys) == ["wvp.origineel.naam-ander"])
    #expect(found["wvp.origineel.naam-ander"]?.message.contains("pagina 1") == true)
  }

  /// Already refused when the case is read (the structure check); it stays that way.
  @Test func htmlRenamedToPdfIsRefusedOnLoading() throws {
    let html = Array("<!doctype html><html><body>BSN \(Self.ownBSN) Ruud Hermans</body></html>".utf8)
    let file = try Self.caseFile(original: "pa.pdf", html)
    defer { Self.remove(file) }
    let checker = CaseChecker(loader: TestSupport.loader(), peildatum: TestSupport.date("2024-03-10"))
    guard case .unreadable(_, let diagnostics) = checker.check(file: file) else {
      Issue.record("an HTML file named .pdf was accepted")
      return
    }
    #expect(diagnostics.map(\.code) == ["invoer.origineel"])
  }

  /// A scan (a PDF that is only an image) on a machine without tesseract: a warning to check it by
  /// eye, no fout (nothing was read to judge).
  @Test func imageOnlyPdfWithoutTesseractIsAWarningToCheckByEye() throws {
    let page = HostileOriginalFiles.pdf([.init(["Ruud Hermans, BSN \(Self.ownBSN)", "Probleemanalyse"])])
    let image = try #require(try HostileOriginalFiles.jpeg(of: page, dpi: 100))
    let scan = HostileOriginalFiles.imagePDF(
      jpeg: image.bytes, pixels: (image.width, image.height, image.components))
    let file = try Self.caseFile(original: "scan.pdf", scan)
    defer { Self.remove(file) }
    var tools = OriginalTools.standard
    tools.tesseract = nil
    let evaluation = try Self.evaluation(file, reader: OriginalReader(tools: tools))
    let found = Self.originalFindings(evaluation)
    #expect(Set(found.keys) == ["wvp.origineel.onleesbaar"])
    #expect(found["wvp.origineel.onleesbaar"]?.severity == .waarschuwing)
    #expect(found["wvp.origineel.onleesbaar"]?.message.contains("niet leesbaar zonder OCR") == true)
    #expect(found["wvp.origineel.onleesbaar"]?.message.contains("controleer met het oog") == true)
    #expect(evaluation.originals?.isFullyRead(evaluation.documents[0]) == false)
  }

  @Test(.enabled(if: tesseract, ocrSkip)) func imageOnlyPdfIsReadWithOCR() throws {
    let page = HostileOriginalFiles.pdf([.init(["Ruud Hermans, BSN \(Self.ownBSN)", "Probleemanalyse"])])
    let image = try #require(try HostileOriginalFiles.jpeg(of: page, dpi: 200))
    let scan = HostileOriginalFiles.imagePDF(
      jpeg: image.bytes, pixels: (image.width, image.height, image.components))
    let file = try Self.caseFile(original: "scan.pdf", scan)
    defer { Self.remove(file) }
    let evaluation = try Self.evaluation(file)
    #expect(Self.originalFindings(evaluation).isEmpty)
    #expect(evaluation.originals?["bijlagen/scan.pdf"]?.pages.first?.reading == .ocr)
  }

  @Test func docxWithTheBSNInATableIsRead() throws {
    let docx = HostileOriginalFiles.docx(
      paragraphs: ["Probleemanalyse"], rows: [["Naam werknemer", "Ruud Hermans"], ["BSN", "304 182 771"]])
    let file = try Self.caseFile(original: "pa.docx", docx)
    defer { Self.remove(file) }
    let evaluation = try Self.evaluation(file)
    #expect(Self.originalFindings(evaluation).isEmpty)
    let page = try #require(evaluation.originals?["bijlagen/pa.docx"]?.pages.first)
    #expect(page.text.contains("Naam werknemer \tRuud Hermans \t\nBSN \t304 182 771 \t\n"))
    #expect(page.size?.isA4 == true)
  }

  @Test func docxOfAnotherEmployeeIsAFout() throws {
    let docx = HostileOriginalFiles.docx(
      paragraphs: ["Probleemanalyse"], rows: [["Werknemer", "P. Bakker"], ["BSN", Self.otherBSN]],
      size: .letter)
    let file = try Self.caseFile(original: "pa.docx", docx)
    defer { Self.remove(file) }
    let found = Self.originalFindings(try Self.evaluation(file))
    #expect(
      Set(found.keys) == [
        "wvp.origineel.bsn-ander", "wvp.origineel.naam-ander", "wvp.origineel.naam-ontbreekt",
        "wvp.origineel.paginaformaat",
      ])
  }

  @Test func aDamagedDocxPartIsUnreadableNotAnError() throws {
    var docx = HostileOriginalFiles.docx(paragraphs: ["Ruud Hermans BSN \(Self.ownBSN)"], rows: [])
    // Flip a byte inside the deflated document.xml: the CRC check refuses it.
    let directory = try ZipDirectory(docx)
    let entry = try #require(directory.entries.first { $0.name == "word/document.xml" })
    let data = try #require(ZipDirectory.storedData(of: entry, in: docx))
    docx[data.startIndex + data.count / 2] ^= 0x55
    let path = try Self.write(docx, "kapot.docx")
    defer { Self.remove(path) }
    let content = OriginalReader().content(ofFile: path)
    #expect(!content.hasText)
    #expect(content.problem?.contains("word/document.xml") == true)
  }

  @Test(.enabled(if: tesseract, ocrSkip)) func jpgIsReadWithOCR() throws {
    let page = HostileOriginalFiles.pdf([
      .init(["Ruud Hermans", "BSN: \(Self.otherBSN)", "Eindevaluatie"])
    ])
    let image = try #require(try HostileOriginalFiles.jpeg(of: page, dpi: 200))
    let file = try Self.caseFile(original: "scan.jpg", image.bytes)
    defer { Self.remove(file) }
    let found = Self.originalFindings(try Self.evaluation(file))
    #expect(Set(found.keys) == ["wvp.origineel.bsn-ander"])
    #expect(found["wvp.origineel.bsn-ander"]?.message.contains("OCR") == true)
  }

  /// A US Letter page printed by our own Chromium with a browser-like header and footer.
  @Test(.enabled(if: PDFTestSupport.chromium != nil, PDFTestSupport.skipMessage))
  func letterPagePrintedByChromiumIsAWarning() throws {
    let browser = try ChromiumBrowser(executable: try #require(PDFTestSupport.chromium))
    defer { browser.close() }
    var job = PrintJob(
      html: "<html><body><h1>Probleemanalyse</h1><p>Ruud Hermans, BSN \(Self.ownBSN)</p></body></html>",
      header: "<div style=\"font-size:9px\">07-12-2026 14:32</div>",
      footer: "<div style=\"font-size:9px\">file:///home/hr/pa.html &nbsp;&nbsp;&nbsp; 1/1</div>")
    job.paper = .letter
    let pdf = try browser.print([job])[0]
    let file = try Self.caseFile(original: "pa.pdf", pdf)
    defer { Self.remove(file) }
    let found = Self.originalFindings(try Self.evaluation(file))
    #expect(Set(found.keys) == ["wvp.origineel.paginaformaat", "wvp.origineel.browserafdruk"])
    #expect(found["wvp.origineel.browserafdruk"]?.message.contains("file:///") == true)
  }

  /// A program that hangs is killed at its time limit; its folder is removed.
  @Test func aHangingProgramIsStoppedAtItsTimeLimit() throws {
    let script = try Self.write(Array("#!/bin/sh\nsleep 30\n".utf8), "pdftotext")
    chmod(script, 0o755)
    var limits = OriginalReader.Limits()
    limits.seconds = 1
    let scratch = try Self.write([], "leeg")
    defer { Self.remove(scratch) }
    limits.temporaryFolder = (scratch as NSString).deletingLastPathComponent
    let reader = OriginalReader(
      tools: OriginalTools(pdftotext: script, pdfinfo: nil, pdftoppm: nil, tesseract: nil), limits: limits)
    let pdf = try Self.write(HostileOriginalFiles.pdf([.init(["x"])]), "pa.pdf")
    defer { Self.remove(pdf) }
    defer { Self.remove(script) }
    let start = Date()
    let content = reader.content(ofFile: pdf)
    #expect(Date().timeIntervalSince(start) < 10)
    #expect(content.problem == "pdftotext las de tekst niet binnen 1 seconden")
    let left = try FileManager.default.contentsOfDirectory(atPath: limits.temporaryFolder ?? "")
    #expect(left == ["leeg"])
  }

  @Test func missingPopplerIsNamed() throws {
    let reader = OriginalReader(
      tools: OriginalTools(pdftotext: nil, pdfinfo: nil, pdftoppm: nil, tesseract: nil))
    let pdf = try Self.write(HostileOriginalFiles.pdf([.init(["x"])]), "pa.pdf")
    let photo = try Self.write(OriginalStructureTests.jpeg(), "foto.jpg")
    defer { [pdf, photo].forEach(Self.remove) }
    let content = reader.content(ofFile: pdf)
    #expect(content.problem?.contains("apt-get install poppler-utils") == true)
    let jpg = reader.content(ofFile: photo)
    #expect(jpg.problem?.contains("niet leesbaar zonder OCR") == true)
  }

  /// `check` shows it, with exit code 1, the number masked.
  @Test func checkCommandReportsAStrangersOriginal() throws {
    let pdf = HostileOriginalFiles.pdf([.init(["Probleemanalyse", "BSN: \(Self.otherBSN)"])])
    let file = try Self.caseFile(original: "pa.pdf", pdf)
    defer { Self.remove(file) }
    let result = try TestSupport.run(["check", file, "--as-of", "2024-03-10"])
    #expect(result.status == 1)
    #expect(result.out.contains("case.yaml:8:14: fout: [wvp.origineel.bsn-ander]"))
    #expect(!result.out.contains(Self.otherBSN) && !result.err.contains(Self.otherBSN))
  }

  /// Writes `bytes` to a new file named `name` in a folder of its own; its path.
  static func write(_ bytes: [UInt8], _ name: String) throws -> String {
    let folder = NSTemporaryDirectory() + "/pw-bestand-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: folder + "/" + name))
    return folder + "/" + name
  }
}
