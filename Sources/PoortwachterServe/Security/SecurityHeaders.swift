import HTTPTypes
import Hummingbird

/// The headers every response carries, error pages and static files included.
public enum SecurityHeaders {
  /// No inline script or style, nothing from another origin, no frames, no form to elsewhere.
  public static let contentSecurityPolicy =
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; "
    + "frame-ancestors 'none'; base-uri 'none'"

  /// The policy of the Documenten page: ours, and frames of our own origin (the preview).
  public static let framingPolicy = contentSecurityPolicy + "; frame-src 'self'"

  /// The policy of a previewed dossier document (`riv.html`): a sandbox without scripts and
  /// without an origin, its own inline style, nothing loaded, framed only by our own pages.
  public static let previewPolicy =
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; "
    + "frame-ancestors 'self'; base-uri 'none'"

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

  /// Adds the headers; a route's own Content-Security-Policy is kept beside ours, so a browser
  /// applies both and the result is never weaker than ours, except the two declared here, which
  /// replace ours: ``framingPolicy`` (ours plus frames of our own origin) and ``previewPolicy``
  /// (a sandboxed document that our own pages may frame: `X-Frame-Options: SAMEORIGIN`).
  static func apply(to response: inout Response) {
    let own = response.headers[.contentSecurityPolicy]
    let replaces = own == framingPolicy || own == previewPolicy
    for (name, value) in fields {
      if name == .contentSecurityPolicy && replaces { continue }
      if name.canonicalName == "x-frame-options" && own == previewPolicy {
        response.headers[name] = "SAMEORIGIN"
      } else if name == .contentSecurityPolicy {
        response.headers.append(HTTPField(name: name, value: value))
      } else {
        response.headers[name] = value
      }
    }
  }
}
