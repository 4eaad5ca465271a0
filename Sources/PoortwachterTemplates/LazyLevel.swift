/// A level of the render context whose texts are made only when a template reads one of its keys.
///
/// A dossier holds many dates and a template reads few of their forms, so a date is not three
/// texts but one number (its ``seed``) and a ``Kind`` that knows how to write it: `{{datum.tekst}}`
/// formats the date at that moment, and no form that no template asks for is ever made. A kind is
/// made once and shared by every value of that kind; the template engine does not know what the
/// number means (for a date, the domain decides: a day number).
public struct LazyLevel: Sendable {
  /// The keys of one kind of lazy level and how their texts are made; make one per kind (for
  /// example one for all dates) and share it.
  public final class Kind: Sendable {
    /// The keys every level of this kind has, in order.
    public let keys: [String]
    /// The ``RenderNode/hash(_:)`` of each key.
    let hashes: [UInt64]
    /// Makes the text of a key (one of ``keys``) for a seed.
    let text: @Sendable (_ key: String, _ seed: Int) -> String

    /// A kind with `keys`; `text` makes the text of one key for one seed, and is called only when a
    /// template reads that key.
    public init(keys: [String], text: @escaping @Sendable (_ key: String, _ seed: Int) -> String) {
      self.keys = keys
      self.hashes = keys.map(RenderNode.hash)
      self.text = text
    }
  }

  /// The number the texts are made from.
  public let seed: Int
  /// The keys and how their texts are made.
  public let kind: Kind

  /// A level of `kind` for `seed`.
  public init(_ seed: Int, kind: Kind) {
    self.seed = seed
    self.kind = kind
  }

  /// The text of `key`, or `nil` when this kind has no such key.
  public subscript(key: String) -> String? {
    kind.keys.contains(key) ? kind.text(key, seed) : nil
  }

  /// The value of `key`, whose ``RenderNode/hash(_:)`` is `hash`; `nil` when this kind has no such key.
  func value(_ key: String, hash: UInt64) -> RenderValue? {
    Self.value(seed: seed, kind: kind, key, hash: hash)
  }

  /// The value of `key` (hash `hash`) of the level of `kind` for `seed`.
  static func value(seed: Int, kind: Kind, _ key: String, hash: UInt64) -> RenderValue? {
    for index in kind.hashes.indices where kind.hashes[index] == hash && kind.keys[index] == key {
      return .text(kind.text(key, seed))
    }
    return nil
  }
}
