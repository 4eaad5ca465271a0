import Foundation
import PoortwachterCore

/// ANSI styling, used only when the stream is a terminal and `NO_COLOR` is not set.
public struct Terminal: Sendable {
  /// Whether to emit colour codes.
  public let colours: Bool

  /// Styling for a file descriptor (1 = stdout, 2 = stderr).
  public init(fileDescriptor: Int32) {
    colours = isatty(fileDescriptor) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }

  /// No styling.
  public init(colours: Bool) { self.colours = colours }

  func paint(_ text: String, _ code: String) -> String { colours ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }
  /// Red.
  public func red(_ text: String) -> String { paint(text, "31") }
  /// Yellow.
  public func yellow(_ text: String) -> String { paint(text, "33") }
  /// Green.
  public func green(_ text: String) -> String { paint(text, "32") }
  /// Dim.
  public func dim(_ text: String) -> String { paint(text, "2") }
  /// Bold.
  public func bold(_ text: String) -> String { paint(text, "1") }

  /// The severity word in its colour.
  public func severity(_ severity: Severity) -> String {
    switch severity {
    case .fout: return red(severity.rawValue)
    case .waarschuwing: return yellow(severity.rawValue)
    case .info: return dim(severity.rawValue)
    }
  }
}
