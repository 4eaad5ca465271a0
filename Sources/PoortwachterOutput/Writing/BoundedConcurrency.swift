import Foundation
import PoortwachterCore

/// The number of cores to use by default.
public enum ProcessInfoCores {
  /// Active processor count (at least 1).
  public static var count: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// Structured concurrency with a bounded number of tasks in flight.
public enum BoundedConcurrency {
  /// Maps `items` with `transform` using at most `limit` concurrent tasks; keeps input order.
  public static func map<Input: Sendable, Output: Sendable>(
    _ items: [Input], limit: Int, _ transform: @escaping @Sendable (Input) async -> Output
  ) async -> [Output] {
    var results = [Output?](repeating: nil, count: items.count)
    await forEach(items, limit: limit, transform) { index, output in results[index] = output }
    return results.compactMap { $0 }
  }

  /// Runs `body` for each item with at most `limit` concurrent tasks, handing each result to
  /// `consume` as soon as it is ready (in completion order), so nothing accumulates.
  /// With `stopWhenCancelled`, no item is started once the task is cancelled.
  public static func forEach<Input: Sendable, Output: Sendable>(
    _ items: [Input], limit: Int, stopWhenCancelled: Bool = false,
    _ body: @escaping @Sendable (Input) async -> Output, consume: (Int, Output) -> Void
  ) async {
    await withTaskGroup(of: (Int, Output).self) { group in
      var next = 0
      for _ in 0..<min(max(1, limit), items.count) {
        let index = next
        group.addTask { (index, await body(items[index])) }
        next += 1
      }
      for await (index, output) in group {
        // Start the next item before consuming this one, so the workers stay busy meanwhile.
        if next < items.count, !(stopWhenCancelled && Task.isCancelled) {
          let index = next
          group.addTask { (index, await body(items[index])) }
          next += 1
        }
        consume(index, output)
      }
    }
  }

  /// Like ``forEach(_:limit:_:consume:)``, but `consume` gets the results in input order (a small
  /// reorder buffer holds the ones that finish early). After `consume` throws, the remaining
  /// results are dropped and the error is rethrown once all tasks are done. When the task is
  /// cancelled, no further item is started, and the items in flight finish; unless every result
  /// was consumed by then, it throws `CancellationError`.
  public static func forEachInOrder<Input: Sendable, Output: Sendable>(
    _ items: [Input], limit: Int, _ body: @escaping @Sendable (Input) async -> Output,
    consume: (Int, Output) throws -> Void
  ) async throws {
    var pending: [Int: Output] = [:]
    var next = 0
    var failure: Error?
    await forEach(items, limit: limit, stopWhenCancelled: true, body) { index, output in
      pending[index] = output
      while let ready = pending.removeValue(forKey: next) {
        if failure == nil {
          do { try consume(next, ready) } catch { failure = error }
        }
        next += 1
      }
    }
    if let failure { throw failure }
    if next < items.count { throw CancellationError() }
  }
}
