import Foundation
import PoortwachterCore

/// A Chromium process and its DevTools protocol connection over `--remote-debugging-pipe`: the
/// browser reads commands on its file descriptor 3 and writes answers and events on 4, each message
/// a JSON object ended by a NUL byte.
///
/// Commands may be sent from any thread; a reader thread of its own matches answers to commands by
/// id and hands events to `onEvent`. The browser runs in a process group of its own, which
/// ``terminate()`` (and ``BrowserReaper`` on a signal) kills as a whole. Package-visible for the
/// test support's browser driver (end-to-end tests and screenshots of the web app).
package final class DevToolsPipe: @unchecked Sendable {
  /// An answer that is waited for.
  final class Call: @unchecked Sendable {
    fileprivate let done = DispatchSemaphore(value: 0)
    fileprivate var result: [String: Any]?
    fileprivate var failure: String?
    let method: String

    init(method: String) { self.method = method }
  }

  /// The browser's process id (also its process group).
  package let pid: pid_t
  private let commandDescriptor: Int32
  private let answerDescriptor: Int32
  private let stateLock = NSLock()
  private let writeLock = NSLock()
  private var nextID = 1
  private var waiting: [Int: Call] = [:]
  private var ended: String?
  private var terminated = false
  /// Whether the command pipe is still open; guarded by `writeLock`, so a closed descriptor
  /// (whose number the process may already reuse for another file) is never written to.
  private var writable = true
  /// Called on the reader thread for every event: method, params, session id.
  package var onEvent: (@Sendable (String, [String: Any], String?) -> Void)?

  /// Starts `executable` with `arguments` (the pipe flag is added) and connects to it. The
  /// browser's standard error goes to `log`; `environment` is this process's with those values
  /// set.
  package init(executable: String, arguments: [String], log: String, environment: [String: String] = [:])
    throws
  {
    var toBrowser: [Int32] = [0, 0]
    var fromBrowser: [Int32] = [0, 0]
    guard pipe(&toBrowser) == 0 else {
      throw BrowserError.launchFailed("pipe: \(SystemError.current)")
    }
    guard pipe(&fromBrowser) == 0 else {
      close(toBrowser[0])
      close(toBrowser[1])
      throw BrowserError.launchFailed("pipe: \(SystemError.current)")
    }
    // Move all four ends above 9 and close-on-exec, so the dup2 onto 3 and 4 cannot clobber one
    // of them and the browser inherits only 3 and 4.
    let ends = (toBrowser + fromBrowser).map { descriptor -> Int32 in
      let moved = fcntl(descriptor, F_DUPFD_CLOEXEC, 10)
      close(descriptor)
      return moved
    }
    let (childReads, parentWrites, parentReads, childWrites) = (ends[0], ends[1], ends[2], ends[3])
    defer {
      close(childReads)
      close(childWrites)
    }
    guard !ends.contains(-1) else { throw BrowserError.launchFailed("fcntl mislukt") }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, log, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, childReads, 3)
    posix_spawn_file_actions_adddup2(&actions, childWrites, 4)

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

    let argv = ([executable] + arguments + ["--remote-debugging-pipe"]).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let variables = Self.environment(with: environment).map { strdup($0) } + [nil]
    defer { for pointer in variables { free(pointer) } }
    var child: pid_t = 0
    let status = posix_spawn(&child, executable, &actions, &attributes, argv, variables)
    guard status == 0 else {
      close(parentWrites)
      close(parentReads)
      throw BrowserError.launchFailed("\(executable): \(SystemError.text(status))")
    }
    BrowserReaper.register(child)
    pid = child
    commandDescriptor = parentWrites
    answerDescriptor = parentReads
    let thread = Thread { [self] in readLoop() }
    thread.name = "chromium-devtools"
    thread.start()
  }

  deinit { terminate() }

  /// This process's environment (`KEY=value`) with the values of `overrides` set.
  static func environment(with overrides: [String: String]) -> [String] {
    var result: [String] = []
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      let key = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
      if overrides[String(key)] == nil { result.append(text) }
      pointer += 1
    }
    return result + overrides.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
  }

  /// Sends a command; the answer arrives in the returned call (see ``wait(_:seconds:)``).
  func send(_ method: String, _ params: [String: Any] = [:], session: String? = nil) -> Call {
    let call = Call(method: method)
    let id: Int? = stateLock.withLock {
      if let ended {
        call.failure = ended
        return nil
      }
      let id = nextID
      nextID += 1
      waiting[id] = call
      return id
    }
    guard let id else {
      call.done.signal()
      return call
    }
    var message: [String: Any] = ["id": id, "method": method, "params": params]
    if let session { message["sessionId"] = session }
    guard var bytes = try? JSONSerialization.data(withJSONObject: message) else {
      finish(id, result: nil, failure: "opdracht \(method) kan niet worden opgebouwd")
      return call
    }
    bytes.append(0)
    if !writeAll(bytes) { finish(id, result: nil, failure: "de verbinding met de browser is verbroken") }
    return call
  }

  /// Waits for a call's answer; throws when the browser answered with an error, stopped, or took
  /// longer than `seconds`.
  func wait(_ call: Call, seconds: Double = 60) throws -> [String: Any] {
    if call.done.wait(timeout: .now() + seconds) == .timedOut {
      throw BrowserError.timeout("\(call.method) na \(Int(seconds)) s")
    }
    if let failure = call.failure { throw BrowserError.protocolError("\(call.method): \(failure)") }
    return call.result ?? [:]
  }

  /// Sends a command and waits for its answer.
  package func call(
    _ method: String, _ params: [String: Any] = [:], session: String? = nil, seconds: Double = 60
  )
    throws -> [String: Any]
  {
    try wait(send(method, params, session: session), seconds: seconds)
  }

  /// Closes the pipe (Chromium then quits), waits up to two seconds, then kills the process group.
  /// Safe to call more than once.
  package func terminate() {
    let first = stateLock.withLock {
      defer { terminated = true }
      return !terminated
    }
    guard first else { return }
    writeLock.withLock {
      writable = false
      close(commandDescriptor)
    }
    var status: Int32 = 0
    var exited = false
    for _ in 0..<40 {
      if waitpid(pid, &status, WNOHANG) == pid {
        exited = true
        break
      }
      usleep(50_000)
    }
    // Helper processes (renderers, zygote) are in the same group: end them too.
    kill(-pid, SIGKILL)
    if !exited { waitpid(pid, &status, 0) }
    BrowserReaper.unregister(pid)
  }

  private func writeAll(_ data: Data) -> Bool {
    writeLock.withLock {
      guard writable else { return false }
      return data.withUnsafeBytes { buffer -> Bool in
        guard let base = buffer.baseAddress else { return true }
        var offset = 0
        while offset < buffer.count {
          let written = write(commandDescriptor, base + offset, buffer.count - offset)
          if written < 0 && errno == EINTR { continue }
          if written <= 0 { return false }
          offset += written
        }
        return true
      }
    }
  }

  private func finish(_ id: Int, result: [String: Any]?, failure: String?) {
    guard let call = stateLock.withLock({ waiting.removeValue(forKey: id) }) else { return }
    call.result = result
    call.failure = failure
    call.done.signal()
  }

  private func readLoop() {
    var pending: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { read(answerDescriptor, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      var start = pending.count
      pending.append(contentsOf: chunk[0..<count])
      var consumed = 0
      while let end = pending[start...].firstIndex(of: 0) {
        handle(pending[consumed..<end])
        consumed = end + 1
        start = consumed
      }
      if consumed > 0 { pending.removeFirst(consumed) }
    }
    close(answerDescriptor)
    let orphans = stateLock.withLock {
      ended = "de browser is gestopt"
      defer { waiting.removeAll() }
      return Array(waiting.values)
    }
    for call in orphans {
      call.failure = "de browser is gestopt"
      call.done.signal()
    }
  }

  private func handle(_ bytes: ArraySlice<UInt8>) {
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any] else { return }
    if let id = object["id"] as? Int {
      if let error = object["error"] as? [String: Any] {
        finish(id, result: nil, failure: (error["message"] as? String) ?? "onbekende fout")
      } else {
        finish(id, result: object["result"] as? [String: Any] ?? [:], failure: nil)
      }
    } else if let method = object["method"] as? String {
      onEvent?(method, object["params"] as? [String: Any] ?? [:], object["sessionId"] as? String)
    }
  }
}
