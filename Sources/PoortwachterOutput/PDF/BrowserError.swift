import Foundation
import PoortwachterCore

/// Problems with the PDF engine (headless Chromium), with Dutch descriptions.
public enum BrowserError: Error, LocalizedError, Equatable {
  /// No Chromium executable was found (exit 69, EX_UNAVAILABLE).
  case notFound(searched: String)
  /// The browser could not be started.
  case launchFailed(String)
  /// The program started but stopped, or stayed silent, before it answered as a browser: the
  /// program, what happened (Dutch), and the last line it wrote to standard error, if any.
  case noAnswer(executable: String, reason: String, browserMessage: String?)
  /// The browser stopped or answered with an error.
  case protocolError(String)
  /// The browser did not answer in time.
  case timeout(String)

  /// The last non-empty line of the browser's standard error, without control characters and at
  /// most 200 characters: quoted in a message, never parsed.
  static func lastLine(of log: String) -> String? {
    let lines = log.split(whereSeparator: \.isNewline).map {
      String($0.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) })
        .trimmingCharacters(in: .whitespaces)
    }
    guard let last = lines.last(where: { !$0.isEmpty }) else { return nil }
    return last.count > 200 ? String(last.prefix(200)) + "…" : last
  }

  /// The exit code the command line uses for this error.
  public var exitCode: Int32 { 69 }

  /// The Dutch message, naming no option of a front end (``message(givingProgramWith:)`` does).
  public var errorDescription: String? { message(givingProgramWith: nil) }

  /// The Dutch message; `option` is how the front end lets a user give the program (the command
  /// line: `--chromium <pad>`), named where the message says how to fix it.
  public func message(givingProgramWith option: String?) -> String {
    switch self {
    case .notFound(let searched):
      return
        "fout: Chromium niet gevonden (gezocht: \(searched)); de PDF's van het UWV-pakket zijn niet gemaakt. "
        + "Installeer het met 'apt-get install -y chromium'"
        + (option.map { " of geef het programma op met \($0)" } ?? "") + "."
    case .launchFailed(let detail): return "fout: Chromium kan niet gestart worden: \(detail)"
    case .noAnswer(let executable, let reason, let browserMessage):
      return "fout: Chromium kan niet gestart worden: '\(executable)' \(reason)"
        + (browserMessage.map { " (melding van Chromium: \($0))" } ?? "") + "; controleer met '\(executable) "
        + "--version' of het Chromium is en start"
        + (option.map { ", of geef het juiste programma op met \($0)" } ?? "")
    case .protocolError(let detail): return "fout: Chromium: \(detail)"
    case .timeout(let detail): return "fout: Chromium antwoordt niet (\(detail))"
    }
  }
}
