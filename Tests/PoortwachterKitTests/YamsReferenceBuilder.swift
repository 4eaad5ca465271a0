import Yams

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The YAML loader as it was before it read libyaml's events itself: Yams composes a node tree,
/// which is then converted with a budget for aliases. Kept as the reference the event composer
/// (``YAMLTreeBuilder``) must agree with, tree for tree and message for message.
enum YamsReferenceBuilder {
  /// The most nodes aliases may add (a real case uses none).
  static let nodeBudget = 50_000
  /// The deepest nesting accepted (a real case nests about five levels).
  static let maxDepth = 40

  /// Builds the tree, or records diagnostics in `bag` and returns `nil`.
  static func build(_ text: String, bag: DiagnosticBag) throws -> SourceNode? {
    let scan = YAMLPreScan.scan(text)
    if let problem = scan.problem {
      try bag.add(problem.code, at: problem.location, problem.message)
      return nil
    }
    let root: Node?
    do {
      // The basic resolver tags every scalar as text: the decoder reads raw scalars itself, and
      // skipping Yams' regex-based tag resolution (also run to hash every key) halves parse time.
      // The encoding is given explicitly: Yams' default reads the whole process environment on
      // every call (for YAMS_DEFAULT_ENCODING), which cost about 6% of a load. Swift strings are
      // UTF-8, so `.utf8` is what that default picks.
      root = try Yams.compose(yaml: text, .basic, .default, .utf8)
    } catch let error as YamlError {
      let (location, message) = YAMLErrorMessage.describe(syntaxError(error), text: text)
      try bag.add("invoer.yaml-syntax", at: location, message)
      return nil
    }
    guard let root else {
      try bag.add("invoer.leeg", at: nil, "het bestand bevat geen YAML-document")
      return nil
    }
    var budget = Budget(seen: scan.mayHaveAnchors ? [] : nil)
    do {
      return try convert(root, depth: 0, budget: &budget, expanded: false)
    } catch let overflow as Overflow {
      try bag.add("invoer.te-groot", at: overflow.location, overflow.message)
      return nil
    }
  }

  /// Nodes aliases may still add, and the positions walked so far (only when aliases are possible).
  private struct Budget {
    var remaining = nodeBudget
    var seen: Set<Position>?

    struct Position: Hashable {
      let line: Int
      let column: Int
    }

    /// Whether `node` is reached through an alias: inside an expansion, or at a position walked before.
    mutating func isExpansion(_ node: Node, parentExpanded: Bool) -> Bool {
      if parentExpanded { return true }
      guard seen != nil, let mark = node.mark else { return false }
      return seen?.insert(Position(line: mark.line, column: mark.column)).inserted == false
    }
  }

  private struct Overflow: Error {
    let location: SourceLocation
    let message: String
  }

  /// The Yams error as the event composer reports it.
  static func syntaxError(_ error: YamlError) -> YAMLSyntaxError {
    func context(_ context: YamlError.Context?) -> YAMLSyntaxError.Context? {
      context.map { .init(text: $0.text, location: location($0.mark)) }
    }
    switch error {
    case .reader(let problem, _, _, _):
      return YAMLSyntaxError(stage: .reader, context: nil, problem: problem, location: .start)
    case .scanner(let found, let problem, let mark, _):
      return YAMLSyntaxError(
        stage: .scanner, context: context(found), problem: problem, location: location(mark))
    case .parser(let found, let problem, let mark, _):
      return YAMLSyntaxError(
        stage: .parser, context: context(found), problem: problem, location: location(mark))
    case .composer(let found, let problem, let mark, _):
      return YAMLSyntaxError(
        stage: .composer, context: context(found), problem: problem, location: location(mark))
    case .duplicatedKeysInMapping(let duplicates, let found):
      return YAMLSyntaxError(
        stage: .duplicateKeys, context: nil, problem: "duplicate keys", location: location(found.mark),
        // Yams names a list or mapping key "<uncovertable>"; the composer names it in Dutch.
        duplicates: duplicates.map { $0 == "<uncovertable>" ? YAMLSyntaxError.complexKeyName : $0 })
    default:
      return YAMLSyntaxError(stage: .other, context: nil, problem: "", location: .start)
    }
  }

  static func location(_ mark: Mark?) -> SourceLocation {
    guard let mark else { return .start }
    return SourceLocation(line: mark.line, column: mark.column)
  }

  private static func convert(_ node: Node, depth: Int, budget: inout Budget, expanded: Bool) throws
    -> SourceNode
  {
    let here = location(node.mark)
    let expanded = budget.isExpansion(node, parentExpanded: expanded)
    if expanded {
      budget.remaining -= 1
      guard budget.remaining >= 0 else {
        throw Overflow(
          location: here,
          message: "aliassen (*naam) laten het document groeien met meer dan \(nodeBudget) waarden "
            + "(een alias-bom?); gebruik geen geneste aliassen")
      }
    }
    guard depth <= maxDepth else {
      throw Overflow(location: here, message: "het document is dieper dan \(maxDepth) niveaus genest")
    }
    switch node {
    case .scalar(let scalar):
      if scalar.style == .plain, isNull(scalar.string) { return SourceNode(.null, at: here) }
      return SourceNode(.scalar(scalar.string), at: here)
    case .mapping(let mapping):
      var entries: [SourceNode.Entry] = []
      entries.reserveCapacity(mapping.count)
      // By index: iterating a Node.Mapping first copies all its pairs into a new array.
      var index = mapping.startIndex
      while index != mapping.endIndex {
        let (key, value) = mapping[index]
        index = mapping.index(after: index)
        if expanded { budget.remaining -= 1 }
        let keyText: String
        let keyLocation: SourceLocation
        if case .scalar(let scalar) = key {
          keyText = scalar.string
          keyLocation = location(scalar.mark)
        } else {
          keyText = "?"
          keyLocation = location(key.mark)
        }
        let converted = try convert(value, depth: depth + 1, budget: &budget, expanded: expanded)
        entries.append(.init(key: keyText, keyLocation: keyLocation, value: converted))
      }
      return SourceNode(.mapping(entries), at: here)
    case .sequence(let sequence):
      var items: [SourceNode] = []
      items.reserveCapacity(sequence.count)
      for item in sequence {
        items.append(try convert(item, depth: depth + 1, budget: &budget, expanded: expanded))
      }
      return SourceNode(.sequence(items), at: here)
    case .alias:
      return SourceNode(.null, at: here)
    }
  }

  /// The plain scalars YAML reads as null: empty, `~`, `null`, `Null` and `NULL`.
  private static func isNull(_ text: String) -> Bool {
    switch text {
    case "", "~", "null", "Null", "NULL": return true
    default: return false
    }
  }
}
