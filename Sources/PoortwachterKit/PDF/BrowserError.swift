import Foundation

/// Problems with the PDF engine (headless Chromium), with Dutch descriptions.
public enum BrowserError: Error, LocalizedError, Equatable {
  /// No Chromium executable was found (exit 69, EX_UNAVAILABLE).
  case notFound(searched: String)
  /// The browser could not be started.
  case launchFailed(String)
  /// The browser stopped or answered with an error.
  case protocolError(String)
  /// The browser did not answer in time.
  case timeout(String)

  /// The exit code the command line uses for this error.
  public var exitCode: Int32 { 69 }

  /// The Dutch message.
  public var errorDescription: String? {
    switch self {
    case .notFound(let searched):
      return
        "fout: Chromium niet gevonden (gezocht: \(searched)); de PDF's van het UWV-pakket zijn niet gemaakt. "
        + "Installeer het met 'apt-get install -y chromium' of geef het programma op met --chromium <pad>."
    case .launchFailed(let detail): return "fout: Chromium kan niet gestart worden: \(detail)"
    case .protocolError(let detail): return "fout: Chromium: \(detail)"
    case .timeout(let detail): return "fout: Chromium antwoordt niet (\(detail))"
    }
  }
}
