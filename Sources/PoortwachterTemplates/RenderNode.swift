import Foundation

/// One level of the render context: an explicit list of keys and values that templates read.
///
/// Levels are small (a few to a few dozen keys) and are built once per dossier, so they are a
/// plain list searched by a precomputed key hash rather than a dictionary: cheaper to build, and a
/// lookup compares integers until the key is found.
public struct RenderNode: Sendable {
  /// One key and its value.
  struct Entry: Sendable {
    let hash: UInt64
    let key: String
    let value: RenderValue
  }

  /// The keys of this level, in the order given.
  let entries: [Entry]

  /// A level from a literal: `RenderNode(["naam": .text(naam), "datum": date])`.
  public init(_ pairs: KeyValuePairs<String, RenderValue>) {
    entries = pairs.map { Entry(hash: Self.hash($0.key), key: $0.key, value: $0.value) }
  }

  /// A level made of several groups of keys; for a key in more than one group, the first wins.
  public init(_ groups: [KeyValuePairs<String, RenderValue>]) {
    entries = groups.flatMap { group in
      group.map { Entry(hash: Self.hash($0.key), key: $0.key, value: $0.value) }
    }
  }

  /// The value of `key`, whose ``hash(_:)`` is `hash`; `nil` when this level has no such key.
  func value(_ key: String, hash: UInt64) -> RenderValue? {
    // By index, so the scan reads hashes and never copies (retains) an entry it passes.
    entries.withUnsafeBufferPointer { entries in
      for index in entries.indices where entries[index].hash == hash && entries[index].key == key {
        return entries[index].value
      }
      return nil
    }
  }

  /// The keys of this level, in the order given.
  public var keys: [String] { entries.map(\.key) }

  /// The value of `key`, or `nil`.
  public subscript(key: String) -> RenderValue? { value(key, hash: Self.hash(key)) }

  /// A hash of the key's UTF-8, computed once per key of a level and once per name in a template;
  /// equal hashes are confirmed by comparing the keys. Reads eight bytes at a time: keys are short.
  static func hash(_ key: String) -> UInt64 {
    if let hash = key.utf8.withContiguousStorageIfAvailable({ hash($0) }) { return hash }
    return Array(key.utf8).withUnsafeBufferPointer { hash($0) }
  }

  /// The hash of UTF-8 bytes (see `hash(_:)` of a key).
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
    var index = 0
    guard let base = bytes.baseAddress else { return hash }
    let raw = UnsafeRawPointer(base)
    while index + 8 <= bytes.count {
      let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
      hash = (hash ^ word) &* multiplier
      hash ^= hash >> 32
      index += 8
    }
    if index < bytes.count {
      var word: UInt64 = 0
      var shift: UInt64 = 0
      while index < bytes.count {
        word |= UInt64(bytes[index]) << shift
        shift += 8
        index += 1
      }
      hash = (hash ^ word) &* multiplier
      hash ^= hash >> 32
    }
    return hash
  }

  /// Every key of this level and the levels below it.
  func allKeys(into keys: inout Set<String>) {
    for entry in entries {
      keys.insert(entry.key)
      switch entry.value {
      case .node(let node): node.allKeys(into: &keys)
      case .list(let nodes): for node in nodes { node.allKeys(into: &keys) }
      case .lazy(let level): keys.formUnion(level.kind.keys)
      default: break
      }
    }
  }
}
