import Foundation

/// Every key seen in any render context so far, shared by the renders of a template library, so
/// that checking the names a template asked for but no level had costs a set lookup per name.
final class KnownKeys: @unchecked Sendable {
  private let lock = NSLock()
  private var keys: Set<String> = []

  /// The names of `missed` that are not keys anywhere in `context`: typos in a template.
  func unknown(_ missed: some Collection<String>, in context: RenderNode) -> [String] {
    let unseen = missed.filter { name in lock.withLock { !keys.contains(name) } }
    guard !unseen.isEmpty else { return [] }
    var found: Set<String> = []
    context.allKeys(into: &found)
    lock.withLock { keys.formUnion(found) }
    return unseen.filter { !found.contains($0) }.sorted()
  }
}
