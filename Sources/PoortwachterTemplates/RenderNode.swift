import Foundation

/// One level of the render context: an explicit list of keys and values that templates read.
///
/// Levels are small (a few to a few dozen keys) and are built once per dossier, so they are a
/// plain list searched by a precomputed key hash rather than a dictionary: cheaper to build, and a
/// lookup compares integers until the key is found. The literal a level is made from is kept as it
/// is (no copy of its keys and values), with the keys' hashes after it in the same allocation; a
/// level is one reference, so handing one on costs one reference count.
///
/// Unchecked `Sendable`: the storage is written once, when the level is made, and only read after.
public struct RenderNode: @unchecked Sendable {
  /// The keys and values of a level.
  struct Header {
    /// The first (most often the only) group, in the order given.
    let pairs: KeyValuePairs<String, RenderValue>
    /// The further groups of a level made of several.
    let more: [KeyValuePairs<String, RenderValue>]
    /// The number of keys over all groups.
    let count: Int

    /// The value of the key at `index` (over all groups) when that key is `key`.
    func value(at index: Int, ifKey key: String) -> RenderValue? {
      var offset = index
      if offset < pairs.count { return pairs[offset].key == key ? pairs[offset].value : nil }
      offset -= pairs.count
      for group in more {
        if offset < group.count { return group[offset].key == key ? group[offset].value : nil }
        offset -= group.count
      }
      return nil
    }

    /// Every key and value, over all groups in order.
    var allPairs: [(key: String, value: RenderValue)] { ([pairs] + more).flatMap { $0.map { $0 } } }
  }

  /// The header, followed by the ``hash(_:)`` of every key (over all groups, in order).
  private let storage: ManagedBuffer<Header, UInt64>

  /// A level from a literal: `RenderNode(["naam": .text(naam), "datum": date])`.
  public init(_ pairs: KeyValuePairs<String, RenderValue>) {
    storage = Self.storage(pairs, more: [])
  }

  /// A level made of several groups of keys; for a key in more than one group, the first wins.
  public init(_ groups: [KeyValuePairs<String, RenderValue>]) {
    storage = Self.storage(groups.first ?? [:], more: Array(groups.dropFirst()))
  }

  private static func storage(
    _ pairs: KeyValuePairs<String, RenderValue>, more: [KeyValuePairs<String, RenderValue>]
  ) -> ManagedBuffer<Header, UInt64> {
    var count = pairs.count
    for group in more { count += group.count }
    let storage = ManagedBuffer<Header, UInt64>.create(minimumCapacity: count) { _ in
      Header(pairs: pairs, more: more, count: count)
    }
    storage.withUnsafeMutablePointerToElements { hashes in
      // By index, so only each key is read (no key or value is copied).
      for index in 0..<pairs.count { (hashes + index).initialize(to: hash(pairs[index].key)) }
      var start = pairs.count
      for group in more {
        for index in 0..<group.count { (hashes + start + index).initialize(to: hash(group[index].key)) }
        start += group.count
      }
    }
    return storage
  }

  /// The value of `key`, whose ``hash(_:)`` is `hash`; `nil` when this level has no such key.
  func value(_ key: String, hash: UInt64) -> RenderValue? {
    Self.value(in: storage, key, hash: hash)
  }

  /// The storage of this level without a reference count, for a lookup by `value(in:_:hash:)`
  /// while the caller keeps the level alive (the renderer's context stack holds it).
  var unretained: Unmanaged<ManagedBuffer<Header, UInt64>> { .passUnretained(storage) }

  /// The value of `key` in the level whose storage is `level`; the caller keeps that level alive.
  static func value(in level: Unmanaged<ManagedBuffer<Header, UInt64>>, _ key: String, hash: UInt64)
    -> RenderValue?
  {
    level._withUnsafeGuaranteedRef { value(in: $0, key, hash: hash) }
  }

  private static func value(in storage: ManagedBuffer<Header, UInt64>, _ key: String, hash: UInt64)
    -> RenderValue?
  {
    storage.withUnsafeMutablePointers { header, hashes in
      let count = header.pointee.count
      var index = 0
      while index < count {
        if hashes[index] == hash, let value = header.pointee.value(at: index, ifKey: key) { return value }
        index += 1
      }
      return nil
    }
  }

  /// The keys of this level, in the order given.
  public var keys: [String] { storage.header.allPairs.map(\.key) }

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
    for entry in storage.header.allPairs {
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
