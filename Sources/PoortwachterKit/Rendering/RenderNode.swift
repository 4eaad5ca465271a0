import Foundation
import Mustache

/// One level of the render context: an explicit key-value map that templates read.
///
/// Values are `String`, `Bool`, `[RenderNode]`, `RenderNode` or ``RenderNode/absent`` (an absent
/// optional value: renders as empty text, is false in a section, and stops the lookup there, so an
/// absent `datum` never picks up a `datum` of an enclosing level). A key that no level has is
/// recorded in the ``KeyLog`` and turned into an error after rendering.
struct RenderNode: MustacheParent {
  /// The absent value.
  static let absent = Absent()

  /// An absent optional value: represented as nothing, so it renders empty and is false.
  struct Absent: MustacheCustomRepresentation, Sendable {
    var representation: Any? { nil }
  }

  private let values: [String: Any]
  private let log: KeyLog?

  init(_ values: [String: Any], log: KeyLog?) {
    self.values = values
    self.log = log
    log?.register(values.keys)
  }

  func child(named name: String) -> Any? {
    if let value = values[name] { return value }
    log?.missed(name)
    return nil
  }

  /// The keys of this level.
  var keys: Dictionary<String, Any>.Keys { values.keys }
}

/// Records keys a template asked for that no context level had.
final class KeyLog: @unchecked Sendable {
  private let lock = NSLock()
  private var names: Set<String> = []
  private var known: Set<String> = []

  func register(_ keys: Dictionary<String, Any>.Keys) {
    lock.lock()
    known.formUnion(keys)
    lock.unlock()
  }

  func missed(_ name: String) {
    lock.lock()
    names.insert(name)
    lock.unlock()
  }

  /// The missed names that are not keys anywhere in the context (typos in a template).
  func unknownKeys() -> [String] {
    lock.lock()
    defer { lock.unlock() }
    return names.subtracting(known).sorted()
  }
}
