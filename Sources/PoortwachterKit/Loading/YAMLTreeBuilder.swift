import Yams

/// Turns YAML text into a ``SourceNode`` tree, defending against hostile input.
///
/// Yams composes aliases by sharing nodes, so an alias bomb is cheap to compose but
/// exponential to walk: the walk here has a node budget. Deep flow nesting would overflow the
/// composer's recursion, so ``YAMLPreScan`` rejects it before Yams sees the text.
enum YAMLTreeBuilder {
  /// The most nodes a case file may expand to (a real case has a few hundred).
  static let nodeBudget = 50_000
  /// The deepest nesting accepted (a real case nests about five levels).
  static let maxDepth = 40

  /// Builds the tree, or records diagnostics in `bag` and returns `nil`.
  static func build(_ text: String, bag: DiagnosticBag) throws -> SourceNode? {
    if let problem = YAMLPreScan.problem(in: text) {
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
      let (location, message) = describe(error)
      try bag.add("invoer.yaml-syntax", at: location, message)
      return nil
    }
    guard let root else {
      try bag.add("invoer.leeg", at: nil, "het bestand bevat geen YAML-document")
      return nil
    }
    var budget = nodeBudget
    do {
      return try convert(root, depth: 0, budget: &budget)
    } catch let overflow as Overflow {
      try bag.add("invoer.te-groot", at: overflow.location, overflow.message)
      return nil
    }
  }

  private struct Overflow: Error {
    let location: SourceLocation
    let message: String
  }

  private static func location(_ mark: Mark?) -> SourceLocation {
    guard let mark else { return .start }
    return SourceLocation(line: mark.line, column: mark.column)
  }

  private static func convert(_ node: Node, depth: Int, budget: inout Int) throws -> SourceNode {
    budget -= 1
    let here = location(node.mark)
    guard budget >= 0 else {
      throw Overflow(
        location: here,
        message: "het document groeit boven \(nodeBudget) waarden uit (een alias-bom?); "
          + "gebruik geen geneste aliassen (*naam)")
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
        budget -= 1
        let keyText: String
        let keyLocation: SourceLocation
        if case .scalar(let scalar) = key {
          keyText = scalar.string
          keyLocation = location(scalar.mark)
        } else {
          keyText = "?"
          keyLocation = location(key.mark)
        }
        let converted = try convert(value, depth: depth + 1, budget: &budget)
        entries.append(.init(key: keyText, keyLocation: keyLocation, value: converted))
      }
      return SourceNode(.mapping(entries), at: here)
    case .sequence(let sequence):
      var items: [SourceNode] = []
      items.reserveCapacity(sequence.count)
      for item in sequence { items.append(try convert(item, depth: depth + 1, budget: &budget)) }
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

  /// Dutch message and position for a Yams error.
  static func describe(_ error: YamlError) -> (SourceLocation?, String) {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return (location(mark), "YAML-syntaxfout: " + translate(problem))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
      return (location(context.mark), "sleutel \(keys) staat meer dan eens in dezelfde mapping; houd er één")
    case .reader(let problem, _, _, _):
      return (nil, "het bestand kan niet als YAML-tekst gelezen worden: \(problem)")
    default:
      return (nil, "het bestand kan niet als YAML gelezen worden")
    }
  }

  private static let translations: [(String, String)] = [
    (
      "mapping values are not allowed",
      "':' op een plek waar geen sleutel kan staan; "
        + "zet tekst met ': ' erin tussen aanhalingstekens of controleer de inspringing"
    ),
    ("did not find expected key", "hier werd een sleutel verwacht; controleer de inspringing"),
    ("did not find expected ',' or ']'", "verwachtte ',' of ']' in de lijst"),
    ("did not find expected ',' or '}'", "verwachtte ',' of '}' in de mapping"),
    ("tab character", "tab gebruikt voor inspringing; gebruik spaties"),
    (
      "found character that cannot start any token",
      "dit teken kan hier geen waarde beginnen "
        + "(een tab, '@' of '`'?); zet de waarde tussen aanhalingstekens"
    ),
    (
      "unexpected end of stream",
      "onverwacht einde van het bestand; ontbreekt een afsluitend "
        + "aanhalingsteken of haakje?"
    ),
    ("found undefined alias", "onbekende alias; het anker (&naam) is niet gedefinieerd"),
    (
      "block sequence entries are not allowed",
      "'- ' (lijstitem) op een plek waar geen lijst "
        + "kan beginnen; controleer de inspringing"
    ),
    ("could not find expected ':'", "verwachtte ':' na de sleutel"),
    (
      "but found another document",
      "het bestand bevat meer dan één YAML-document ('---'); "
        + "zet elke casus in een eigen bestand"
    ),
    ("did not find expected node content", "hier ontbreekt een waarde"),
    ("did not find expected <document start>", "onverwachte inhoud na het document"),
    (
      "did not find expected '-' indicator",
      "verwachtte een lijstitem ('- '); "
        + "controleer de inspringing"
    ),
  ]

  private static func translate(_ problem: String) -> String {
    translations.first { problem.contains($0.0) }?.1 ?? problem
  }
}
