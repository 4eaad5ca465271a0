import Foundation

/// The server's listening address, shared between the start-up code (which learns the port the
/// system chose) and the middleware that checks `Host` and `Origin`.
public final class AddressBox: @unchecked Sendable {
  private let lock = NSLock()
  private var address: ListenAddress

  /// A box holding `address`.
  public init(_ address: ListenAddress) { self.address = address }

  /// The address now.
  public var current: ListenAddress { lock.withLock { address } }

  /// Sets the port the server actually listens on.
  public func setPort(_ port: Int) { lock.withLock { address = address.withPort(port) } }
}
