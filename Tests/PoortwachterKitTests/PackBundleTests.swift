import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput

/// The optional bundles of a ready pack (`uwv/gebundeld/`): the evaluations joined into one PDF in
/// date order, next to the unchanged separate originals, with its own line and SHA-256 on the
/// upload list; the same bytes every time; never from an original that was not checked, and
/// skipped with a note without `pdfunite`.
@Suite(
  .enabled(if: PDFTestSupport.chromium != nil, PDFTestSupport.skipMessage),
  .enabled(if: PDFUnite().executable != nil, "pdfunite (poppler-utils) is not installed"))
struct PackBundleTests {
  /// The ready sample with its second evaluation signed on paper (a scan linked as `origineel`)
  /// instead of digitally, its originals read as `pakket` reads them.
  static func readyEvaluation(digital: Bool = false, read: Bool = true) throws -> CaseEvaluation {
    var text = try PackReadyTests.readyCaseText()
    let proof = """
          ondertekend:
            werkgever: 2025-12-05
            werknemer: 2025-12-05
            wijze: digitaal
            bewijs: bijlagen/vz-2025-0419-evaluatie-2-ondertekend.pdf

      """
    #expect(text.contains(proof))
    if !digital {
      text = text.replacingOccurrences(
        of: proof,
        with: """
              ondertekend: { werkgever: 2025-12-05, werknemer: 2025-12-05 }
              origineel: bijlagen/vz-2025-0419-evaluatie-2.pdf

          """)
    }
    let outcome = TestSupport.loader().load(
      text: text, file: TestSupport.sampleCases + "/vz-2025-0419-gebundeld.yaml", syntax: .yaml)
    guard case .loaded(let loaded) = outcome else { throw CancellationError() }
    return RuleEngine().evaluate(
      loaded, peildatum: RenderingTests.peildatum,
      originals: read ? OriginalReader().contents(of: loaded) : nil)
  }

  static func readyPack(_ builder: PackBuilder? = nil, _ evaluation: CaseEvaluation? = nil) throws -> UWVPack
  {
    let made = try (builder ?? PackTests.builder()).build(try evaluation ?? readyEvaluation())
    guard case .success(let pack) = made, pack.isReady else {
      Issue.record("the ready case got no ready pack: \(made)")
      throw CancellationError()
    }
    return pack
  }

  static func list(_ pack: UWVPack, _ name: String) throws -> String {
    String(decoding: try #require(pack.lists.first { $0.name == name }).bytes, as: UTF8.self)
  }

  @Test func evaluationsAreBundledInDateOrderNextToTheOriginals() throws {
    let pack = try Self.readyPack()
    #expect(pack.bundles.map(\.name) == ["gebundeld/evaluaties-2025-10-27-tot-2025-12-05.pdf"])
    let bundle = try #require(pack.bundles.first)
    let parts = pack.files.filter { $0.document.kind == .evaluatie }
    #expect(bundle.parts == parts.map(\.name) && parts.count == 2)
    // The separate originals stay byte for byte the linked files.
    for part in parts {
      let path = TestSupport.sampleCases + "/" + (part.document.origineel ?? "")
      #expect(part.bytes == [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), "\(part.name)")
    }
    let info = try PDFTestSupport.info(of: bundle.bytes)
    let pages = try parts.map { Int(try PDFTestSupport.info(of: $0.bytes)["Pages"] ?? "") ?? -1 }
    #expect(Int(info["Pages"] ?? "") == pages.reduce(0, +), "\(info)")
    #expect(
      info["Title"] == bundle.title
        && bundle.title.hasPrefix("Evaluaties van het plan van aanpak, 27 oktober"))
    #expect(info["Creator"] == DossierContext.program && info["Producer"] == DossierContext.program)
    #expect(info["CreationDate"] == "Sun Nov 22 00:00:00 2026 UTC", "\(info)")
    #expect(pack.dossierFiles.contains { $0.path == "uwv/" + bundle.name && $0.bytes == bundle.bytes })

    let html = try Self.list(pack, "uploadlijst.html")
    #expect(
      html.contains(
        "U kunt ook deze ene PDF uploaden in plaats van de 2 losse evaluaties van het plan van aanpak (nummer 3 en 4 hierboven)"
      ), "\(html)")
    #expect(html.contains(SHA256.hex(bundle.bytes)))
    let json = try Self.list(pack, "uploadlijst.json")
    #expect(json.contains("\"bestand\" : \"gebundeld/evaluaties-2025-10-27-tot-2025-12-05.pdf\""), "\(json)")
    #expect(json.contains("\"sha256\" : \"\(SHA256.hex(bundle.bytes))\""))
    #expect(
      json.contains("\"in_plaats_van\" : [\n        \"\(parts[0].name)\",\n        \"\(parts[1].name)\""))
  }

  /// A digitally signed part stays on its own: joined, its signature would no longer cover the
  /// file that is uploaded.
  @Test func noBundleWithADigitallySignedPart() throws {
    let pack = try Self.readyPack(nil, try Self.readyEvaluation(digital: true))
    #expect(pack.bundles.isEmpty)
    let html = try Self.list(pack, "uploadlijst.html")
    #expect(
      html.contains(
        "Geen gebundelde PDF van de 2 evaluaties van het plan van aanpak: 04-evaluatie-2025-12-05.pdf is "
          + "digitaal ondertekend en samenvoegen zou die handtekening ongeldig maken."), "\(html)")
  }

  @Test func theSameCaseGivesTheSameBundleTwice() throws {
    let first = try Self.readyPack()
    let second = try Self.readyPack()
    #expect(!first.bundles.isEmpty)
    #expect(first.bundles.map(\.bytes) == second.bundles.map(\.bytes))
    #expect(first.lists.map(\.bytes) == second.lists.map(\.bytes))
  }

  /// Originals that were not read (so not checked): the separate files only, and why.
  @Test func noBundleFromOriginalsThatWereNotChecked() throws {
    let unread = try Self.readyEvaluation(read: false)
    let pack = try Self.readyPack(nil, unread)
    #expect(pack.bundles.isEmpty)
    #expect(!pack.dossierFiles.contains { $0.path.contains("gebundeld") })
    let html = try Self.list(pack, "uploadlijst.html")
    #expect(html.contains("Geen gebundelde PDF van de 2 evaluaties van het plan van aanpak"))
    #expect(html.contains("is niet gecontroleerd. Upload de losse bestanden."))
  }

  @Test func withoutPdfuniteTheBundleIsSkippedWithANote() throws {
    var builder = try PackTests.builder()
    builder.unite = PDFUnite(executable: nil)
    let pack = try Self.readyPack(builder)
    #expect(pack.bundles.isEmpty && pack.files.count == 7)
    let html = try Self.list(pack, "uploadlijst.html")
    #expect(html.contains("pdfunite ontbreekt (installeer poppler-utils: apt-get install poppler-utils)"))
    #expect(!html.contains("U kunt ook deze ene PDF uploaden"))
  }

  /// A concept pack has no bundles and says nothing about them.
  @Test func aConceptHasNoBundles() throws {
    guard case .success(let pack) = try PackTests.samplePack(TestSupport.sampleCases + "/vz-2025-0419.yaml")
    else {
      Issue.record("no pack")
      return
    }
    #expect(!pack.isReady && pack.bundles.isEmpty)
    #expect(!pack.lists.contains { String(decoding: $0.bytes, as: UTF8.self).contains("gebundeld") })
  }
}
