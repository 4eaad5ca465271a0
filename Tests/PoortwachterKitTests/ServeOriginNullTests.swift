import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PoortwachterServe
import Testing

/// A browser sends `Origin: null` with every POST of a page served with `Referrer-Policy:
/// no-referrer` (Fetch standard, "serializing a request origin"): that is our own form, which the
/// CSRF token guards; it must not be refused as another site. Found by the end-to-end test in
/// Chromium, where every upload was refused with 403.
@Suite struct ServeOriginNullTests {
  @Test func aPostWithOriginNullAndTheTokenIsAccepted() async throws {
    let app = try await ServeTestApp()
    try await app.withSession { client, session in
      try await client.execute(
        uri: "/bestaat-niet", method: .post,
        headers: session.headers([
          .contentType: "application/x-www-form-urlencoded", .origin: "null",
        ]), body: ByteBuffer(string: "csrf=\(session.csrf)")
      ) { response in
        #expect(response.status != .forbidden)
      }
      // Another site is still refused, and so is a null origin without the token.
      try await client.execute(
        uri: "/bestaat-niet", method: .post,
        headers: session.headers([
          .contentType: "application/x-www-form-urlencoded", .origin: "http://example.org",
        ]), body: ByteBuffer(string: "csrf=\(session.csrf)")
      ) { response in
        #expect(response.status == .forbidden)
      }
      try await client.execute(
        uri: "/bestaat-niet", method: .post,
        headers: session.headers([.contentType: "application/x-www-form-urlencoded", .origin: "null"]),
        body: ByteBuffer(string: "csrf=fout")
      ) { response in
        #expect(response.status == .forbidden)
      }
    }
  }
}
