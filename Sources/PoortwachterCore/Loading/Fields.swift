/// The values of one mapping in a case file, read with type checks and positions.
///
/// Every reader reports problems to the context's bag and returns `nil` (or an empty list), so
/// decoding continues and all problems of a file are found in one run.
struct Fields {
  let context: DecodeContext
  let path: FieldPath
  let node: SourceNode
  /// The allowed keys found, each once, in file order.
  let values: [Value]
  /// The text keys of this mapping in ``FormatCatalogue`` with how each is screened.
  let textKeys: [String: FormatKey.Screening]?

  /// A key and its value node.
  struct Value {
    let key: String
    let node: SourceNode
  }

  /// The value node of `key`, if present.
  private func value(_ key: String) -> SourceNode? {
    values.first { $0.key == key }?.node
  }

  /// The value node of `key`, reporting it when required and missing or empty.
  func node(_ key: String, required: Bool = false) throws -> SourceNode? {
    let value = value(key)
    if let value, case .null = value.content {
      if required {
        try context.bag.add(
          "invoer.ontbreekt", at: value.location,
          "'\(path.appending(key).display)' is leeg; vul een waarde in")
      }
      return nil
    }
    if value == nil, required {
      try context.bag.add(
        "invoer.ontbreekt", at: node.location,
        "'\(path.appending(key).display)' ontbreekt; deze sleutel is verplicht: voeg '\(key)' "
          + (path == .root ? "bovenaan toe" : "toe onder '\(path.display)'"))
    }
    return value
  }

  /// Text, trimmed; empty text counts as absent.
  func string(_ key: String, required: Bool = false) throws -> String? {
    guard let value = try node(key, required: required) else { return nil }
    let at = path.appending(key)
    guard let text = try context.text(value, at)?.quicklyTrimmed, !text.isEmpty else { return nil }
    recordText(text, key: key, at: at)
    return text
  }

  /// Records `text`, read at `path` for `key` (an item of a text list has its own path), when
  /// `key` is a text key of the format: the texts the privacy rules screen (``LoadedCase/freeTexts``).
  func recordText(_ text: String, key: String, at path: FieldPath) {
    guard let screening = textKeys?[key] else { return }
    context.record(FreeText(path: path, value: text, screening: screening))
  }

  /// `origineel` (or `key`, such as `bewijs`): the path of a signed original. Present but empty is
  /// an input error, not "no original": the pack would otherwise print a document the case file
  /// says is signed.
  func original(_ key: String = "origineel") throws -> String? {
    guard let value = value(key) else { return nil }
    if let text = try string(key) { return text }
    let blank: Bool
    switch value.content {
    case .null: blank = true
    case .scalar(let text): blank = text.quicklyTrimmed.isEmpty
    case .mapping, .sequence: blank = false
    }
    if blank {
      try context.bag.add(
        "invoer.origineel", at: value.location,
        "'\(path.appending(key).display)' is leeg; geef het pad van het ondertekende bestand "
          + "(bijv. bijlagen/pa.pdf) of laat de sleutel weg")
    }
    return nil
  }

  /// A date `YYYY-MM-DD`.
  func date(_ key: String, required: Bool = false) throws -> CivilDate? {
    guard let value = try node(key, required: required) else { return nil }
    return try context.date(value, path.appending(key))
  }

  /// `true` or `false`.
  func bool(_ key: String) throws -> Bool? {
    guard let value = try node(key), let text = try context.text(value, path.appending(key)) else {
      return nil
    }
    switch text.quicklyTrimmed.lowercased() {
    case "true": return true
    case "false": return false
    default:
      try context.bag.add(
        "invoer.type", at: value.location,
        "'\(path.appending(key).display)' moet true of false zijn, gevonden '\(text)'")
      return nil
    }
  }

  /// A number of hours or weeks; `whole` demands an integer.
  func number(_ key: String, whole: Bool = false, required: Bool = false) throws -> Double? {
    guard let value = try node(key, required: required),
      let text = try context.text(value, path.appending(key))?.quicklyTrimmed
    else { return nil }
    if let number = Double(text), number.isFinite, number >= 0, !whole || number == number.rounded() {
      return number
    }
    let hint = text.contains(",") ? " (gebruik een punt als decimaalteken)" : ""
    try context.bag.add(
      "invoer.type", at: value.location,
      "'\(path.appending(key).display)' moet een \(whole ? "geheel " : "")getal van 0 of meer zijn, "
        + "gevonden '\(text)'\(hint)")
    return nil
  }

  /// One value of a closed set.
  func choice<E: RawRepresentable & CaseIterable>(
    _ key: String, _ type: E.Type, required: Bool = false
  ) throws -> E? where E.RawValue == String {
    guard let value = try node(key, required: required),
      let text = try context.text(value, path.appending(key))?.quicklyTrimmed
    else { return nil }
    if let parsed = E(rawValue: text) { return parsed }
    let allowed = E.allCases.map(\.rawValue)
    var message = "'\(path.appending(key).display)' heeft onbekende waarde '\(text)'"
    if let suggestion = KeySuggestion.nearest(to: text, in: allowed) {
      message += " (bedoelde u '\(suggestion)'?)"
    }
    try context.bag.add(
      "invoer.waarde", at: value.location, message + "; toegestaan: \(allowed.joined(separator: ", "))")
    return nil
  }

  /// A nested mapping with its own allowed keys.
  func object<T>(
    _ key: String, keys: [String], required: Bool = false, _ decode: (Fields) throws -> T?
  ) throws -> T? {
    guard let value = try node(key, required: required),
      let fields = try context.fields(value, path.appending(key), keys: keys)
    else { return nil }
    return try decode(fields)
  }

  /// A list; in XML each item is a child element named `item`.
  func list<T>(_ key: String, item: String, _ decode: (SourceNode, FieldPath) throws -> T?) throws -> [T] {
    guard let value = try node(key) else { return [] }
    let listPath = path.appending(key)
    context.sourceMap.record(listPath, value.location)
    guard let items = value.sequenceItems else {
      try context.bag.add(
        "invoer.type", at: value.location,
        "'\(listPath.display)' moet een lijst zijn (regels die met '- ' beginnen), "
          + "gevonden: \(value.kindDescription)")
      return []
    }
    var result: [T] = []
    for (index, element) in items.enumerated() {
      if let name = element.elementName, name != item {
        try context.bag.add(
          "invoer.onbekende-sleutel", at: element.location,
          "element '\(name)' in '\(listPath.display)'; elk item heet <\(item)>")
        continue
      }
      if let decoded = try decode(element, listPath.item(index)) { result.append(decoded) }
    }
    return result
  }

  /// A list of texts (empty items dropped); in XML each item is a child element named `item`.
  func texts(_ key: String, item: String) throws -> [String] {
    try list(key, item: item) { node, path in
      guard let text = try context.text(node, path)?.quicklyTrimmed, !text.isEmpty else { return nil }
      recordText(text, key: key, at: path)
      return text
    }
  }

  /// A list of mappings with the given keys.
  func records<T>(_ key: String, item: String, keys: [String], _ decode: (Fields) throws -> T?) throws -> [T]
  {
    try list(key, item: item) { element, itemPath in
      guard let fields = try context.fields(element, itemPath, keys: keys) else { return nil }
      return try decode(fields)
    }
  }

  /// Where `key` stands (its value), or the mapping itself when absent.
  func location(of key: String) -> SourceLocation { value(key)?.location ?? node.location }
}
