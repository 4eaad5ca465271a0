import Hummingbird

/// Refuses a request whose `Host` is not the address the server listens on (DNS rebinding):
/// 421, or 400 without a `Host`.
struct HostCheckMiddleware: RouterMiddleware {
  typealias Context = ServeRequestContext

  /// The address, read per request (the port is known only once the server runs when it was 0).
  let address: AddressBox

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    guard let host = request.head.authority else {
      throw ServeError(
        .badRequest, title: "Ongeldig verzoek", advice: "Het verzoek noemt geen adres (Host ontbreekt).")
    }
    guard address.current.acceptedHosts.contains(host.lowercased()) else { throw ServeError.wrongHost }
    return try await next(request, context)
  }
}
