import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PoortwachterCore
import PoortwachterServe
import PoortwachterTestSupport
import PoortwachterWorkspace
import Testing

/// A `poortwachter serve` app for in-process HTTP tests (HummingbirdTesting's router framework),
/// on folders of the test's choice, with a known token and peildatum.
///
/// The router framework always sends `Host: localhost`; a test names another `Host` with the
/// header `x-test-host`, which ``HostOverride`` turns into the request's authority before the
/// app sees it (the app itself reads only the real authority).
struct ServeTestApp {
  static let token = SecretToken(hex: String(repeating: "ab", count: 32))
  static let peildatum = TestSupport.date("2026-11-22")
  /// The `Host` of the test server's address.
  static let host = "127.0.0.1:8080"

  let state: ServeState
  let index: CheckedCaseIndex

  init(folders: [String] = [TestSupport.sampleCases]) throws {
    let opened = try OpenedFolders(folders)
    let index = CheckedCaseIndex(folders: opened, loader: TestSupport.loader()) { Self.peildatum }
    self.index = index
    state = ServeState(
      index: index, pages: try ServePages(folder: TestSupport.templates, folders: opened),
      peildatum: { Self.peildatum }, token: Self.token, address: AddressBox(.loopback(port: 8080)))
  }

  /// The application, with the test's `Host` override in front.
  var application: some ApplicationProtocol {
    Application(responder: HostOverride(inner: ServeApp.router(state: state).buildResponder()))
  }

  /// Runs `body` with a client and a signed-in session (cookie and CSRF token).
  func withSession(_ body: @Sendable (any TestClientProtocol, Session) async throws -> Void) async throws {
    try await application.test(.router) { client in
      let cookie = try await client.execute(
        uri: "/?token=\(Self.token.hex)", method: .get, headers: Self.headers()
      ) { response in
        try #require(response.headers[.setCookie]?.components(separatedBy: ";").first)
      }
      let session = try #require(
        state.sessions.session(cookie: String(cookie.dropFirst("poortwachter_sessie=".count))))
      try await body(client, Session(cookie: cookie, csrf: session.csrf.hex))
    }
  }

  /// A signed-in browser's cookie and the CSRF token of its forms.
  struct Session: Sendable {
    let cookie: String
    let csrf: String

    /// Headers with the cookie (and `Host`).
    func headers(host: String = ServeTestApp.host, _ more: HTTPFields = [:]) -> HTTPFields {
      var fields = ServeTestApp.headers(host: host)
      fields[.cookie] = cookie
      fields.append(contentsOf: more)
      return fields
    }
  }

  /// Headers with the test `Host`.
  static func headers(host: String = ServeTestApp.host) -> HTTPFields {
    var fields = HTTPFields()
    if let name = HTTPField.Name("x-test-host") { fields[name] = host }
    return fields
  }
}

/// Sets the request's authority from the header `x-test-host` (see ``ServeTestApp``).
struct HostOverride<Inner: HTTPResponder>: HTTPResponder {
  let inner: Inner

  func respond(to request: Request, context: Inner.Context) async throws -> Response {
    guard let name = HTTPField.Name("x-test-host"), let host = request.headers[name] else {
      return try await inner.respond(to: request, context: context)
    }
    var head = request.head
    head.authority = host
    head.headerFields[name] = nil
    return try await inner.respond(to: Request(head: head, body: request.body), context: context)
  }
}

extension ByteBuffer {
  /// The body as text.
  var text: String { String(buffer: self) }
}
