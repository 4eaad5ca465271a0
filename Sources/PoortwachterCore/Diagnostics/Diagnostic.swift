/// A problem with an input file: it has a position, a stable code and a Dutch message.
///
/// Diagnostics are input errors (exit code 65): the case cannot be checked or rendered until
/// they are fixed. Legal findings about a valid case are ``Finding`` values instead.
public struct Diagnostic: Sendable, Hashable {
  /// Stable dotted identifier, e.g. `invoer.onbekende-sleutel`.
  public let code: String
  /// The file the problem is in, as given on the command line.
  public let file: String
  /// Where in the file; `nil` for whole-file problems such as an unreadable file.
  public let location: SourceLocation?
  /// What is wrong and how to fix it (Dutch, lower-case start, no final period).
  public let message: String
  /// The text of the offending line, shown under the message with a caret.
  public let sourceLine: String?

  /// Creates a diagnostic.
  public init(
    code: String, file: String, location: SourceLocation?, message: String, sourceLine: String? = nil
  ) {
    self.code = code
    self.file = file
    self.location = location
    self.message = message
    self.sourceLine = sourceLine
  }

  /// The compiler-style line `file:line:column: fout: message`.
  public var formatted: String {
    if let location { return "\(file):\(location.line):\(location.column): fout: \(message)" }
    return "\(file): fout: \(message)"
  }
}
