import Foundation
import PoortwachterCore

/// Runs one of the reading programs (`pdftotext`, `tesseract`, ...) as the original checks need:
/// with an argument list (never a shell), a private folder as its TMPDIR, no input, its output to a
/// file, in a process group of its own that is killed when it takes longer than its time limit
/// (and on Ctrl-C, through ``BrowserReaper``).
enum BoundedProcess {
  /// How a run ended.
  enum Outcome: Equatable {
    /// The program exited with this status.
    case exited(Int32)
    /// It was killed after its time limit.
    case timedOut
    /// It could not be started (Dutch reason).
    case notStarted(String)
  }

  /// Runs `executable` with `arguments`, `folder` as its TMPDIR; its standard output goes to `output` (a path,
  /// or nowhere), its errors nowhere. Waits at most `seconds`.
  static func run(
    _ executable: String, _ arguments: [String], in folder: String, output: String? = nil,
    seconds: Double, environment: [String: String] = [:]
  ) -> Outcome {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for signalNumber in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, signalNumber) }
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setpgroup(&attributes, 0)
    posix_spawnattr_setflags(
      &attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    // Every path given is absolute; what a program writes on its own goes to `folder` (its TMPDIR).
    var overrides = environment
    overrides["TMPDIR"] = folder
    let variables = DevToolsPipe.environment(with: overrides).map { strdup($0) } + [nil]
    defer { for pointer in variables { free(pointer) } }
    var child: pid_t = 0
    let status = posix_spawn(&child, executable, &actions, &attributes, argv, variables)
    guard status == 0 else { return .notStarted("\(executable): \(SystemError.text(status))") }
    // Ctrl-C kills the group while it runs; it is forgotten before it is reaped, so neither that
    // nor anything here can reach a process group that reuses its id afterwards.
    BrowserReaper.register(child)
    let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1_000_000_000)
    var pause: UInt32 = 1_000
    var result: Int32 = 0
    var timedOut = false
    while !isDone(child) {
      if DispatchTime.now().uptimeNanoseconds >= deadline {
        kill(-child, SIGKILL)
        timedOut = true
        break
      }
      usleep(pause)
      pause = min(pause * 2, 5_000)
    }
    BrowserReaper.unregister(child)
    while waitpid(child, &result, 0) < 0, errno == EINTR {}
    if timedOut { return .timedOut }
    if result & 0x7F == 0 { return .exited((result >> 8) & 0xFF) }
    return .exited(-1)
  }

  /// Whether `child` has ended (it stays a zombie until it is reaped, so its id stays its own).
  private static func isDone(_ child: pid_t) -> Bool {
    while true {
      var info = siginfo_t()
      if waitid(P_PID, id_t(child), &info, WEXITED | WNOHANG | WNOWAIT) == 0 {
        return info._sifields._sigchld.si_pid == child
      }
      if errno != EINTR { return true }
    }
  }

  /// The first `limit` bytes of the file at `path` as UTF-8 text (invalid bytes replaced), and
  /// whether the file was longer; `nil` when it cannot be read.
  static func text(of path: String, limit: Int) -> (text: String, cut: Bool)? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    guard let data = try? handle.read(upToCount: limit + 1) else { return ("", false) }
    let bytes = [UInt8](data)
    return (String(decoding: bytes.prefix(limit), as: UTF8.self), bytes.count > limit)
  }
}
