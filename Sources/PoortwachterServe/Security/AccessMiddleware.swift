import Hummingbird

/// Lets a request through only with a session cookie, or with the start's access token in the
/// URL, which it exchanges for a new session: a cookie (HttpOnly, SameSite=Strict, Path=/) and a
/// redirect to the same address without the token, so the token leaves the address bar and the
/// history. Everything else gets 401, static files included.
struct AccessMiddleware: RouterMiddleware {
  typealias Context = ServeRequestContext

  /// The name of the session cookie.
  static let cookieName = "poortwachter_sessie"

  /// The token of this start.
  let token: SecretToken
  /// The sessions.
  let sessions: SessionStore

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let query = FormFields(urlEncoded: request.uri.query ?? "")
    if let given = query["token"] {
      guard token.matches(given) else { throw ServeError.notSignedIn }
      let session = sessions.open()
      let rest = query.pairs.filter { $0.name != "token" }
      var location = request.uri.path
      if !rest.isEmpty { location += "?" + QueryText.encode(rest) }
      var response = Response(status: .seeOther, headers: [.location: location])
      response.setCookie(
        Cookie(name: Self.cookieName, value: session.id.hex, path: "/", httpOnly: true, sameSite: .strict))
      return response
    }
    guard let cookie = request.cookies[Self.cookieName]?.value, let session = sessions.session(cookie: cookie)
    else {
      throw ServeError.notSignedIn
    }
    var context = context
    context.session = session
    return try await next(request, context)
  }
}
