import Foundation
import PoortwachterTemplates
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The UWV pack of every sample case (made also before week 88), printed by a real Chromium and
/// read back with poppler: a concept holds only drafts of joint documents and the employee's form,
/// each page with name, BSN, kenmerk and its concept mark, never a redaction notice or a deadline
/// status; every PDF says poortwachter made it on the peildatum; the lists match their golden
/// files. Skipped only when Chromium is missing (CI installs it).
@Suite(.enabled(if: PDFTestSupport.chromium != nil, PDFTestSupport.skipMessage))
struct PackTests {
  static let browser: ChromiumBrowser? = PDFTestSupport.chromium.flatMap {
    try? ChromiumBrowser(executable: $0)
  }

  static func builder() throws -> PackBuilder {
    var builder = PackBuilder(
      templates: try TemplateLibrary(builtIn: TestSupport.templates), browser: try #require(Self.browser))
    builder.always = true
    return builder
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
  func everySamplePackIsFitForItsFolder(_ file: String) throws {
    guard let pack = try Self.expectedPack(file) else { return }
    let caseFile = try #require(TestSupport.loaded(path: file)).caseFile
    let caseText = try String(contentsOfFile: file, encoding: .utf8).lowercased()
    let bsn = try #require(caseFile.werknemer.bsn?.digits)
    for file in pack.files {
      #expect(file.bytes.count <= OriginalFiles.maxBytes, "\(file.name) is over 10 MB")
      if let original = file.document.origineel {
        let path = (TestSupport.sampleCases as NSString).appendingPathComponent(original)
        #expect(file.bytes == [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), "\(file.name)")
        continue
      }
      // Only drafts of joint documents and the employee's form are ever generated.
      #expect(
        [DocumentRole.gezamenlijk, .werknemer].contains(file.document.role),
        "\(file.name): an expert document was generated")
      let info = try PDFTestSupport.info(of: file.bytes)
      #expect(info["Title"] == file.document.title, "\(file.name)")
      #expect(info["Creator"] == DossierContext.program && info["Producer"] == DossierContext.program)
      #expect(info["CreationDate"] == "Sun Nov 22 00:00:00 2026 UTC", "\(file.name): \(info)")
      #expect(info["ModDate"] == "Sun Nov 22 00:00:00 2026 UTC", "\(file.name)")
      let count = Int(info["Pages"] ?? "") ?? 0
      #expect(count > 0, "\(file.name) does not open")
      for number in 1...max(1, count) {
        let flat = try PDFTestSupport.page(number, of: file.bytes).split(whereSeparator: \.isWhitespace)
          .joined(separator: " ")
        let at = "\(file.name) page \(number)"
        #expect(flat.contains(caseFile.werknemer.naam), "\(at): name")
        #expect(flat.contains(bsn), "\(at): BSN")
        #expect(flat.contains(caseFile.kenmerk), "\(at): kenmerk")
        #expect(flat.contains("pagina \(number) van \(count)"), "\(at)")
        let mark =
          file.document.handling == .form ? "FORMULIER VOOR DE WERKNEMER" : "CONCEPT TER ONDERTEKENING"
        #expect(flat.contains(mark), "\(at): no '\(mark)'")
        #expect(!flat.contains("Tekst weggelaten") && !flat.contains("weggelaten"), "\(at): redaction notice")
        // "te laat" and "verlopen" may only be the case's own words ("De start is goed verlopen").
        for status in ["te laat", "verlopen"] where flat.lowercased().contains(status) {
          #expect(caseText.contains(status), "\(at) says '\(status)', which the case does not")
        }
        for status in ["dagen te laat", "✘", "niet van toepassing", "nog niet nodig"] {
          #expect(!flat.contains(status), "\(at) shows an internal status '\(status)'")
        }
      }
    }
  }

  /// The heading "Ondertekening" and both signature boxes are on one page (the boxes were alone on
  /// page 2 before).
  @Test(arguments: TestSupport.sampleFiles())
  func signatureBlockStaysWithItsHeading(_ file: String) throws {
    guard let pack = try Self.expectedPack(file) else { return }
    for file in pack.files where !file.isOriginal {
      let count = Int(try PDFTestSupport.info(of: file.bytes)["Pages"] ?? "") ?? 0
      let pages = try (1...max(1, count)).map { try PDFTestSupport.page($0, of: file.bytes) }
      let withHeading = pages.indices.filter { pages[$0].contains("Ondertekening\n") }
      #expect(withHeading.count == 1, "\(file.name): heading on pages \(withHeading)")
      guard let page = withHeading.first else { continue }
      let boxes = file.document.handling == .form ? 1 : 2
      #expect(
        pages[page].components(separatedBy: "handtekening").count - 1 == boxes,
        "\(file.name): signature boxes not on the page of their heading (\(page + 1) of \(count))")
      let employee =
        file.document.handling == .form ? "ONDERTEKENING · WERKNEMER" : "VOOR AKKOORD · WERKNEMER"
      #expect(pages[page].contains(employee), "\(file.name)")
      // Never alone on its page: the author line is with it, and on a later page some of the
      // document's text before that.
      guard file.document.handling != .form else { continue }
      let lines = pages[page].split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }
      let header = lines.firstIndex { $0.contains("CONCEPT TER ONDERTEKENING") } ?? 0
      let author = lines.firstIndex { $0.hasPrefix("Opgesteld door:") }
      #expect(author != nil, "\(file.name): 'Opgesteld door' not on the page of the signatures")
      if page > 0, let author {
        #expect(author - header > 1, "\(file.name): the signatures stand alone on page \(page + 1)")
      }
    }
  }

  /// The lists of every pack, as a person and a program read them: `te-doen.html`/`.json` of a
  /// concept, `uploadlijst.json` of a ready pack.
  @Test(arguments: TestSupport.sampleFiles())
  func listsMatchTheGoldenFiles(_ file: String) throws {
    guard let pack = try Self.expectedPack(file) else { return }
    #expect(
      pack.lists.map(\.name)
        == (pack.isReady ? ["uploadlijst.json", "uploadlijst.html"] : ["te-doen.json", "te-doen.html"]))
    for list in pack.lists where list.name != "uploadlijst.html" {
      let (base, ext) = (list.name.split(separator: ".")[0], list.name.split(separator: ".")[1])
      try Golden.check("\(base)-\(pack.plan.kenmerk).\(ext)", String(decoding: list.bytes, as: UTF8.self))
    }
    for list in pack.lists {
      let text = String(decoding: list.bytes, as: UTF8.self)
      #expect(!text.contains("Tekst weggelaten"), "\(list.name)")
      #expect(!text.contains("rugklachten") && !text.contains("fysiotherapie"), "\(list.name)")
    }
  }

  /// A document's context has no milestone states, so no template can print "te laat" or
  /// "verlopen" on a document for UWV.
  @Test func documentContextCarriesNoInternalStatus() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2025-0142.yaml"))
    let evaluation = RenderingTests.evaluation(loaded)
    let plan = try PackPlan.make(evaluation, always: true).get()
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
  /// riv.html, controle.html and riv.xml are written without a pack.
  @Test func aStoppedBrowserStillWritesTheDossier() async throws {
    let stopped = try ChromiumBrowser(executable: try #require(PDFTestSupport.chromium))
    stopped.close()
    let out = NSTemporaryDirectory() + "/pw-gestopt-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    var runner = BatchRunner(
      loader: TestSupport.loader(), renderer: try RenderingTests.renderer(),
      peildatum: RenderingTests.peildatum,
      outputFolder: out)
    var builder = PackBuilder(
      templates: try DossierRenderer.loadTemplates(builtIn: TestSupport.templates), browser: stopped)
    builder.always = true
    runner.packBuilder = builder
    let result = await runner.process(file: TestSupport.sampleCases + "/vz-2026-0301.yaml")
    guard case .failed(let message) = result.outcome else {
      Issue.record("a pack without a browser did not fail: \(result.outcome)")
      return
    }
    #expect(message.hasPrefix("UWV-pakket niet gemaakt"))
    #expect(FileManager.default.fileExists(atPath: out + "/VZ-2026-0301/riv.html"))
    #expect(!FileManager.default.fileExists(atPath: out + "/VZ-2026-0301/uwv-concept"))
  }

  @Test func samePackTwiceGivesTheSameBytes() throws {
    let file = TestSupport.sampleCases + "/vz-2026-0301.yaml"
    guard case .success(let first) = try Self.pack(file), case .success(let second) = try Self.pack(file)
    else {
      Issue.record("no pack")
      return
    }
    #expect(!first.files.isEmpty)
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
    #expect(first.lists.map(\.bytes) == second.lists.map(\.bytes))
  }

  /// The sample with medical terms in an evaluation: no draft of that evaluation (it was a PDF
  /// whose whole text was the redaction notice), and the to-do list says which text to fix, with
  /// the place in the case file and a link to the finding.
  @Test func medicalTextNeverReachesAPDF() throws {
    guard case .success(let pack) = try Self.samplePack(TestSupport.sampleCases + "/vz-2025-0142.yaml") else {
      Issue.record("no pack")
      return
    }
    #expect(!pack.files.contains { $0.document.path.description == "evaluaties[2]" })
    for file in pack.files {
      let all = try PDFTestSupport.pages(of: file.bytes).joined(separator: " ")
      #expect(!all.contains("rugklachten") && !all.contains("fysiotherapie"), "\(file.name)")
      #expect(!all.contains("weggelaten"), "\(file.name)")
    }
    let html = String(
      decoding: try #require(pack.lists.first { $0.name == "te-doen.html" }).bytes, as: UTF8.self)
    #expect(html.contains("Het concept van &#39;Evaluatie van het plan van aanpak van"))
    #expect(html.contains("&#39;evaluaties[2].verslag&#39; bevat medische gegevens"))
    #expect(html.contains("<code>wvp.privacy.medische-gegevens</code>"))
    #expect(html.contains("href=\"../controle.html#bevinding-"))
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

extension PDFTestSupport {
  /// The text of page `number` (`pdftotext -f N -l N -layout`).
  static func page(_ number: Int, of pdf: [UInt8]) throws -> String {
    let path = NSTemporaryDirectory() + "/pdfpagina-\(UUID().uuidString).pdf"
    try Data(pdf).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try tool("pdftotext", ["-f", String(number), "-l", String(number), "-layout", path, "-"]).out
  }

  /// What `pdfinfo` says, by field (`Title`, `Creator`, `CreationDate`, `Pages`, ...).
  static func info(of pdf: [UInt8]) throws -> [String: String] {
    let path = NSTemporaryDirectory() + "/pdfinfo-\(UUID().uuidString).pdf"
    try Data(pdf).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    var fields: [String: String] = [:]
    for line in try tool("pdfinfo", [path]).out.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      fields[String(line[..<colon])] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return fields
  }
}
