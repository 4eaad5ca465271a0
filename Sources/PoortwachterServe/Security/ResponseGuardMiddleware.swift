import Hummingbird

/// The outermost middleware: turns every error into a Dutch error page (no details of the case
/// or the failure) and puts the ``SecurityHeaders`` on every response.
struct ResponseGuardMiddleware: RouterMiddleware {
  typealias Context = ServeRequestContext

  /// Renders the error page of an error.
  let errorPage: @Sendable (ServeError) -> Response

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var response: Response
    do {
      response = try await next(request, context)
    } catch {
      response = errorPage(ServeError.from(error))
    }
    SecurityHeaders.apply(to: &response)
    return response
  }
}
