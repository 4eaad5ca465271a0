import PoortwachterCore

/// A part of a case form: a field, a nested group of fields, or a list of items.
public indirect enum FormElement: Sendable {
  /// A scalar key.
  case field(FormField)
  /// A nested mapping (`werknemer.adres`, one evaluation).
  case group(FormGroup)
  /// A list (`evaluaties`, `plan_van_aanpak.afspraken`).
  case list(FormList)

  /// The path of the element.
  public var path: EditPath {
    switch self {
    case .field(let field): return field.path
    case .group(let group): return group.path
    case .list(let list): return list.path
    }
  }

  /// Every field in the element and below it, in form order.
  public var fields: [FormField] {
    switch self {
    case .field(let field): return [field]
    case .group(let group): return group.elements.flatMap(\.fields)
    case .list(let list): return list.items.flatMap(\.fields)
    }
  }
}

/// A nested mapping of the case file in a form: its fields under a caption.
public struct FormGroup: Sendable {
  /// The mapping's path (`werknemer.adres`, `evaluaties[2]`).
  public let path: EditPath
  /// The Dutch caption (`Adres`, `Evaluatie 2`).
  public let label: String
  /// What the mapping is, in Dutch.
  public let help: String
  /// Its fields, groups and lists in the catalogue's order.
  public let elements: [FormElement]
  /// Whether the mapping is in the file (a new list item or an absent section is not).
  public let isPresent: Bool
  /// Whether the form offers to remove it: a list item, or an optional mapping that is there.
  public let isRemovable: Bool
  /// Why the form cannot change it (the file holds something else than a mapping here).
  public let readOnlyReason: String?
  /// Where it starts in the file.
  public let location: SourceLocation?

  /// The id of its element in the page (`veld-evaluaties-2`).
  public var anchor: String { FormAnchor.id(path.description) }
}

/// A list of the case file in a form: its items, each removable, and room to add one.
public struct FormList: Sendable {
  /// The list's path (`evaluaties`).
  public let path: EditPath
  /// The Dutch caption (`Evaluaties`).
  public let label: String
  /// What the list holds, in Dutch.
  public let help: String
  /// What one item is called (`Evaluatie`, `Afspraak`).
  public let itemLabel: String
  /// The items: a group per mapping item, a field per text item. Items past the file's own
  /// (``itemsInFile``) are new, empty rows.
  public let items: [FormElement]
  /// How many items the file has.
  public let itemsInFile: Int
  /// Why the form cannot change it (the file holds something else than a list here).
  public let readOnlyReason: String?
  /// Where it starts in the file.
  public let location: SourceLocation?
  /// An empty new item at position ``blankNumber``, for a page's script to copy as a new row
  /// under the next free number (not one of ``items``); `nil` for a read-only list and for the
  /// lists inside a blank item.
  public let blankItem: FormElement?

  /// The position of ``blankItem``: a number no case file reaches, so a script can replace it
  /// in the row's names, ids and labels.
  public static let blankNumber = 900_000_001
  /// The most new rows a form shows past the file's items when a submission is shown again.
  public static let mostNewRows = 200

  /// The id of its element in the page (`veld-evaluaties`).
  public var anchor: String { FormAnchor.id(path.description) }
  /// The path a new item gets: one past the last row.
  public var nextItemPath: EditPath { EditPath(steps: path.steps + [.item(items.count + 1)]) }
}

/// One form of the case page: a top-level section of the case file.
public struct FormSection: Sendable {
  /// The section's id in the URL (`?sectie=werknemer`): its key, or `casus` for the top-level
  /// scalars (kenmerk).
  public let id: String
  /// The Dutch title (`Werknemer`).
  public let label: String
  /// What the section is, in Dutch.
  public let help: String
  /// Its fields, groups and lists.
  public let elements: [FormElement]
  /// Whether the section is in the file.
  public let isPresent: Bool
  /// Whether the form offers to remove the whole section (an optional mapping that is there).
  public let isRemovable: Bool

  /// The id of its element in the page (`veld-werknemer`).
  public var anchor: String { FormAnchor.id(id) }
  /// Every field of the section, in form order.
  public var fields: [FormField] { elements.flatMap(\.fields) }
}
