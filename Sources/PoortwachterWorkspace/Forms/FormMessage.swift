import PoortwachterCore

/// A message for the user of a case form, about one field (or group, list, item) or the whole form.
public struct FormMessage: Sendable, Equatable {
  /// The field path the message is about; `nil` for the whole form.
  public let path: String?
  /// What is wrong and what to do, in Dutch.
  public let text: String
  /// Where in the case file, when known.
  public let location: SourceLocation?

  /// Creates a message.
  public init(path: String?, text: String, location: SourceLocation?) {
    self.path = path
    self.text = text
    self.location = location
  }

  /// The element id of the part of the form it is about.
  public var anchor: String? { path.map(FormAnchor.id) }

  /// The message in the style of the command line: `zaak.yaml:12:5: fout: ...`.
  public func formatted(file: String) -> String {
    if let location { return "\(file):\(location.line):\(location.column): fout: \(text)" }
    return "\(file): fout: \(text)"
  }
}
