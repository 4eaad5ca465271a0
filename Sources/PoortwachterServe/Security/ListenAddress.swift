import Foundation

/// Where the server listens, and so which `Host` headers it accepts: on the loopback addresses
/// 127.0.0.1 and ::1 unless one other address is named (`--luister-op`).
///
/// A request whose `Host` is not one of these addresses (with the port) is refused: a page on
/// another site that makes a browser resolve its own name to 127.0.0.1 (DNS rebinding) sends its
/// own name as `Host`.
public struct ListenAddress: Sendable, Equatable {
  /// The addresses to bind, in the order they are bound.
  public let hosts: [String]
  /// The port; 0 lets the system choose one (tests), see ``withPort(_:)``.
  public let port: Int

  /// Loopback only: 127.0.0.1 and ::1.
  public static func loopback(port: Int) -> ListenAddress {
    ListenAddress(hosts: ["127.0.0.1", "::1"], port: port)
  }

  /// One address named by the user (an IPv4 or IPv6 address, or a host name).
  public init(hosts: [String], port: Int) {
    self.hosts = hosts.map { $0.hasPrefix("[") && $0.hasSuffix("]") ? String($0.dropFirst().dropLast()) : $0 }
    self.port = port
  }

  /// The same addresses on `port` (once the system has chosen it).
  public func withPort(_ port: Int) -> ListenAddress { ListenAddress(hosts: hosts, port: port) }

  /// Whether this listens on loopback only.
  public var isLoopback: Bool { hosts.allSatisfy { Self.loopbackNames.contains($0.lowercased()) } }

  private static let loopbackNames: Set<String> = ["127.0.0.1", "::1", "localhost"]

  /// The `Host` values a request may carry: every bound address with the port, IPv6 in brackets,
  /// and `localhost` when listening on loopback.
  public var acceptedHosts: Set<String> {
    var names = hosts.map { $0.contains(":") ? "[\($0.lowercased())]" : $0.lowercased() }
    if isLoopback { names.append("localhost") }
    return Set(names.map { "\($0):\(port)" })
  }

  /// The address in the printed URL: the first bound one (127.0.0.1 on loopback).
  public var urlHost: String {
    let host = hosts.first ?? "127.0.0.1"
    return host.contains(":") ? "[\(host)]" : host
  }

  /// `http://127.0.0.1:8080`
  public var origin: String { "http://\(urlHost):\(port)" }
}
