import PoortwachterCore

/// The ``CaseChange``s a submitted section asks for against the file's current values: only the
/// fields whose value changed, an empty value removing the key, values of new list items and new
/// parts gathered into one new item or mapping, removals last and from the back.
struct FormChanges {
  /// The changes in the order to apply them.
  private(set) var changes: [CaseChange] = []
  /// Fields with a value the form cannot take (not a date, a required field left empty).
  private(set) var problems: [FormMessage] = []

  private var sets: [(EditPath, EditValue)] = []
  private var removals: [EditPath] = []

  /// Compares `submission` with the case file `tree`; `nil` when the submission names no section
  /// of the form.
  init?(_ submission: CaseFormSubmission, tree: CaseFieldTree) {
    let builder = CaseFormBuilder(tree: tree, shown: submission.values, showsValues: false)
    guard let section = builder.sections().first(where: { $0.id == submission.section }) else { return nil }
    let removed = submission.remove.flatMap { Self.removable($0, in: section) }
    if let removed, tree[removed] != nil { removals.append(removed) }
    for field in section.fields where field.readOnlyReason == nil {
      guard let raw = submission.values[field.name] else { continue }
      if let removed, Self.isWithin(field.path, removed) { continue }
      compare(field, Self.normalized(raw, kind: field.kind))
    }
    for element in section.elements { requireFilledNewParts(element, submission, removed: removed) }
    collapseEmptiedGroups(section.elements, tree: tree)
    changes = Self.grouped(sets, tree: tree) + removals.sorted { Self.isAfter($0, $1) }.map { .remove($0) }
  }

  private mutating func compare(_ field: FormField, _ value: String) {
    if value == field.value { return }
    if value.isEmpty {
      guard field.isPresent else { return }
      if field.required {
        problems.append(
          FormMessage(
            path: field.name, text: "'\(field.label)' is verplicht; vul een waarde in",
            location: field.location))
      } else {
        removals.append(field.path)
      }
      return
    }
    switch Self.value(value, kind: field.kind) {
    case .success(let edit): sets.append((field.path, edit))
    case .failure(let error):
      problems.append(FormMessage(path: field.name, text: error.text, location: field.location))
    }
  }

  /// A part that is not in the file yet (a new list item, an absent section) and gets a value:
  /// its required fields must be filled too.
  private mutating func requireFilledNewParts(
    _ element: FormElement, _ submission: CaseFormSubmission, removed: EditPath?
  ) {
    switch element {
    case .field: return
    case .list(let list): for item in list.items { requireFilledNewParts(item, submission, removed: removed) }
    case .group(let group):
      if let removed, Self.isWithin(group.path, removed) { return }
      let touched = sets.contains { Self.isWithin($0.0, group.path) }
      if !group.isPresent && touched {
        for case .field(let field) in group.elements where field.required {
          let value = submission.values[field.name].map { Self.normalized($0, kind: field.kind) } ?? ""
          if value.isEmpty {
            problems.append(
              FormMessage(
                path: field.name,
                text: "'\(field.label)' is verplicht bij een nieuwe \(group.label.lowercased()); "
                  + "vul een waarde in", location: nil))
          }
        }
      }
      for child in group.elements { requireFilledNewParts(child, submission, removed: removed) }
    }
  }

  /// An optional part whose every key is removed is removed as a whole, so no `{}` is left.
  private mutating func collapseEmptiedGroups(_ elements: [FormElement], tree: CaseFieldTree) {
    for element in elements {
      switch element {
      case .field: continue
      case .list(let list): collapseEmptiedGroups(list.items, tree: tree)
      case .group(let group):
        collapseEmptiedGroups(group.elements, tree: tree)
        guard group.isRemovable,
          !group.path.steps.contains(where: { if case .item = $0 { true } else { false } })
        else { continue }
        let present = group.elements.filter { element in
          switch element {
          case .field(let field): return field.isPresent
          case .group(let inner): return inner.isPresent
          case .list(let list): return list.location != nil
          }
        }
        // Only when the file has no other keys there, which would go with the part.
        guard case .mapping(let entries)? = tree[group.path]?.content, entries.count == present.count else {
          continue
        }
        let removesAll =
          !present.isEmpty && present.allSatisfy { removals.contains($0.path) }
          && !sets.contains { Self.isWithin($0.0, group.path) }
        if removesAll {
          removals.removeAll { Self.isWithin($0, group.path) }
          removals.append(group.path)
        }
      }
    }
  }

  /// The path of a list item or optional part of `section` that can be removed, else `nil`.
  private static func removable(_ path: EditPath, in section: FormSection) -> EditPath? {
    func find(_ elements: [FormElement]) -> Bool {
      for element in elements {
        switch element {
        case .field(let field):
          if field.path == path, case .item = path.steps.last { return true }
        case .group(let group):
          if group.path == path { return group.isRemovable }
          if find(group.elements) { return true }
        case .list(let list): if find(list.items) { return true }
        }
      }
      return false
    }
    if section.isRemovable, path == EditPath(steps: [.key(section.id)]) { return path }
    return find(section.elements) ? path : nil
  }

  /// Line breaks as the file writes them; one-line values without surrounding blanks.
  static func normalized(_ raw: String, kind: FormFieldKind) -> String {
    let text = raw.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    return kind == .longText || kind == .text ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The value the editor writes for `text` in a field of kind `kind`, or what is wrong with it.
  static func value(_ text: String, kind: FormFieldKind) -> Result<EditValue, FieldError> {
    switch kind {
    case .text, .longText, .pattern: return .success(.string(text))
    case .date:
      guard let date = CivilDate(iso: text) else {
        return .failure(FieldError("'\(text)' is geen geldige datum; gebruik JJJJ-MM-DD, bijv. 2024-03-01"))
      }
      return .success(.date(date))
    case .number(let whole):
      let dotted = text.replacingOccurrences(of: ",", with: ".")
      if let number = Int(dotted) { return .success(.integer(number)) }
      guard !whole, let number = Double(dotted), number.isFinite,
        dotted.allSatisfy({ $0.isNumber || $0 == "." })
      else {
        return .failure(
          FieldError("'\(text)' is geen \(whole ? "geheel getal" : "getal"); bijv. \(whole ? "3" : "16,5")"))
      }
      return .success(.string(dotted))
    case .flag:
      switch text {
      case "true": return .success(.boolean(true))
      case "false": return .success(.boolean(false))
      default: return .failure(FieldError("kies ja of nee"))
      }
    case .choice(let allowed):
      guard allowed.contains(text) else {
        return .failure(
          FieldError("'\(text)' is geen keuze van dit veld; kies een van: \(allowed.joined(separator: ", "))")
        )
      }
      return .success(.string(text))
    }
  }

  /// The Dutch text of a value a field cannot take.
  struct FieldError: Error {
    let text: String
    init(_ text: String) { self.text = text }
  }

  /// The sets as changes: a value whose parent is in the file is set in place; values under a
  /// part that is not (a new item, an absent mapping) become one new item or mapping.
  static func grouped(_ sets: [(EditPath, EditValue)], tree: CaseFieldTree) -> [CaseChange] {
    var order: [EditPath] = []
    var pending: [EditPath: PendingValue] = [:]
    for (path, value) in sets {
      let missing = firstMissing(path, in: tree)
      guard missing < path.steps.count - 1 else {
        if case .item = path.steps.last, missing == path.steps.count - 1 {
          let root = path
          if pending[root] == nil { order.append(root) }
          pending[root] = .leaf(value)
        } else {
          order.append(path)
          pending[path] = .leaf(value)
        }
        continue
      }
      let root = EditPath(steps: Array(path.steps[...missing]))
      if pending[root] == nil { order.append(root) }
      var node = pending[root] ?? .empty
      node.insert(path.steps[(missing + 1)...], value)
      pending[root] = node
    }
    return order.compactMap { root in
      guard let value = pending[root]?.value else { return nil }
      if case .item = root.steps.last, tree[root] == nil {
        return .append(EditPath(steps: Array(root.steps.dropLast())), value)
      }
      return .set(root, value)
    }
  }

  /// The index of the first step of `path` that the file does not have (`steps.count` when it has all).
  private static func firstMissing(_ path: EditPath, in tree: CaseFieldTree) -> Int {
    for index in path.steps.indices where tree[EditPath(steps: Array(path.steps[...index]))] == nil {
      return index
    }
    return path.steps.count
  }

  /// Whether `path` is `ancestor` or lies below it.
  static func isWithin(_ path: EditPath, _ ancestor: EditPath) -> Bool {
    path.steps.count >= ancestor.steps.count
      && Array(path.steps.prefix(ancestor.steps.count)) == ancestor.steps
  }

  /// Whether `lhs` comes after `rhs` in the file, so it is removed first (list positions compare as numbers).
  private static func isAfter(_ lhs: EditPath, _ rhs: EditPath) -> Bool {
    for (left, right) in zip(lhs.steps, rhs.steps) where left != right {
      switch (left, right) {
      case (.item(let a), .item(let b)): return a > b
      case (.key(let a), .key(let b)): return a > b
      default: return false
      }
    }
    return lhs.steps.count > rhs.steps.count
  }
}

/// A value being gathered for a new item or mapping.
private enum PendingValue {
  case empty
  case leaf(EditValue)
  case mapping([(String, PendingValue)])
  case list([(Int, PendingValue)])

  mutating func insert(_ steps: ArraySlice<EditPath.Step>, _ value: EditValue) {
    guard let step = steps.first else {
      self = .leaf(value)
      return
    }
    let rest = steps.dropFirst()
    switch step {
    case .key(let key):
      var entries: [(String, PendingValue)] = []
      if case .mapping(let existing) = self { entries = existing }
      if let index = entries.firstIndex(where: { $0.0 == key }) {
        entries[index].1.insert(rest, value)
      } else {
        var child = PendingValue.empty
        child.insert(rest, value)
        entries.append((key, child))
      }
      self = .mapping(entries)
    case .item(let number):
      var items: [(Int, PendingValue)] = []
      if case .list(let existing) = self { items = existing }
      if let index = items.firstIndex(where: { $0.0 == number }) {
        items[index].1.insert(rest, value)
      } else {
        var child = PendingValue.empty
        child.insert(rest, value)
        items.append((number, child))
      }
      self = .list(items)
    case .newItem:
      return
    }
  }

  var value: EditValue? {
    switch self {
    case .empty: return nil
    case .leaf(let value): return value
    case .mapping(let entries):
      return .mapping(entries.compactMap { key, child in child.value.map { EditEntry(key, $0) } })
    case .list(let items): return .list(items.sorted { $0.0 < $1.0 }.compactMap(\.1.value))
    }
  }
}
