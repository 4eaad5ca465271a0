import Foundation

/// A value in a render context: what a Mustache tag can find.
///
/// The context is typed, so rendering needs no dynamic casts: a template reads text, a flag, a
/// number (only from a function such as `count(lijst)`), a nested level, a list of levels, or
/// ``absent`` (an optional value that is not there: it renders as empty text, is false in a
/// section, and stops the lookup, so an absent `datum` never picks up a `datum` of an enclosing level).
public enum RenderValue: Sendable {
  /// Text; escaped when written with `{{naam}}`.
  case text(String)
  /// A yes/no value: a section renders once when true.
  case flag(Bool)
  /// A whole number, the result of a function such as `count(lijst)` or `index()`.
  case number(Int)
  /// A nested level of the context.
  case node(RenderNode)
  /// A list: a section renders once per element.
  case list([RenderNode])
  /// A level whose texts are made only when a template reads one of its keys, such as a date with
  /// `iso`, `tekst` and `kort` (see ``LazyLevel``).
  case lazy(LazyLevel)
  /// An optional value that is not there.
  case absent

  /// Text, or ``absent`` for `nil`.
  public static func optional(_ text: String?) -> RenderValue { text.map(RenderValue.text) ?? .absent }

  /// A nested level, or ``absent`` for `nil`.
  public static func optional(_ node: RenderNode?) -> RenderValue { node.map(RenderValue.node) ?? .absent }

  /// Applies a template function (`count(lijst)`, `plusone(index())`, `uppercased(naam)`):
  /// `nil` when the function does not apply to this kind of value.
  func applying(_ function: TemplateFunction) -> RenderValue? {
    switch (self, function) {
    case (.text(let text), .empty): .flag(text.isEmpty)
    case (.text(let text), .uppercased): .text(text.uppercased())
    case (.text(let text), .lowercased): .text(text.lowercased())
    case (.text(let text), .capitalized): .text(text.capitalized)
    case (.text(let text), .reversed): .text(String(text.reversed()))
    case (.list(let items), .first): items.first.map(RenderValue.node)
    case (.list(let items), .last): items.last.map(RenderValue.node)
    case (.list(let items), .count): .number(items.count)
    case (.list(let items), .empty): .flag(items.isEmpty)
    case (.list(let items), .reversed): .list(items.reversed())
    case (.number(let value), .plusone): .number(value &+ 1)
    case (.number(let value), .minusone): .number(value &- 1)
    case (.number(let value), .equalzero): .flag(value == 0)
    case (.number(let value), .even): .flag(value & 1 == 0)
    case (.number(let value), .odd): .flag(value & 1 == 1)
    default: nil
    }
  }

  /// A key of a level (`.node` or `.lazy`); `nil` when this value has no such key.
  /// `hash` is the key's ``RenderNode/hash(_:)``.
  @inline(__always)
  func child(_ key: String, hash: UInt64) -> RenderValue? {
    switch self {
    case .node(let node): node.value(key, hash: hash)
    case .lazy(let level): level.value(key, hash: hash)
    default: nil
    }
  }

  /// Where a lookup finds the keys of a level, as plain values that copy without a reference
  /// count; valid only while the value it came from is kept alive (see ``lookupTarget``).
  enum LookupTarget {
    case none
    case node(Unmanaged<ManagedBuffer<RenderNode.Header, UInt64>>)
    case lazy(seed: Int, kind: Unmanaged<LazyLevel.Kind>)
  }

  /// This value's keys for a lookup, without a reference count: the renderer looks up a name in
  /// the levels of its context stack, which holds them, so it need not retain each level it passes.
  var lookupTarget: LookupTarget {
    switch self {
    case .node(let node): .node(node.unretained)
    case .lazy(let level): .lazy(seed: level.seed, kind: .passUnretained(level.kind))
    default: .none
    }
  }

  /// The value of `key` (hash `hash`) in `target`; the caller keeps the level alive.
  static func child(of target: LookupTarget, _ key: String, hash: UInt64) -> RenderValue? {
    switch target {
    case .none: nil
    case .node(let storage): RenderNode.value(in: storage, key, hash: hash)
    case .lazy(let seed, let kind):
      kind._withUnsafeGuaranteedRef { LazyLevel.value(seed: seed, kind: $0, key, hash: hash) }
    }
  }

  /// Whether this value has keys (a level), so a lookup that misses here goes on outwards.
  var hasKeys: Bool {
    switch self {
    case .node, .lazy: true
    default: false
    }
  }

}

extension RenderValue: ExpressibleByStringLiteral {
  /// Text from a literal: `"ja"`.
  public init(stringLiteral value: String) { self = .text(value) }
}

extension RenderValue: ExpressibleByBooleanLiteral {
  /// A flag from a literal: `true`.
  public init(booleanLiteral value: Bool) { self = .flag(value) }
}
