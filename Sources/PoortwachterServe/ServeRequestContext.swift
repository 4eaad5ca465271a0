import Hummingbird

/// The context of one request: Hummingbird's core storage and, once the access check has passed,
/// the browser session (whose CSRF token the pages put in their forms).
public struct ServeRequestContext: RequestContext {
  /// Hummingbird's storage (logger, route parameters).
  public var coreContext: CoreRequestContextStorage
  /// The session of the cookie; set by ``AccessMiddleware``.
  public var session: SessionStore.Session?
  /// The form fields of a POST, read once by ``CSRFMiddleware`` (url-encoded forms; a multipart
  /// form's fields are left to the route that reads its files).
  public var form: FormFields?

  /// A context for one request.
  public init(source: Source) {
    coreContext = .init(source: source)
  }

  /// Uploads (helper route of Documenten) read at most this much.
  public var maxUploadSize: Int { ServeLimits.maxBody }
}

/// Size limits of request bodies.
public enum ServeLimits {
  /// The largest body read: an upload of 10 MB with room for the form around it, so a file a
  /// little over 10 MB still reaches the route that says so in Dutch.
  public static let maxBody = 12 * 1024 * 1024
}
