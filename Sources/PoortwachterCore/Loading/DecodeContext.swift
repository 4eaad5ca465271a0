/// State of one decode: the diagnostics, the source map and every date read (for the
/// plausibility checks). Belongs to one load of one file.
final class DecodeContext {
  let bag: DiagnosticBag
  var sourceMap = SourceMap()
  private(set) var dates: [(path: FieldPath, date: CivilDate)] = []
  /// Every text read at a text field of ``FormatCatalogue``, in file order.
  private(set) var freeTexts: [FreeText] = []
  /// When set, every mapping read records its accepted keys here, by path pattern
  /// (`evaluaties[].opgesteld_door`); see ``KeyCatalogue``.
  var acceptedKeys: [String: [String]]?

  init(bag: DiagnosticBag) {
    self.bag = bag
    sourceMap.reserveCapacity(128)
  }

  func recordDate(_ date: CivilDate, at path: FieldPath) { dates.append((path, date)) }

  /// Records a text read at a text field of the format (see ``Fields/recordText(_:key:at:)``).
  func record(_ text: FreeText) { freeTexts.append(text) }

  /// Reads `node` as a mapping with exactly the allowed `keys`; reports unknown and duplicate
  /// keys. Returns `nil` (after reporting) when the node is not a mapping.
  func fields(_ node: SourceNode, _ path: FieldPath, keys: [String]) throws -> Fields? {
    sourceMap.record(path, node.location)
    acceptedKeys?[path.pattern] = keys
    let entries: [SourceNode.Entry]
    switch node.content {
    case .mapping(let found): entries = found
    case .null where node.elementName != nil: entries = []
    default:
      try bag.add(
        "invoer.type", at: node.location,
        "'\(path.display)' moet sleutels met waarden bevatten (\(keys.prefix(4).joined(separator: ", "))"
          + "\(keys.count > 4 ? ", …" : "")), gevonden: \(node.kindDescription)")
      return nil
    }
    // A mapping has a handful of keys: a list searched in order is cheaper than hashing them.
    var values: [Fields.Value] = []
    values.reserveCapacity(entries.count)
    for entry in entries {
      guard keys.contains(entry.key) else {
        try reportUnknown(entry, in: path, keys: keys)
        continue
      }
      if values.contains(where: { $0.key == entry.key }) {
        try bag.add(
          "invoer.dubbele-sleutel", at: entry.keyLocation,
          "'\(entry.key)' staat meer dan eens in '\(path.display)'; houd er één")
        continue
      }
      values.append(Fields.Value(key: entry.key, node: entry.value))
    }
    return Fields(
      context: self, path: path, node: node, values: values,
      textKeys: FormatCatalogue.textKeys(ofMappingAt: path.pattern))
  }

  private func reportUnknown(_ entry: SourceNode.Entry, in path: FieldPath, keys: [String]) throws {
    var message = "onbekende sleutel '\(entry.key)' in '\(path.display)'"
    if let suggestion = KeySuggestion.nearest(to: entry.key, in: keys) {
      message += " (bedoelde u '\(suggestion)'?)"
    }
    message += "; toegestaan: \(keys.joined(separator: ", "))"
    try bag.add("invoer.onbekende-sleutel", at: entry.keyLocation, message)
  }

  /// Reads a scalar as text, reporting a type error for mappings and lists.
  func text(_ node: SourceNode, _ path: FieldPath) throws -> String? {
    sourceMap.record(path, node.location)
    switch node.content {
    case .null: return nil
    case .scalar(let value):
      if TextChecks.mayContainForbidden(value),
        let bad = value.unicodeScalars.first(where: TextChecks.isForbidden)
      {
        try bag.add(
          "invoer.tekens", at: node.location,
          "'\(path.display)' bevat teken U+\(TextChecks.hex(bad.value)), dat een dossier niet kan bevatten; verwijder het"
        )
        return nil
      }
      return value
    case .mapping, .sequence:
      try bag.add(
        "invoer.type", at: node.location,
        "'\(path.display)' moet een enkele waarde zijn, gevonden: \(node.kindDescription)")
      return nil
    }
  }

  /// Reads a date `YYYY-MM-DD`.
  func date(_ node: SourceNode, _ path: FieldPath) throws -> CivilDate? {
    guard let raw = try text(node, path) else { return nil }
    let value = raw.quicklyTrimmed
    if let date = CivilDate(iso: value) {
      guard (1900...2199).contains(date.year) else {
        try bag.add(
          "invoer.datum", at: node.location,
          "'\(path.display)' (\(value)) ligt buiten de jaren 1900 tot en met 2199; controleer het jaartal")
        return nil
      }
      recordDate(date, at: path)
      return date
    }
    try bag.add("invoer.datum", at: node.location, DateMessages.invalid(value, at: path))
    return nil
  }
}
