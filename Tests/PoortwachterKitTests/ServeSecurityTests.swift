import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PoortwachterCore
import PoortwachterServe
import PoortwachterTestSupport
import PoortwachterWorkspace
import Testing

/// The security of `poortwachter serve` (issue 21): token and cookie, Host, CSRF, headers, paths.
@Suite struct ServeSecurityTests {
  static let routes = ["/", "/agenda.ics", "/static/poortwachter.css", "/static/poortwachter.js"]

  @Test func withoutTheTokenEveryRouteIs401InDutchWithTheHeaders() async throws {
    let app = try ServeTestApp()
    let id = OpenedFolders.caseID(for: TestSupport.sampleCases + "/vz-2024-0117.yaml")
    try await app.application.test(.router) { client in
      for uri in Self.routes + ["/casus/\(id)", "/bestaat-niet", "/?token=fout"] {
        try await client.execute(uri: uri, method: .get, headers: ServeTestApp.headers()) { response in
          #expect(response.status == .unauthorized, "\(uri)")
          #expect(response.body.text.contains("Geen toegang"), "\(uri)")
          #expect(!response.body.text.contains("VZ-2024-0117"), "\(uri)")
          Self.expectSecurityHeaders(response, uri)
        }
      }
      // A cookie that is not a session of this start.
      var headers = ServeTestApp.headers()
      headers[.cookie] = "poortwachter_sessie=" + String(repeating: "0", count: 64)
      try await client.execute(uri: "/", method: .get, headers: headers) { response in
        #expect(response.status == .unauthorized)
      }
    }
  }

  @Test func theTokenIsExchangedForACookieAndLeavesTheAddress() async throws {
    let app = try ServeTestApp()
    try await app.application.test(.router) { client in
      try await client.execute(
        uri: "/?filter=verlopen&token=\(ServeTestApp.token.hex)", method: .get,
        headers: ServeTestApp.headers()
      ) { response in
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/?filter=verlopen")
        let cookie = try #require(response.headers[.setCookie])
        #expect(cookie.hasPrefix("poortwachter_sessie="))
        #expect(!cookie.contains(ServeTestApp.token.hex), "the cookie is a session id, not the token")
        for attribute in ["HttpOnly", "SameSite=Strict", "Path=/"] {
          #expect(cookie.contains(attribute), "\(attribute) in \(cookie)")
        }
        Self.expectSecurityHeaders(response, "redirect")
      }
    }
    try await app.withSession { client, session in
      try await client.execute(uri: "/", method: .get, headers: session.headers()) { response in
        #expect(response.status == .ok)
        #expect(!response.body.text.contains(ServeTestApp.token.hex))
      }
    }
  }

  @Test func aHostThatIsNotTheListeningAddressIsRefused() async throws {
    let app = try ServeTestApp()
    try await app.withSession { client, session in
      for host in [
        "evil.example:8080", "127.0.0.1:9999", "127.0.0.1", "192.168.1.20:8080", "localhost.evil:8080",
      ] {
        try await client.execute(uri: "/", method: .get, headers: session.headers(host: host)) { response in
          #expect(response.status == .misdirectedRequest, "\(host)")
          #expect(response.body.text.contains("Verkeerd adres"))
          Self.expectSecurityHeaders(response, host)
        }
      }
      for host in ["127.0.0.1:8080", "[::1]:8080", "localhost:8080", "LOCALHOST:8080"] {
        try await client.execute(uri: "/", method: .get, headers: session.headers(host: host)) { response in
          #expect(response.status == .ok, "\(host)")
        }
      }
    }
  }

  @Test func aPostNeedsTheSessionsCSRFTokenFromThisOrigin() async throws {
    let app = try ServeTestApp()
    try await app.withSession { client, session in
      let form = HTTPFields([HTTPField(name: .contentType, value: "application/x-www-form-urlencoded")])
      let refused: [(String, HTTPFields)] = [
        ("", form), ("csrf=", form), ("csrf=" + String(repeating: "0", count: 64), form),
        ("csrf=" + session.csrf, [:]),  // not a form: no token read
        ("csrf=" + session.csrf, form + [HTTPField(name: .origin, value: "http://evil.example")]),
      ]
      for (body, headers) in refused {
        try await client.execute(
          uri: "/vernieuwen", method: .post, headers: session.headers(headers), body: ByteBuffer(string: body)
        ) { response in
          #expect(response.status == .forbidden, "\(body) \(headers)")
          #expect(response.body.text.contains("Formulier geweigerd"))
        }
      }
      let accepted: [(String, HTTPFields)] = [
        ("csrf=" + session.csrf, form),
        ("csrf=" + session.csrf, form + [HTTPField(name: .origin, value: "http://127.0.0.1:8080")]),
        (
          "--grens\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(session.csrf)\r\n--grens--\r\n",
          HTTPFields([HTTPField(name: .contentType, value: "multipart/form-data; boundary=grens")])
        ),
      ]
      for (body, headers) in accepted {
        try await client.execute(
          uri: "/vernieuwen", method: .post, headers: session.headers(headers), body: ByteBuffer(string: body)
        ) { response in
          #expect(response.status == .seeOther, "\(body)")
          #expect(response.headers[.location] == "/")
        }
      }
    }
    // Without a session a POST is 401 before anything else.
    try await app.application.test(.router) { client in
      try await client.execute(uri: "/vernieuwen", method: .post, headers: ServeTestApp.headers()) {
        response in
        #expect(response.status == .unauthorized)
      }
    }
  }

  @Test func pathsInsteadOfCaseIdsAreRefused() async throws {
    let app = try ServeTestApp()
    try await app.withSession { client, session in
      for uri in [
        "/casus/vz-2024-0117.yaml", "/casus/..", "/casus/ABCDEF0123456789", "/casus/0123456789abcdef0",
        "/casus/%2E%2E",
      ] {
        try await client.execute(uri: uri, method: .get, headers: session.headers()) { response in
          #expect(response.status == .badRequest, "\(uri)")
          #expect(response.body.text.contains("Ongeldig pad"), "\(uri)")
        }
      }
      for uri in [
        "/casus/../../etc/passwd", "/casus/..%2F..%2Fetc%2Fpasswd", "/casus/%2Fetc%2Fpasswd",
        "/static/../../Package.swift", "/static/..%2F..%2FPackage.swift",
      ] {
        try await client.execute(uri: uri, method: .get, headers: session.headers()) { response in
          #expect((400..<500).contains(response.status.code), "\(uri)")
          #expect(!response.body.text.contains("PackageDescription"))
        }
      }
      try await client.execute(uri: "/casus/0123456789abcdef", method: .get, headers: session.headers()) {
        response in
        #expect(response.status == .notFound)
      }
    }
  }

  @Test func aCaseFileLinkedFromOutsideTheFoldersIsNotServed() async throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let outside = TestSupport.sampleCases + "/vz-2024-0117.yaml"
    try FileManager.default.createSymbolicLink(atPath: folder + "/buiten.yaml", withDestinationPath: outside)
    try FileManager.default.copyItem(
      atPath: TestSupport.sampleCases + "/vz-2024-0059.yaml", toPath: folder + "/binnen.yaml")
    let app = try ServeTestApp(folders: [folder])
    let cases = await app.index.cases()
    #expect(cases.map { ($0.file as NSString).lastPathComponent } == ["binnen.yaml"])
    try await app.withSession { client, session in
      try await client.execute(uri: "/", method: .get, headers: session.headers()) { response in
        #expect(response.body.text.contains("VZ-2024-0059"))
        #expect(!response.body.text.contains("VZ-2024-0117"))
      }
      let id = OpenedFolders.caseID(for: folder + "/buiten.yaml")
      try await client.execute(uri: "/casus/\(id)", method: .get, headers: session.headers()) { response in
        #expect(response.status == .notFound)
      }
    }
  }

  @Test func openedFoldersRefuseNamesThatLeaveThem() throws {
    let folder = try Self.temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/bijlagen", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: folder + "/naar-buiten", withDestinationPath: "/tmp")
    try FileManager.default.createSymbolicLink(
      atPath: folder + "/bijlagen/los.pdf", withDestinationPath: "/tmp/nergens.pdf")
    let opened = try OpenedFolders([folder])
    for name in ["", ".", "..", "../x.pdf", "/etc/passwd", "a/b.pdf", "a\\b.pdf", ".verborgen", "x\u{0}.pdf"]
    {
      #expect(throws: OpenedFolders.Refusal.notAPlainName, "\(name)") {
        try opened.resolve(name, in: folder + "/bijlagen")
      }
    }
    #expect(try opened.resolve("scan.pdf", in: folder + "/bijlagen") == folder + "/bijlagen/scan.pdf")
    #expect(throws: OpenedFolders.Refusal.outside) {
      try opened.resolve("x.pdf", in: folder + "/naar-buiten")
    }
    // A dangling link: writing to it would create the file it points to, outside.
    #expect(throws: OpenedFolders.Refusal.outside) { try opened.resolve("los.pdf", in: folder + "/bijlagen") }
    #expect(!opened.contains("/etc/passwd"))
    #expect(!opened.contains(folder + "/../buiten.yaml"))
    #expect(opened.contains(folder + "/bijlagen"))
    #expect(throws: OpenedFolders.Refusal.notAFolder(folder + "/geen")) {
      try OpenedFolders([folder + "/geen"])
    }
  }

  @Test func secretsAreComparedInFullAndMadeAtRandom() {
    let token = SecretToken()
    #expect(token.hex.count == 64 && token.hex.allSatisfy(\.isHexDigit))
    #expect(SecretToken().hex != token.hex)
    #expect(token.matches(token.hex))
    #expect(!token.matches(String(token.hex.dropLast())))
    #expect(!token.matches(token.hex + "0"))
    #expect(!token.matches(String(token.hex.dropLast()) + (token.hex.hasSuffix("0") ? "1" : "0")))
    #expect("\(token)" == "<geheim>", "a token never ends up in a log line by interpolation")
  }

  static func expectSecurityHeaders(_ response: TestResponse, _ what: String) {
    #expect(response.headers[.contentSecurityPolicy] == SecurityHeaders.contentSecurityPolicy, "\(what)")
    #expect(
      SecurityHeaders.contentSecurityPolicy
        == "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'")
    for (name, value) in [
      ("X-Frame-Options", "DENY"), ("Referrer-Policy", "no-referrer"), ("Cache-Control", "no-store"),
      ("X-Content-Type-Options", "nosniff"),
    ] {
      #expect(HTTPField.Name(name).flatMap { response.headers[$0] } == value, "\(name) on \(what)")
    }
  }

  static func temporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("serve-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }
}
