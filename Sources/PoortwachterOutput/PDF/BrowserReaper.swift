import Foundation
import PoortwachterCore

/// Ends the browsers of this run and removes their temporary folders on every way out: a normal
/// end, `exit()`, and SIGINT, SIGTERM or SIGHUP (Ctrl-C, a CI timeout, a closed terminal), so no
/// Chromium and nothing of it in the temporary folder is left behind. The handlers are installed
/// explicitly, also over a SIGINT that was ignored when the process started (a job a script runs
/// in the background inherits that), so an interrupted run always ends as designed; only a SIGHUP
/// ignored from the start (`nohup`) stays ignored.
///
/// The signal handler only calls `kill`, `write`, `signal` and `raise`, which are
/// async-signal-safe; it reads a fixed table of process group ids that is written under a lock
/// outside the handler. Removing folders is not safe in a handler: the handler wakes a thread of
/// its own (a byte on a pipe), which removes them and then ends the process with the signal.
enum BrowserReaper {
  private static let capacity = 32
  nonisolated(unsafe) private static let groups: UnsafeMutablePointer<pid_t> = {
    let table = UnsafeMutablePointer<pid_t>.allocate(capacity: capacity)
    table.initialize(repeating: 0, count: capacity)
    return table
  }()
  private static let lock = NSLock()
  /// Temporary folders to remove on the way out; guarded by `lock`, never read in the handler.
  nonisolated(unsafe) private static var folders: [String] = []
  /// The pipe end the handler writes the signal number to; -1 when there is no cleanup thread.
  nonisolated(unsafe) private static var wake: Int32 = -1
  /// Set by the handler once it has handed a signal to the cleanup thread.
  nonisolated(unsafe) private static var signalled: sig_atomic_t = 0

  private static let installed: Bool = {
    startCleanupThread()
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      let previous = signal(signalNumber) { received in
        BrowserReaper.killAll()
        var byte = UInt8(truncatingIfNeeded: received)
        // A second signal, or no cleanup thread: end at once (the next run removes the folders).
        if BrowserReaper.signalled != 0 || BrowserReaper.wake < 0 || write(BrowserReaper.wake, &byte, 1) != 1
        {
          signal(received, SIG_DFL)
          raise(received)
          return
        }
        BrowserReaper.signalled = 1
      }
      // A SIGHUP ignored from the start is `nohup`'s request to outlive the terminal: it stays so.
      if signalNumber == SIGHUP, isIgnore(previous) { signal(SIGHUP, SIG_IGN) }
    }
    // A browser that dies while we write to its pipe must give an error, not end this process.
    signal(SIGPIPE, SIG_IGN)
    atexit {
      BrowserReaper.killAll()
      BrowserReaper.removeFolders()
    }
    return true
  }()

  /// Whether a disposition `signal` returned is "ignore".
  private static func isIgnore(_ handler: __sighandler_t?) -> Bool {
    guard let handler else { return false }
    return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
  }

  /// Installs the handlers (once); see ``Interruption/handleSignals()``.
  static func install() { _ = installed }

  /// Registers a browser's process group; installs the handlers on first use.
  static func register(_ group: pid_t) {
    install()
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

  /// Set (under `lock`) once the folders are being removed on the way out: a folder registered
  /// after that would be left behind, so it is refused.
  nonisolated(unsafe) private static var ending = false

  /// Registers a temporary folder to remove on any way out; installs the handlers on first use.
  /// `false` when the process is already ending: the caller removes the folder itself and stops.
  @discardableResult static func register(folder: String) -> Bool {
    install()
    return lock.withLock {
      guard !ending else { return false }
      folders.append(folder)
      return true
    }
  }

  /// Forgets a folder that was removed normally.
  static func unregister(folder: String) {
    lock.withLock { folders.removeAll { $0 == folder } }
  }

  /// Kills every registered group (called from the signal handler: no locks, no allocation).
  static func killAll() {
    for index in 0..<capacity where groups[index] > 0 {
      kill(-groups[index], SIGKILL)
    }
  }

  /// Waits for the killed browsers, then removes the registered folders (not in a signal handler).
  static func removeFolders() {
    let (leaders, paths) = lock.withLock {
      ending = true
      return ((0..<capacity).map { groups[$0] }.filter { $0 > 0 }, folders)
    }
    var status: Int32 = 0
    for leader in leaders { _ = waitpid(leader, &status, 0) }
    for path in paths {
      // A helper process of the browser may still be going away: try a few times.
      for _ in 0..<5 {
        try? FileManager.default.removeItem(atPath: path)
        if access(path, F_OK) != 0 { break }
        usleep(100_000)
      }
    }
  }

  /// Starts the thread that does the removing after a signal, then ends the process with it.
  private static func startCleanupThread() {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return }
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    let input = ends[0]
    let thread = Thread {
      var byte: UInt8 = 0
      while true {
        let count = read(input, &byte, 1)
        if count < 0 && errno == EINTR { continue }
        guard count == 1 else { return }
        BrowserReaper.removeFolders()
        let received = Int32(byte)
        signal(received, SIG_DFL)
        kill(getpid(), received)
        return
      }
    }
    thread.name = "poortwachter-opruimen"
    thread.start()
    wake = ends[1]
  }
}
