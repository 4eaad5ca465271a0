import Foundation
import PoortwachterCore
import PoortwachterOutput

/// Which file of a batch may write the dossier of a kenmerk that ``KenmerkPreScan`` did not see
/// twice (it reads only the head of each file): the first file in input order that has it. Every
/// later file with the same kenmerk is a duplicate of that one and gets no dossier, so a dossier
/// is never written twice in one run.
///
/// Each file's task registers its kenmerk as soon as the file is read, and claims are settled
/// strictly in input order, so the answer never depends on which task finishes first: a task
/// asks ``earlier(than:)`` before it writes and, when an earlier file is still being read, waits
/// for it without holding a thread.
final class KenmerkClaims: @unchecked Sendable {
  private let lock = NSLock()
  private let files: [String]
  /// Registered kenmerken not yet settled (`nil`: the file has none, it could not be read).
  private var registered: [Int: String?] = [:]
  /// Every index below this one is settled.
  private var settled = 0
  /// The first index with each kenmerk (by ``Kenmerk/folderKey(_:)``: case does not count).
  private var owners: [String: Int] = [:]
  /// For settled duplicates, the index of the file that has the kenmerk.
  private var duplicateOf: [Int: Int] = [:]
  /// Tasks waiting for their index to be settled.
  private var waiting: [Int: CheckedContinuation<Int?, Never>] = [:]

  /// A register for `files`, in input order.
  init(files: [String]) { self.files = files }

  /// Records the kenmerk of the file at `index` (`nil` when it has none). Every index must be
  /// registered exactly once, or later files wait forever.
  func register(_ index: Int, kenmerk: String?) {
    var ready: [(CheckedContinuation<Int?, Never>, Int?)] = []
    lock.withLock {
      registered[index] = .some(kenmerk)
      while let next = registered.removeValue(forKey: settled) {
        if let kenmerk = next {
          let key = Kenmerk.folderKey(kenmerk)
          if let owner = owners[key] { duplicateOf[settled] = owner } else { owners[key] = settled }
        }
        if let task = waiting.removeValue(forKey: settled) { ready.append((task, duplicateOf[settled])) }
        settled += 1
      }
    }
    for (task, owner) in ready { task.resume(returning: owner) }
  }

  /// Whether the file at `index` is already known to be a duplicate (without waiting).
  func isKnownDuplicate(_ index: Int) -> Bool {
    lock.withLock { index < settled && duplicateOf[index] != nil }
  }

  /// The earlier file with the same kenmerk as the file at `index`, or `nil` when that file is
  /// the first with it; waits until every file before it has registered.
  func earlier(than index: Int) async -> String? {
    // Nearly always settled already: answer without suspending, which would cost a trip through
    // the executor (a thread wake-up and a context switch per case).
    if let settledOwner = lock.withLock({ index < settled ? Optional.some(duplicateOf[index]) : nil }) {
      return settledOwner.map { files[$0] }
    }
    let owner: Int? = await withCheckedContinuation { task in
      let answer: Int?? = lock.withLock {
        if index < settled { return .some(duplicateOf[index]) }
        waiting[index] = task
        return nil
      }
      if let answer { task.resume(returning: answer) }
    }
    return owner.map { files[$0] }
  }
}
