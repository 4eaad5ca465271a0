import Foundation

/// Kills the browser process groups of this run on every way out: a normal end, `exit()`, and
/// SIGINT, SIGTERM or SIGHUP (Ctrl-C, a CI timeout, a closed terminal), so no Chromium is left behind.
///
/// The signal handler only calls `kill`, `signal` and `raise`, which are async-signal-safe; it reads
/// a fixed table of process group ids that is written under a lock outside the handler.
enum BrowserReaper {
  private static let capacity = 32
  nonisolated(unsafe) private static let groups: UnsafeMutablePointer<pid_t> = {
    let table = UnsafeMutablePointer<pid_t>.allocate(capacity: capacity)
    table.initialize(repeating: 0, count: capacity)
    return table
  }()
  private static let lock = NSLock()
  private static let installed: Bool = {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      signal(signalNumber) { received in
        BrowserReaper.killAll()
        signal(received, SIG_DFL)
        raise(received)
      }
    }
    // A browser that dies while we write to its pipe must give an error, not end this process.
    signal(SIGPIPE, SIG_IGN)
    atexit { BrowserReaper.killAll() }
    return true
  }()

  /// Registers a browser's process group; installs the handlers on first use.
  static func register(_ group: pid_t) {
    _ = installed
    lock.withLock {
      for index in 0..<capacity where groups[index] == 0 {
        groups[index] = group
        return
      }
    }
  }

  /// Forgets a process group that was ended normally.
  static func unregister(_ group: pid_t) {
    lock.withLock {
      for index in 0..<capacity where groups[index] == group { groups[index] = 0 }
    }
  }

  /// Kills every registered group (called from the signal handler: no locks, no allocation).
  static func killAll() {
    for index in 0..<capacity where groups[index] > 0 {
      kill(-groups[index], SIGKILL)
    }
  }
}
