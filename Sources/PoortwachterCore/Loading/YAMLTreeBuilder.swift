/// Turns YAML text into a ``SourceNode`` tree, defending against hostile input.
///
/// ``YAMLComposer`` builds the tree from libyaml's events; a node reached through an alias shares
/// the anchored node's storage, so an alias bomb is cheap to compose but exponential to walk. A
/// tree with aliases is therefore walked once with a budget for the nodes aliases add (a node
/// whose position was walked before) before anyone else walks it. Without aliases the size of
/// the file bounds the tree. ``YAMLPreScan`` first refuses what the tree cannot represent
/// faithfully: an anchor together with a complex key, and absurdly deep flow nesting.
enum YAMLTreeBuilder {
  /// The most nodes aliases may add (a real case uses none).
  static let nodeBudget = 50_000
  /// The most values (list items and mapping values, keys not counted) a document may have:
  /// a real case has a few hundred to a few thousand. It bounds the memory of the tree.
  static let maxValues = 100_000
  /// The deepest nesting accepted (a real case nests about five levels).
  static let maxDepth = 40

  /// Builds the tree, or records diagnostics in `bag` and returns `nil`.
  static func build(_ text: String, bag: DiagnosticBag) throws -> SourceNode? {
    var utf8 = text
    return try utf8.withUTF8 { bytes in try build(bytes, text: text, bag: bag) }
  }

  private static func build(_ bytes: UnsafeBufferPointer<UInt8>, text: String, bag: DiagnosticBag) throws
    -> SourceNode?
  {
    if let problem = YAMLCharacters.problem(in: bytes) {
      try bag.add("invoer.tekens", at: problem.location, problem.message)
      return nil
    }
    if let problem = YAMLPreScan.scan(bytes).problem {
      try bag.add(problem.code, at: problem.location, problem.message)
      return nil
    }
    let document: YAMLComposer.Document
    do {
      document = try YAMLComposer(maxDepth: maxDepth).compose(bytes)
    } catch {
      let (location, message) = YAMLErrorMessage.describe(error, text: text)
      try bag.add(
        error.stage == .tooManyValues ? "invoer.te-groot" : "invoer.yaml-syntax", at: location, message)
      return nil
    }
    guard let root = document.root else {
      try bag.add("invoer.leeg", at: nil, "het bestand bevat geen YAML-document")
      return nil
    }
    do {
      if let tooDeep = document.tooDeep { throw Overflow.tooDeep(at: tooDeep) }
      if document.hasAliases {
        var budget = Budget()
        try walk(root, depth: 0, budget: &budget, expanded: false)
      }
      return root
    } catch let overflow as Overflow {
      try bag.add("invoer.te-groot", at: overflow.location, overflow.message)
      return nil
    }
  }

  /// Nodes aliases may still add, and the positions walked so far (only when aliases are possible).
  private struct Budget {
    var remaining = nodeBudget
    var seen: Set<SourceLocation> = []

    /// Whether `node` is reached through an alias: inside an expansion, or at a position walked before.
    mutating func isExpansion(_ node: SourceNode, parentExpanded: Bool) -> Bool {
      parentExpanded || !seen.insert(node.location).inserted
    }
  }

  private struct Overflow: Error {
    let location: SourceLocation
    let message: String

    static func tooDeep(at location: SourceLocation) -> Overflow {
      Overflow(location: location, message: "het document is dieper dan \(maxDepth) niveaus genest")
    }
  }

  /// Walks a tree with aliases in document order, as a reader of the tree would, and stops at the
  /// first node past the budget or the depth limit.
  private static func walk(_ node: SourceNode, depth: Int, budget: inout Budget, expanded: Bool) throws {
    let expanded = budget.isExpansion(node, parentExpanded: expanded)
    if expanded {
      budget.remaining -= 1
      guard budget.remaining >= 0 else {
        throw Overflow(
          location: node.location,
          message: "aliassen (*naam) laten het document groeien met meer dan \(nodeBudget) waarden "
            + "(een alias-bom?); gebruik geen geneste aliassen")
      }
    }
    guard depth <= maxDepth else { throw Overflow.tooDeep(at: node.location) }
    switch node.content {
    case .null, .scalar: return
    case .mapping(let entries):
      for entry in entries {
        if expanded { budget.remaining -= 1 }
        try walk(entry.value, depth: depth + 1, budget: &budget, expanded: expanded)
      }
    case .sequence(let items):
      for item in items { try walk(item, depth: depth + 1, budget: &budget, expanded: expanded) }
    }
  }
}
