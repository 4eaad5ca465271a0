import Foundation

/// The browser sessions of one server start: a session id (kept in an HttpOnly cookie) and the
/// CSRF token its forms carry. A session is made when the access token of the printed URL is
/// exchanged for the cookie; the store keeps at most ``limit`` sessions and forgets the oldest.
public final class SessionStore: @unchecked Sendable {
  /// One browser session.
  public struct Session: Sendable {
    /// The id in the cookie.
    public let id: SecretToken
    /// The token every POST of this session carries (hidden field `csrf`).
    public let csrf: SecretToken
  }

  /// The most sessions kept at once.
  public static let limit = 64

  private let lock = NSLock()
  private var sessions: [Session] = []

  /// An empty store.
  public init() {}

  /// Makes and keeps a new session.
  public func open() -> Session {
    let session = Session(id: SecretToken(), csrf: SecretToken())
    lock.withLock {
      sessions.append(session)
      if sessions.count > Self.limit { sessions.removeFirst(sessions.count - Self.limit) }
    }
    return session
  }

  /// The session whose id is `cookie`, compared in constant time.
  public func session(cookie: String) -> Session? {
    lock.withLock { sessions.first { $0.id.matches(cookie) } }
  }
}
