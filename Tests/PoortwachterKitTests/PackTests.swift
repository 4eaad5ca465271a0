import Foundation
import PoortwachterTemplates
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The UWV pack of every sample case, printed by a real Chromium and read back with poppler:
/// every PDF opens, stays under the portal's 10 MB, and carries name, BSN and kenmerk on every
/// page; originals go in byte for byte; the upload list matches its golden file. Skipped only when
/// Chromium is missing (CI installs it).
@Suite(.enabled(if: PDFTestSupport.chromium != nil, PDFTestSupport.skipMessage))
struct PackTests {
  static let browser: ChromiumBrowser? = PDFTestSupport.chromium.flatMap {
    try? ChromiumBrowser(executable: $0)
  }

  static func builder() throws -> PackBuilder {
    PackBuilder(
      templates: try TemplateLibrary(builtIn: TestSupport.templates), browser: try #require(Self.browser))
  }

  static func pack(_ file: String) throws -> Result<UWVPack, PackPlan.NoPack> {
    let loaded = try #require(TestSupport.loaded(path: file), "\(file) does not load")
    return try builder().build(RenderingTests.evaluation(loaded))
  }

  /// The pack of a sample, made once for the tests that only read it.
  static func samplePack(_ file: String) throws -> Result<UWVPack, PackPlan.NoPack> {
    if let made = cache.lock.withLock({ cache.packs[file] }) { return made }
    let made = try pack(file)
    cache.lock.withLock { cache.packs[file] = made }
    return made
  }

  /// The samples that need no re-integratieverslag; ``casesWithoutARIVGetNoPackButAReason`` checks them.
  static let withoutPack = ["vz-2024-0059.yaml", "vz-2024-0231.yaml"]

  /// The pack of a sample that must have one (an issue when it has none); `nil` for ``withoutPack``.
  static func expectedPack(_ file: String) throws -> UWVPack? {
    let name = (file as NSString).lastPathComponent
    switch try samplePack(file) {
    case .success(let pack):
      if withoutPack.contains(name) { Issue.record("\(name) got a pack, but needs no re-integratieverslag") }
      return withoutPack.contains(name) ? nil : pack
    case .failure(let none):
      if !withoutPack.contains(name) { Issue.record("\(name) got no pack: \(none.reason)") }
      return nil
    }
  }

  final class Cache: @unchecked Sendable {
    let lock = NSLock()
    var packs: [String: Result<UWVPack, PackPlan.NoPack>] = [:]
  }
  static let cache = Cache()

  @Test(arguments: TestSupport.sampleFiles())
  func everySamplePackIsFitForThePortal(_ file: String) throws {
    guard let pack = try Self.expectedPack(file) else { return }
    let caseFile = try #require(TestSupport.loaded(path: file)).caseFile
    let bsn = try #require(caseFile.werknemer.bsn?.digits)
    #expect(!pack.files.isEmpty)
    for file in pack.files {
      #expect(file.bytes.count <= OriginalFiles.maxBytes, "\(file.name) is over 10 MB")
      if let original = file.document.origineel {
        let path = (TestSupport.sampleCases as NSString).appendingPathComponent(original)
        #expect(file.bytes == [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), "\(file.name)")
        continue
      }
      let pages = try PDFTestSupport.pages(of: file.bytes)
      #expect(!pages.isEmpty, "\(file.name) does not open")
      for (number, page) in pages.enumerated() {
        let flat = page.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(flat.contains(caseFile.werknemer.naam), "\(file.name) page \(number + 1): name")
        #expect(flat.contains(bsn), "\(file.name) page \(number + 1): BSN")
        #expect(flat.contains(caseFile.kenmerk), "\(file.name) page \(number + 1): kenmerk")
        #expect(flat.contains("pagina \(number + 1) van \(pages.count)"), "\(file.name) page \(number + 1)")
        // Phrases only the tool itself would print about deadlines (a user's text may say "verlopen").
        for status in ["dagen te laat", "✘", "niet van toepassing", "nog niet nodig"] {
          #expect(!flat.contains(status), "\(file.name) shows an internal status '\(status)'")
        }
      }
    }
  }

  @Test(arguments: TestSupport.sampleFiles())
  func uploadListMatchesTheGoldenFileAndTheBytes(_ file: String) throws {
    guard let pack = try Self.expectedPack(file) else { return }
    let json = String(decoding: pack.uploadListJSON, as: UTF8.self)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(pack.uploadListJSON)) as? [String: Any])
    let rows = try #require(object["documenten"] as? [[String: Any]])
    #expect(rows.count == pack.files.count)
    for (row, file) in zip(rows, pack.files) {
      #expect(row["bestand"] as? String == file.name)
      #expect(row["bytes"] as? Int == file.bytes.count)
      #expect(row["sha256"] as? String == SHA256.hex(file.bytes))
    }
    // Generated PDFs depend on the Chromium version and its fonts; the golden file keeps their
    // names, types and dates but not their bytes. Originals keep their real checksum.
    try Golden.check("uploadlijst-\(pack.plan.kenmerk).json", Self.maskGenerated(json))
  }

  static func maskGenerated(_ json: String) -> String {
    var lines = json.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var index = 0
    while index < lines.count {
      if lines[index].contains("\"bron\" : \"gegenereerd\"") {
        var j = index - 3
        while j < min(lines.count, index + 5), j >= 0 {
          if lines[j].contains("\"bytes\" :") { lines[j] = "      \"bytes\" : \"(gegenereerd)\"," }
          if lines[j].contains("\"sha256\" :") { lines[j] = "      \"sha256\" : \"(gegenereerd)\"," }
          j += 1
        }
      }
      index += 1
    }
    return lines.joined(separator: "\n")
  }

  /// A document's context has no milestone states, so no template can print "te laat" or
  /// "verlopen" on a document for UWV.
  @Test func documentContextCarriesNoInternalStatus() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2025-0142.yaml"))
    let evaluation = RenderingTests.evaluation(loaded)
    let plan = try PackPlan.make(evaluation).get()
    for (index, document) in plan.documents.enumerated() {
      let context = PackDocumentContext(
        dossier: DossierContext(evaluation: evaluation), document: document, fileName: plan.fileName(index)
      ).build()
      let keys = Self.allKeys(context)
      for key in [
        "staat", "is_ontbrekend", "status", "mijlpalen", "bevindingen", "dagen_te_laat", "uiterlijk",
      ] {
        #expect(!keys.contains(key), "\(document.path): '\(key)'")
      }
    }
  }

  /// Every key of a context level and the levels below it.
  static func allKeys(_ node: RenderNode) -> Set<String> {
    var keys = Set(node.keys)
    for key in node.keys {
      switch node[key] {
      case .node(let child): keys.formUnion(allKeys(child))
      case .list(let items): for item in items { keys.formUnion(allKeys(item)) }
      default: break
      }
    }
    return keys
  }

  /// A browser that stopped costs the pack, not the dossier: the case is reported and its
  /// riv.html, controle.html and riv.xml are written without `uwv/`.
  @Test func aStoppedBrowserStillWritesTheDossier() async throws {
    let stopped = try ChromiumBrowser(executable: try #require(PDFTestSupport.chromium))
    stopped.close()
    let out = NSTemporaryDirectory() + "/pw-gestopt-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    var runner = BatchRunner(
      loader: TestSupport.loader(), renderer: try RenderingTests.renderer(),
      peildatum: RenderingTests.peildatum,
      outputFolder: out)
    runner.packBuilder = PackBuilder(
      templates: try DossierRenderer.loadTemplates(builtIn: TestSupport.templates), browser: stopped)
    let result = await runner.process(file: TestSupport.sampleCases + "/vz-2026-0301.yaml")
    guard case .failed(let message) = result.outcome else {
      Issue.record("a pack without a browser did not fail: \(result.outcome)")
      return
    }
    #expect(message.hasPrefix("UWV-pakket niet gemaakt"))
    #expect(FileManager.default.fileExists(atPath: out + "/VZ-2026-0301/riv.html"))
    #expect(!FileManager.default.fileExists(atPath: out + "/VZ-2026-0301/uwv"))
  }

  @Test func samePackTwiceGivesTheSameBytes() throws {
    let file = TestSupport.sampleCases + "/vz-2026-0301.yaml"
    guard case .success(let first) = try Self.pack(file), case .success(let second) = try Self.pack(file)
    else {
      Issue.record("no pack")
      return
    }
    for (a, b) in zip(first.files, second.files) where a.bytes != b.bytes {
      let at = zip(a.bytes, b.bytes).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? -1
      let window = { (bytes: [UInt8]) in
        bytes[max(0, at - 60)..<min(bytes.count, at + 40)].map {
          (32...126).contains($0) ? String(UnicodeScalar($0)) : "."
        }.joined()
      }
      Issue.record(
        "\(a.name) differs at byte \(at) of \(a.bytes.count)/\(b.bytes.count): \(window(a.bytes)) | \(window(b.bytes))"
      )
    }
    #expect(first.uploadListJSON == second.uploadListJSON)
  }

  /// The sample with medical terms in an evaluation: the PDF carries the redaction notice.
  @Test func medicalTextNeverReachesAPDF() throws {
    guard case .success(let pack) = try Self.samplePack(TestSupport.sampleCases + "/vz-2025-0142.yaml") else {
      Issue.record("no pack")
      return
    }
    let evaluation = try #require(pack.files.first { $0.document.path.description == "evaluaties[2]" })
    let text = try PDFTestSupport.pages(of: evaluation.bytes).joined(separator: " ")
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(text.contains("Tekst weggelaten"))
    for file in pack.files {
      let all = try PDFTestSupport.pages(of: file.bytes).joined(separator: " ")
      #expect(!all.contains("rugklachten") && !all.contains("fysiotherapie"), "\(file.name)")
    }
    // Nor the upload lists next to the PDFs, although they name the privacy finding.
    for list in [pack.uploadListJSON, pack.uploadListHTML] {
      let text = String(decoding: list, as: UTF8.self).lowercased()
      #expect(text.contains("wvp.privacy.medische-gegevens"))
      #expect(!text.contains("rugklachten") && !text.contains("fysiotherapie"))
    }
  }

  @Test func casesWithoutARIVGetNoPackButAReason() throws {
    for name in Self.withoutPack {
      guard case .failure(let none) = try Self.pack(TestSupport.sampleCases + "/" + name) else {
        Issue.record("\(name) got a pack")
        continue
      }
      #expect(none.reason.hasPrefix("geen re-integratieverslag nodig: volledig hersteld op"))
      #expect(!none.reason.contains("\n"))
    }
  }

  @Test func hostileTextIsPrintedAsText() throws {
    let sample = try String(contentsOfFile: TestSupport.sampleCases + "/vz-2026-0301.yaml", encoding: .utf8)
    let hostile =
      "<script>document.title='x'</script> <a href=\"javascript:alert(1)\">klik</a> <img src=x onerror=alert(1)>"
    let yaml = sample.replacingOccurrences(
      of: "doel: Volledige terugkeer in de eigen functie voor 32 uur per week binnen vier maanden.",
      with: "doel: '\(hostile.replacingOccurrences(of: "'", with: "''"))'")
    #expect(yaml != sample)
    guard
      case .loaded(let loaded) = TestSupport.loader().load(text: yaml, file: "vijandig.yaml", syntax: .yaml)
    else {
      Issue.record("hostile case does not load")
      return
    }
    guard case .success(let pack) = try Self.builder().build(RenderingTests.evaluation(loaded)) else {
      Issue.record("no pack")
      return
    }
    let plan = try #require(pack.files.first { $0.document.kind == .planVanAanpak })
    let text = try PDFTestSupport.pages(of: plan.bytes).joined(separator: " ")
    #expect(text.contains("<script>document.title='x'</script>"))
    #expect(text.contains("javascript:alert(1)"))
    let raw = String(decoding: plan.bytes, as: UTF8.self)
    #expect(!raw.contains("/JavaScript") && !raw.contains("/JS ") && !raw.contains("/URI"))
  }
}
