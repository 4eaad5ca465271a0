import PoortwachterCore

/// Walks ``FormatCatalogue`` alongside a case file's ``CaseFieldTree`` and makes the form parts.
struct CaseFormBuilder {
  let tree: CaseFieldTree
  /// Submitted values shown instead of the file's.
  let shown: [String: String]
  /// Whether fields show the submitted values (else only the rows of new items are added).
  let showsValues: Bool
  /// Per list path, the highest item position a submission names.
  private let requestedItems: [EditPath: Int]

  init(tree: CaseFieldTree, shown: [String: String], showsValues: Bool = true) {
    self.tree = tree
    self.shown = shown
    self.showsValues = showsValues
    var requested: [EditPath: Int] = [:]
    for name in shown.keys {
      guard let path = EditPath(name) else { continue }
      for (index, step) in path.steps.enumerated() {
        if case .item(let number) = step {
          let list = EditPath(steps: Array(path.steps[..<index]))
          requested[list] = max(requested[list] ?? 0, number)
        }
      }
    }
    requestedItems = requested
  }

  func sections() -> [FormSection] {
    let root = FormatCatalogue.root
    var result: [FormSection] = []
    let scalars = root.keys.filter { key in
      switch key.value {
      case .object, .list, .constant: return false
      default: return true
      }
    }
    result.append(
      FormSection(
        id: CaseForm.topSection, label: "Casus", help: root.description,
        elements: scalars.map { element($0, at: EditPath(steps: [.key($0.name)]), parent: tree) },
        isPresent: true, isRemovable: false))
    for key in root.keys {
      let path = EditPath(steps: [.key(key.name)])
      switch key.value {
      case .object(let name):
        guard let object = FormatCatalogue.object(name) else { continue }
        let group = self.group(
          object, at: path, node: tree.entry(key.name)?.value, label: FormAnchor.label(key.name),
          help: key.description, removable: !key.required)
        result.append(
          FormSection(
            id: key.name, label: group.label, help: key.description, elements: group.elements,
            isPresent: group.isPresent, isRemovable: group.isRemovable))
      case .list:
        let element = self.element(key, at: path, parent: tree)
        result.append(
          FormSection(
            id: key.name, label: FormAnchor.label(key.name), help: key.description, elements: [element],
            isPresent: tree.entry(key.name) != nil, isRemovable: false))
      default:
        continue
      }
    }
    return result
  }

  /// The form part for `key` of the mapping `parent` (absent when `parent` is `nil`).
  func element(_ key: FormatKey, at path: EditPath, parent: CaseFieldTree?) -> FormElement {
    let entry = parent?.entry(key.name)
    switch key.value {
    case .object(let name):
      guard let object = FormatCatalogue.object(name) else {
        return .field(field(key, at: path, entry: entry))
      }
      return .group(
        group(
          object, at: path, node: entry?.value, label: FormAnchor.label(key.name), help: key.description,
          removable: !key.required))
    case .list(let name):
      return .list(list(key, at: path, node: entry?.value, object: FormatCatalogue.object(name)))
    case .textList:
      return .list(list(key, at: path, node: entry?.value, object: nil))
    case .textOrObjectList(let name):
      // An item written as a mapping is edited as one; a text item, and a new one, as a text.
      return .list(list(key, at: path, node: entry?.value, object: FormatCatalogue.object(name), mixed: true))
    default:
      return .field(field(key, at: path, entry: entry))
    }
  }

  func group(
    _ object: FormatObject, at path: EditPath, node: CaseFieldTree?, label: String, help: String,
    removable: Bool
  ) -> FormGroup {
    var readOnly: String?
    var mapping: CaseFieldTree? = node
    if let node {
      switch node.content {
      case .mapping, .null: break
      case .scalar, .sequence:
        readOnly =
          "in het bestand staat hier geen mapping (sleutels met waarden); wijzig dit deel met de hand"
        mapping = nil
      }
    }
    let elements = object.keys.map { element($0, at: child(path, $0.name), parent: mapping) }
    return FormGroup(
      path: path, label: label, help: help,
      elements: readOnly == nil ? elements : elements.map(Self.readOnly),
      isPresent: node != nil, isRemovable: removable && node != nil && readOnly == nil,
      readOnlyReason: readOnly, location: node?.location)
  }

  func list(
    _ key: FormatKey, at path: EditPath, node: CaseFieldTree?, object: FormatObject?, mixed: Bool = false
  ) -> FormList {
    let itemLabel =
      object.map { FormAnchor.label($0.name) } ?? Self.singular[key.name] ?? FormAnchor.label(key.name)
    var readOnly: String?
    var items: [CaseFieldTree] = []
    if let node {
      switch node.content {
      case .sequence(let found): items = found
      case .null: break
      case .scalar, .mapping: readOnly = "in het bestand staat hier geen lijst; wijzig deze lijst met de hand"
      }
    }
    // A submission names the rows it added; a number far past the file's items (a crafted form)
    // adds no rows beyond ``FormList/mostNewRows``.
    let requested = min(requestedItems[path] ?? 0, items.count + FormList.mostNewRows)
    let total = readOnly == nil ? max(items.count, requested) : 0
    func element(_ number: Int, _ item: CaseFieldTree?) -> FormElement {
      let itemPath = EditPath(steps: path.steps + [.item(number)])
      let label = "\(itemLabel) \(number)"
      let isMapping: Bool
      if case .mapping? = item?.content { isMapping = true } else { isMapping = false }
      if let object, !mixed || isMapping {
        return .group(
          group(object, at: itemPath, node: item, label: label, help: object.description, removable: true))
      }
      let textKey = FormatKey(key.name, .text, screening: key.screening, key.description)
      return .field(field(textKey, at: itemPath, node: item, label: label, location: item?.location))
    }
    let elements = stride(from: 1, through: total, by: 1).map {
      element($0, $0 <= items.count ? items[$0 - 1] : nil)
    }
    // The blank row a page's script copies; none inside a blank row itself.
    let isBlank = path.steps.contains(.item(FormList.blankNumber))
    return FormList(
      path: path, label: FormAnchor.label(key.name), help: key.description, itemLabel: itemLabel,
      items: elements, itemsInFile: items.count, readOnlyReason: readOnly, location: node?.location,
      blankItem: readOnly == nil && !isBlank ? element(FormList.blankNumber, nil) : nil)
  }

  func field(_ key: FormatKey, at path: EditPath, entry: CaseFieldTree.Entry?) -> FormField {
    field(key, at: path, node: entry?.value, label: FormAnchor.label(key.name), location: entry?.keyLocation)
  }

  func field(
    _ key: FormatKey, at path: EditPath, node: CaseFieldTree?, label: String, location: SourceLocation?
  )
    -> FormField
  {
    var value = ""
    var readOnly: String?
    switch node?.content {
    case .scalar(let text)?: value = text
    case .mapping?, .sequence?:
      readOnly =
        "in het bestand staat hier een lijst of mapping, geen enkele waarde; wijzig dit veld met de hand"
    case .null?, nil: break
    }
    let made = FormField(
      path: path, label: label, help: key.description, kind: Self.kind(key, value: value),
      required: key.required, value: value, isPresent: node != nil, readOnlyReason: readOnly,
      location: location)
    if showsValues, readOnly == nil, let submitted = shown[path.description] {
      return made.showing(submitted)
    }
    return made
  }

  /// The field kind of `key`, a long text also for any text the file writes over several lines.
  static func kind(_ key: FormatKey, value: String) -> FormFieldKind {
    switch key.value {
    case .date: return .date
    case .number(let whole, _, _): return .number(whole: whole)
    case .flag: return .flag
    case .choice(let values): return .choice(values)
    case .pattern(_, let meaning): return .pattern(meaning)
    case .text, .textList, .textOrObjectList, .constant, .object, .list:
      if value.contains("\n") { return .longText }
      let short = key.screening == .label || key.screening == .address
      return short || ["naam", "postcode", "origineel", "bewijs"].contains(key.name) ? .text : .longText
    }
  }

  private func child(_ path: EditPath, _ key: String) -> EditPath {
    EditPath(steps: path.steps + [.key(key)])
  }

  private static func readOnly(_ element: FormElement) -> FormElement {
    guard case .field(let field) = element else { return element }
    return .field(
      FormField(
        path: field.path, label: field.label, help: field.help, kind: field.kind, required: field.required,
        value: field.value, isPresent: field.isPresent,
        readOnlyReason: "het deel erboven kan het formulier niet wijzigen", location: field.location))
  }

  /// What one item of a list of texts is called.
  private static let singular: [String: String] = [
    "afspraken": "Afspraak", "redenen": "Reden", "opleidingen": "Opleiding", "werkervaring": "Werkervaring",
    "vaardigheden": "Vaardigheid",
  ]
}
