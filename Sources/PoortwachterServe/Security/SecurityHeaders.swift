import HTTPTypes
import Hummingbird

/// The headers every response carries, error pages and static files included.
public enum SecurityHeaders {
  /// No inline script or style, nothing from another origin, no frames, no form to elsewhere.
  public static let contentSecurityPolicy =
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; "
    + "frame-ancestors 'none'; base-uri 'none'"

  /// Name and value of each header.
  public static let all: [(name: String, value: String)] = [
    ("Content-Security-Policy", contentSecurityPolicy),
    ("X-Frame-Options", "DENY"),
    ("Referrer-Policy", "no-referrer"),
    ("Cache-Control", "no-store"),
    ("X-Content-Type-Options", "nosniff"),
  ]

  private static let fields: [(HTTPField.Name, String)] = all.compactMap { name, value in
    HTTPField.Name(name).map { ($0, value) }
  }

  /// Adds the headers; a route's own Content-Security-Policy (a sandboxed preview) is kept beside
  /// ours, so a browser applies both and the result is never weaker than ours.
  static func apply(to response: inout Response) {
    for (name, value) in fields {
      if name == .contentSecurityPolicy {
        response.headers.append(HTTPField(name: name, value: value))
      } else {
        response.headers[name] = value
      }
    }
  }
}
