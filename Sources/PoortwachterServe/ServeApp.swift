import Hummingbird
import Logging
import PoortwachterCore

/// The local web app: the router with its security middleware and routes, and the servers on
/// the listening addresses.
///
/// Middleware, outermost first: ``ResponseGuardMiddleware`` (Dutch error pages, security headers
/// on every response), ``HostCheckMiddleware`` (DNS rebinding), ``AccessMiddleware`` (token and
/// session cookie, 401), ``CSRFMiddleware`` (every POST). Routes of a page live in
/// `Routes/<Page>Routes.swift` and are registered in ``router(state:)``.
public enum ServeApp {
  /// The router of a server start.
  public static func router(state: ServeState) -> Router<ServeRequestContext> {
    let router = Router(context: ServeRequestContext.self)
    let pages = state.pages
    let peildatum = state.peildatum
    router.add(
      middleware: ResponseGuardMiddleware { error in pages.errorPage(error, peildatum: peildatum()) })
    router.add(middleware: HostCheckMiddleware(address: state.address))
    router.add(middleware: AccessMiddleware(token: state.token, sessions: state.sessions))
    router.add(middleware: CSRFMiddleware(address: state.address))
    StaticRoutes.register(on: router, state: state)
    WorkQueueRoutes.register(on: router, state: state)
    CaseRoutes.register(on: router, state: state)
    return router
  }

  /// Runs the server until the task is cancelled: one listener per address of
  /// ``ServeState/address`` (127.0.0.1 and ::1 on loopback; with port 0 only the first, on the
  /// port the system chooses). `ready` is called once, when the first listener runs, with the
  /// address as it is then known; `failed` for a further address that could not be bound (no IPv6).
  public static func run(
    state: ServeState, ready: @escaping @Sendable (ListenAddress) async -> Void,
    failed: @escaping @Sendable (String, any Error) -> Void = { _, _ in }
  ) async throws {
    let responder = router(state: state).buildResponder()
    let address = state.address.current
    let hosts = address.port == 0 ? Array(address.hosts.prefix(1)) : address.hosts
    var logger = Logger(label: "poortwachter-serve")
    logger.logLevel = .warning
    try await withThrowingTaskGroup(of: Void.self) { group in
      for (index, host) in hosts.enumerated() {
        let app = Application(
          responder: responder,
          configuration: .init(address: .hostname(host, port: address.port), serverName: nil),
          onServerRunning: { channel in
            guard index == 0 else { return }
            if let port = channel.localAddress?.port { state.address.setPort(port) }
            await ready(state.address.current)
          }, logger: logger)
        group.addTask {
          do {
            try await app.run()
          } catch  where index > 0 {
            failed(host, error)
          }
        }
      }
      try await group.waitForAll()
    }
  }
}
