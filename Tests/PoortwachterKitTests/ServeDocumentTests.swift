import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PoortwachterCore
import PoortwachterServe
import PoortwachterTestSupport
import PoortwachterWorkspace
import Testing

@testable import PoortwachterOutput

/// The Documenten page of `poortwachter serve` (issue 21): the list with states, the sandboxed
/// preview, the upload of a signed original (stored, linked, history kept; too large, wrong
/// content and path tricks refused with nothing stored) and the pack download.
@Suite struct ServeDocumentTests {
  static let sample = "vz-2025-0142.yaml"
  static let boundary = "----WebKitFormBoundaryAbC123"

  /// A folder with a copy of one sample, and an app over it with the Documenten services (no
  /// Chromium: the pack and PDF answers say so).
  static func app() async throws -> (app: ServeTestApp, folder: String, file: String, id: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pw-docs-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let file = folder + "/" + sample
    try FileManager.default.copyItem(atPath: TestSupport.sampleCases + "/" + sample, toPath: file)
    let services = DocumentServices(
      setup: try DossierSetup(templates: nil), loader: TestSupport.loader(), chromium: nil,
      timestamp: { "20261207T120000Z" })
    let app = try await ServeTestApp(folders: [folder], documents: services)
    return (app, folder, file, OpenedFolders.caseID(for: file))
  }

  /// A multipart body with the given text fields and one file.
  static func body(_ fields: [(String, String)], file: (name: String, bytes: [UInt8])?) -> ByteBuffer {
    var bytes: [UInt8] = []
    for (name, value) in fields {
      bytes += Array(
        "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }
    if let file {
      bytes +=
        Array(
          "--\(boundary)\r\nContent-Disposition: form-data; name=\"bestand\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            .utf8) + file.bytes + Array("\r\n".utf8)
    }
    return ByteBuffer(bytes: bytes + Array("--\(boundary)--\r\n".utf8))
  }

  static func multipart(_ session: ServeTestApp.Session) -> HTTPFields {
    session.headers([.contentType: "multipart/form-data; boundary=\(boundary)"])
  }

  @Test func thePageListsTheDocumentsWithTheirStateAndAnUploadForm() async throws {
    let (app, folder, _, id) = try await Self.app()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try await app.withSession { client, session in
      try await client.execute(uri: "/casus/\(id)/documenten", method: .get, headers: session.headers()) {
        response in
        #expect(response.status == .ok)
        let text = response.body.text
        #expect(text.contains("Documenten van"))
        #expect(text.contains("<span class=\"staat staat-concept\">concept</span>"))
        #expect(text.contains("<span class=\"staat staat-ontbreekt\">ontbreekt</span>"))
        #expect(text.contains("name=\"document\" value=\"evaluaties[1]\""))
        #expect(text.contains("name=\"csrf\" value=\"\(session.csrf)\""))
        #expect(text.contains("Een PDF-voorbeeld kan alleen met Chromium"))
        #expect(!text.contains("716885943"), "no BSN on the page")
        #expect(response.headers[values: .contentSecurityPolicy] == [SecurityHeaders.framingPolicy])
        #expect(response.headers[values: HTTPField.Name("X-Frame-Options")!] == ["DENY"])
      }
    }
  }

  @Test func thePreviewIsSandboxedAndOnlyFramedByOurOwnPages() async throws {
    let (app, folder, _, id) = try await Self.app()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try await app.withSession { client, session in
      for name in ["riv.html", "controle.html"] {
        try await client.execute(
          uri: "/casus/\(id)/voorbeeld/\(name)", method: .get, headers: session.headers()
        ) {
          response in
          #expect(response.status == .ok)
          #expect(response.body.text.contains("VZ-2025-0142"))
          #expect(response.headers[values: .contentSecurityPolicy] == [SecurityHeaders.previewPolicy])
          #expect(SecurityHeaders.previewPolicy.hasPrefix("sandbox;"))
          #expect(response.headers[values: HTTPField.Name("X-Frame-Options")!] == ["SAMEORIGIN"])
          #expect(response.headers[.cacheControl] == "no-store")
        }
      }
      for name in ["riv.xml", "..%2F" + Self.sample, "geheim.html"] {
        try await client.execute(
          uri: "/casus/\(id)/voorbeeld/\(name)", method: .get, headers: session.headers()
        ) {
          response in
          #expect(response.status == .notFound, "\(name)")
        }
      }
      // Without Chromium the PDF says what to install, and the pack is not made.
      try await client.execute(
        uri: "/casus/\(id)/voorbeeld/riv.pdf", method: .get, headers: session.headers()
      ) {
        response in
        #expect(response.status == .serviceUnavailable)
        #expect(response.body.text.contains("apt-get install chromium"))
      }
    }
  }

  @Test func anUploadIsStoredLinkedAndKeepsTheHistory() async throws {
    let (app, folder, file, id) = try await Self.app()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let before = try String(contentsOfFile: file, encoding: .utf8)
    let basis = CaseFileSnapshot.contentHash(of: before)
    try await app.withSession { client, session in
      let body = Self.body(
        [("csrf", session.csrf), ("document", "evaluaties[1]"), ("basis", basis)],
        file: ("scan.pdf", OriginalStructureTests.pdf()))
      try await client.execute(
        uri: "/casus/\(id)/upload", method: .post, headers: Self.multipart(session), body: body
      ) { response in
        #expect(response.status == .ok)
        #expect(response.body.text.contains("Opgeslagen als bijlagen/evaluatie-2025-09-30.pdf"))
        #expect(response.body.text.contains("<span class=\"staat staat-getekend\">getekend origineel</span>"))
      }
    }
    #expect(
      FileManager.default.contents(atPath: folder + "/bijlagen/evaluatie-2025-09-30.pdf")
        == Data(OriginalStructureTests.pdf()))
    let after = try String(contentsOfFile: file, encoding: .utf8)
    let added = after.split(separator: "\n").filter { !before.split(separator: "\n").contains($0) }
    #expect(added == ["    origineel: bijlagen/evaluatie-2025-09-30.pdf"])
    let history = try FileManager.default.contentsOfDirectory(
      atPath: folder + "/.poortwachter/geschiedenis/VZ-2025-0142")
    #expect(history == ["20261207T120000Z.yaml"])
  }

  /// The upload saves through the folder (``CaseIndex/save(_:to:basedOn:timestamp:)``): the case
  /// is judged again at once, without a walk over the opened folders (which with 10,000 cases
  /// `stat`s every file), and the very next casus page and werkvoorraad show it as a fresh read of
  /// the saved file judges it (the document signed, its findings counted anew).
  @Test func afterAnUploadTheNextPagesShowTheNewDocumentState() async throws {
    let (app, folder, file, id) = try await Self.app()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let basis = CaseFileSnapshot.contentHash(of: try String(contentsOfFile: file, encoding: .utf8))
    try await app.withSession { client, session in
      // Signing in redirects without showing a page, so nothing has asked for a refresh since the
      // folders were opened.
      let opened = await app.index.lastChanges
      let body = Self.body(
        [("csrf", session.csrf), ("document", "evaluaties[1]"), ("basis", basis)],
        file: ("scan.pdf", OriginalStructureTests.pdf()))
      try await client.execute(
        uri: "/casus/\(id)/upload", method: .post, headers: Self.multipart(session), body: body
      ) { response in
        #expect(response.status == .ok)
      }
      #expect(await app.index.lastChanges == opened, "the upload walked the folders")
      let fresh = try await FolderCaseIndex.open(
        folders: try OpenedFolders([folder]), loader: TestSupport.loader()
      ) { ServeTestApp.peildatum }
      let evaluation = try #require(await fresh.lookup(id: id)?.evaluation)
      #expect(evaluation.documents.first { $0.path.description == "evaluaties[1]" }?.origineel != nil)
      let fouten = evaluation.findings.filter { $0.severity == .fout }.count
      let waarschuwingen = evaluation.findings.filter { $0.severity == .waarschuwing }.count
      try await client.execute(uri: "/casus/\(id)", method: .get, headers: session.headers()) { response in
        #expect(response.status == .ok)
        #expect(response.body.text.contains("getekend origineel"))
      }
      try await client.execute(uri: "/", method: .get, headers: session.headers()) { response in
        let text = response.body.text
        let row = try #require(text.range(of: "<a href=\"/casus/\(id)\">"))
        let cells = text[row.upperBound...].components(separatedBy: "<td class=\"getal")
        #expect(cells.count > 2)
        #expect(
          cells[1].hasPrefix("\">\(fouten)<") || cells[1].hasPrefix(" rood\">\(fouten)<"), "\(cells[1])")
        #expect(
          cells[2].hasPrefix("\">\(waarschuwingen)<") || cells[2].hasPrefix(" oranje\">\(waarschuwingen)<"),
          "\(cells[2])")
      }
    }
  }

  @Test func elevenMegabytesAreRefusedInDutchAndNothingIsStored() async throws {
    let (app, folder, file, id) = try await Self.app()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let before = try String(contentsOfFile: file, encoding: .utf8)
    var grown = OriginalStructureTests.pdf()
    grown.insert(contentsOf: [UInt8](repeating: 0x20, count: 11_000_000), at: 9)
    let big = grown
    try await app.withSession { client, session in
      let body = Self.body([("csrf", session.csrf), ("document", "evaluaties[1]")], file: ("groot.pdf", big))
      try await client.execute(
        uri: "/casus/\(id)/upload", method: .post, headers: Self.multipart(session), body: body
      ) { response in
        #expect(response.status == .contentTooLarge)
        #expect(response.body.text.contains("groter dan 10 MB"))
        #expect(response.body.text.contains("niets opgeslagen"))
      }
    }
    #expect(!FileManager.default.fileExists(atPath: folder + "/bijlagen"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == before)
  }

  @Test func htmlNamedPdfAndPathTricksAreRefusedAndNothingIsStored() async throws {
    let (app, folder, file, id) = try await Self.app()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let before = try String(contentsOfFile: file, encoding: .utf8)
    let html = Array("<!doctype html><html><body><script>alert(1)</script></body></html>".utf8)
    try await app.withSession { client, session in
      let cases: [(document: String, file: (String, [UInt8]), status: HTTPResponse.Status, says: String)] = [
        ("evaluaties[1]", ("verslag.pdf", html), .unprocessableContent, "geen PDF-bestand"),
        ("evaluaties[1]", ("verslag.html", html), .unprocessableContent, "geen pdf-, jpg- of docx-bestand"),
        ("../../etc/passwd", ("a.pdf", OriginalStructureTests.pdf()), .unprocessableContent, "geen document"),
        (
          "evaluaties[1].verslag", ("a.pdf", OriginalStructureTests.pdf()), .unprocessableContent,
          "geen document"
        ),
      ]
      for test in cases {
        let body = Self.body([("csrf", session.csrf), ("document", test.document)], file: test.file)
        try await client.execute(
          uri: "/casus/\(id)/upload", method: .post, headers: Self.multipart(session), body: body
        ) { response in
          #expect(response.status == test.status, "\(test.document) \(test.file.0)")
          #expect(response.body.text.contains(test.says), "\(test.document) \(test.file.0)")
        }
      }
      // A case id that is a path is refused before anything is read.
      let body = Self.body(
        [("csrf", session.csrf), ("document", "evaluaties[1]")], file: ("a.pdf", OriginalStructureTests.pdf())
      )
      try await client.execute(
        uri: "/casus/..%2F..%2Fetc/upload", method: .post, headers: Self.multipart(session), body: body
      ) { response in
        #expect(response.status == .badRequest || response.status == .notFound)
      }
      // Without the CSRF token nothing happens.
      let noToken = Self.body([("document", "evaluaties[1]")], file: ("a.pdf", OriginalStructureTests.pdf()))
      try await client.execute(
        uri: "/casus/\(id)/upload", method: .post, headers: Self.multipart(session), body: noToken
      ) { response in
        #expect(response.status == .forbidden)
      }
    }
    #expect(!FileManager.default.fileExists(atPath: folder + "/bijlagen"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == before)
  }

  /// A case without a pack (the sample is in week 77; the pack comes from week 88) says so on the
  /// page, with where a case with a pack is, instead of a "Pakket maken" button that can only
  /// answer that there is none.
  @Test func aCaseWithoutAPackSaysSoBeforeAnythingIsBuilt() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pw-docs-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    for sample in [Self.sample, "vz-2025-0311.yaml"] {
      try FileManager.default.copyItem(
        atPath: TestSupport.sampleCases + "/" + sample, toPath: folder + "/" + sample)
    }
    // A Chromium that is never started: the page only needs to know one is there.
    let services = DocumentServices(
      setup: try DossierSetup(templates: nil), loader: TestSupport.loader(), chromium: "/nergens/chromium")
    let app = try await ServeTestApp(folders: [folder], documents: services)
    try await app.withSession { client, session in
      let early = OpenedFolders.caseID(for: folder + "/" + Self.sample)
      try await client.execute(uri: "/casus/\(early)/documenten", method: .get, headers: session.headers()) {
        response in
        let text = response.body.text
        #expect(
          text.contains(
            "Deze casus heeft nu geen UWV-pakket: week 77 van de wachttijd; het pakket wordt gemaakt vanaf week 88"
          ), "\(text)")
        #expect(text.contains("<a href=\"/?filter=gereed\">werkvoorraad</a>"))
        #expect(!text.contains("action=\"/casus/\(early)/pakket\""))
      }
      let ready = OpenedFolders.caseID(for: folder + "/vz-2025-0311.yaml")
      try await client.execute(uri: "/casus/\(ready)/documenten", method: .get, headers: session.headers()) {
        response in
        #expect(response.body.text.contains("action=\"/casus/\(ready)/pakket\""))
        #expect(!response.body.text.contains("geen UWV-pakket"))
      }
    }
  }

  @Test func withoutChromiumThePackIsNotMadeAndThereIsNothingToDownload() async throws {
    let (app, folder, _, id) = try await Self.app()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try await app.withSession { client, session in
      try await client.execute(uri: "/casus/\(id)/pakket.zip", method: .get, headers: session.headers()) {
        response in
        #expect(response.status == .notFound)
      }
      try await client.execute(
        uri: "/casus/\(id)/pakket", method: .post,
        headers: session.headers([.contentType: "application/x-www-form-urlencoded"]),
        body: ByteBuffer(string: "csrf=\(session.csrf)")
      ) { response in
        #expect(response.status == .serviceUnavailable)
        #expect(response.body.text.contains("alleen met Chromium"))
      }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == [Self.sample])
  }
}
