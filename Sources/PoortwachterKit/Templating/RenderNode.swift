import Foundation

/// One level of the render context: an explicit key-value map that templates read.
struct RenderNode: Sendable {
  /// The keys of this level.
  let values: [String: RenderValue]

  init(_ values: [String: RenderValue]) {
    self.values = values
  }

  /// Every key of this level and the levels below it.
  func allKeys(into keys: inout Set<String>) {
    for (key, value) in values {
      keys.insert(key)
      switch value {
      case .node(let node): node.allKeys(into: &keys)
      case .list(let nodes): for node in nodes { node.allKeys(into: &keys) }
      case .date: keys.formUnion(RenderValue.dateKeys)
      default: break
      }
    }
  }
}

/// Every key seen in any render context so far, shared by the renders of a template library, so
/// that checking the names a template asked for but no level had costs a set lookup per name.
final class KnownKeys: @unchecked Sendable {
  private let lock = NSLock()
  private var keys: Set<String> = []

  /// The names of `missed` that are not keys anywhere in `context`: typos in a template.
  func unknown(_ missed: Set<String>, in context: RenderNode) -> [String] {
    let unseen = missed.filter { name in lock.withLock { !keys.contains(name) } }
    guard !unseen.isEmpty else { return [] }
    var found: Set<String> = []
    context.allKeys(into: &found)
    lock.withLock { keys.formUnion(found) }
    return unseen.filter { !found.contains($0) }.sorted()
  }
}
