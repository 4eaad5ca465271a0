import Foundation
import Mustache

/// One level of the render context: an explicit key-value map that templates read.
///
/// Values are `String`, `Bool`, `[RenderNode]`, `RenderNode` or ``RenderNode/absent`` (an absent
/// optional value: renders as empty text, is false in a section, and stops the lookup there, so an
/// absent `datum` never picks up a `datum` of an enclosing level). A key a level does not have is
/// recorded in the ``KeyLog``; after rendering, names that no level of the context has are errors.
struct RenderNode: MustacheParent {
  /// The absent value.
  static let absent = Absent()

  /// An absent optional value: represented as nothing, so it renders empty and is false.
  struct Absent: MustacheCustomRepresentation, Sendable {
    var representation: Any? { nil }
  }

  let values: [String: Any]
  private let log: KeyLog?

  init(_ values: [String: Any], log: KeyLog?) {
    self.values = values
    self.log = log
  }

  func child(named name: String) -> Any? {
    if let value = values[name] { return value }
    log?.missed(name)
    return nil
  }

  /// Every key of this level and the levels below it.
  func allKeys(into keys: inout Set<String>) {
    for (key, value) in values {
      keys.insert(key)
      if let node = value as? RenderNode {
        node.allKeys(into: &keys)
      } else if let list = value as? [RenderNode] {
        for node in list { node.allKeys(into: &keys) }
      }
    }
  }
}

/// Records the names a template asked for at a level that did not have them. Most are found on
/// an enclosing level (Mustache climbs the context stack); those that no level has are typos.
///
/// One log belongs to the render of one dossier, on one task.
final class KeyLog: @unchecked Sendable {
  private var names: Set<String> = []

  func missed(_ name: String) { names.insert(name) }

  /// The missed names that are not keys anywhere in `context`. Names already seen as keys (in
  /// `known`, shared by all renders) need no walk of the context, so after the first dossiers
  /// the check costs a set lookup per missed name.
  func unknownKeys(in context: RenderNode, known: KnownKeys) -> [String] {
    let unseen = names.filter { !known.contains($0) }
    guard !unseen.isEmpty else { return [] }
    var keys: Set<String> = []
    context.allKeys(into: &keys)
    known.insert(keys)
    return unseen.filter { !keys.contains($0) }.sorted()
  }
}

/// Every key seen in any render context so far, shared by the renders of a template library.
final class KnownKeys: @unchecked Sendable {
  private let lock = NSLock()
  private var keys: Set<String> = []

  func contains(_ key: String) -> Bool { lock.withLock { keys.contains(key) } }

  func insert(_ more: Set<String>) { lock.withLock { keys.formUnion(more) } }
}
