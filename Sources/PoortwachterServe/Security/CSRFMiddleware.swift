import Hummingbird

/// Checks every request that changes something (any method but GET and HEAD): it must come from
/// this server's own pages (`Origin`, when the browser sends one) and carry the session's CSRF
/// token, in the form field `csrf` (url-encoded or multipart forms) or the header `X-CSRF-Token`
/// (our own script). The comparison takes constant time. A url-encoded form is read here once
/// and handed to the route as ``ServeRequestContext/form``.
struct CSRFMiddleware: RouterMiddleware {
  typealias Context = ServeRequestContext

  /// The address (for the `Origin` check).
  let address: AddressBox

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    guard request.method != .get, request.method != .head else { return try await next(request, context) }
    guard let session = context.session else { throw ServeError.notSignedIn }
    if let origin = request.headers[.origin] {
      let accepted = address.current.acceptedHosts.map { "http://" + $0 }
      guard accepted.contains(origin.lowercased()) else { throw ServeError.csrf }
    }
    var request = request
    var context = context
    var given: String?
    if let header = request.headers.first(where: { $0.name.canonicalName == Self.headerName })?.value {
      given = header
    } else {
      let contentType = request.headers[.contentType] ?? ""
      let body: ByteBuffer
      do {
        body = try await request.collectBody(upTo: ServeLimits.maxBody)
      } catch {
        throw ServeError.tooLarge
      }
      let bytes = Array(body.readableBytesView)
      if contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") {
        let form = FormFields(urlEncoded: String(decoding: bytes, as: UTF8.self))
        context.form = form
        given = form["csrf"]
      } else if let boundary = MultipartField.boundary(contentType: contentType) {
        given = MultipartField.value(named: "csrf", in: bytes, boundary: boundary)
      }
    }
    guard let given, session.csrf.matches(given) else { throw ServeError.csrf }
    return try await next(request, context)
  }

  /// The header our own script sends the token in (lowercase, as HTTP field names compare).
  static let headerName = "x-csrf-token"
}
