import Foundation

/// The `<id>` in the names of staging folders (`.<kenmerk>.nieuw-<id>`), old dossiers moved aside
/// (`.<kenmerk>.oud-<id>`) and temporary files (`.<naam>.tmp-<id>`): the process id and a counter
/// of this process, `<pid>-<n>`.
///
/// Unique within a run without asking the system for random bytes (a UUID costs an open and read
/// of `/dev/urandom` per dossier), and the pid keeps the names of two processes apart. A leftover of a
/// killed run whose pid comes back is removed by ``OutputRecovery`` before a run starts, and a name
/// that is taken anyway is skipped (``DossierWriter`` tries the next one).
enum TemporaryName {
  /// This process's id, read once.
  private static let pid = getpid()
  private static let counter = Counter()

  /// A new id, `<pid>-<n>`.
  static func next() -> String { "\(pid)-\(counter.next())" }

  /// Whether `id` has the form of an id: `<digits>-<digits>`, or a UUID (the ids of earlier versions,
  /// whose leftovers are still recognised).
  static func isID(_ id: Substring) -> Bool {
    let parts = id.split(separator: "-", omittingEmptySubsequences: false)
    if parts.count == 2,
      parts.allSatisfy({ part in !part.isEmpty && part.utf8.allSatisfy { $0 >= 48 && $0 <= 57 } })
    {
      return true
    }
    return id.utf8.count == 36 && UUID(uuidString: String(id)) != nil
  }

  /// A counter shared by all tasks of the process.
  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
      lock.withLock {
        value += 1
        return value
      }
    }
  }
}
