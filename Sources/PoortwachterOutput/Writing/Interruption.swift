import PoortwachterCore

/// What a run does when it is interrupted (SIGINT, SIGTERM, SIGHUP): browsers are killed, their
/// temporary folders removed, and the process ends with the signal; what it leaves in the output
/// folder, the next run repairs (``OutputRecovery``).
public enum Interruption {
  /// Installs the handlers explicitly, also when the process started with SIGINT ignored (a job a
  /// script starts in the background inherits that): call it at the start of a command that writes
  /// an output folder (`batch`, `pakket`, `render`).
  public static func handleSignals() { BrowserReaper.install() }
}
