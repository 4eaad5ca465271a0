import PoortwachterCore

/// What a form field asks for, from the key's kind in ``FormatCatalogue``.
public enum FormFieldKind: Sendable, Equatable {
  /// One line of text.
  case text
  /// Text that may run over several lines (a `<textarea>`).
  case longText
  /// A date `JJJJ-MM-DD`.
  case date
  /// A number; `whole` for a whole number.
  case number(whole: Bool)
  /// `true` or `false` (shown as ja/nee).
  case flag
  /// One of a closed set of values.
  case choice([String])
  /// Text of a fixed form, described in words (a kenmerk, a BSN).
  case pattern(String)
}

/// One choice of a select.
public struct FormOption: Sendable, Equatable {
  /// The value sent with the form.
  public let value: String
  /// What the user reads.
  public let label: String
  /// Whether it is the current value.
  public let isSelected: Bool
}

/// One field of a case form: a scalar key of the case file, named by its editor field path.
public struct FormField: Sendable {
  /// The field's path, which is also its name in the form (`evaluaties[2].datum`).
  public let path: EditPath
  /// The Dutch label (`Eerste ziektedag`).
  public let label: String
  /// The Dutch help text, from the catalogue's description.
  public let help: String
  /// What the field holds.
  public let kind: FormFieldKind
  /// Whether the case needs the key when its mapping is there.
  public let required: Bool
  /// The value as the file says it; empty when the key is absent or empty.
  public let value: String
  /// Whether the key is in the file.
  public let isPresent: Bool
  /// Why the form cannot change this field (the file holds a list or mapping where the format
  /// has a scalar); `nil` when it can.
  public let readOnlyReason: String?
  /// Where the key stands in the file.
  public let location: SourceLocation?

  /// The field's name in the form: its path as text.
  public var name: String { path.description }
  /// The id of the field's element in the page (`veld-evaluaties-2-datum`).
  public var anchor: String { FormAnchor.id(path.description) }

  /// The `<input type>` for one-line fields: `date` and `number` only when the file's value
  /// fits, so a value the browser would not show is never lost by saving the form unchanged.
  public var inputType: String {
    switch kind {
    case .date: return value.isEmpty || CivilDate(iso: value) != nil ? "date" : "text"
    case .number: return value.isEmpty || Double(value) != nil ? "number" : "text"
    default: return "text"
    }
  }

  /// The options of a choice or yes/no field, the current value selected (also a value the
  /// format does not know, so that saving unchanged keeps it); empty for other kinds.
  public var options: [FormOption] {
    var values: [(String, String)]
    switch kind {
    case .flag: values = [("true", "ja"), ("false", "nee")]
    case .choice(let allowed): values = allowed.map { ($0, $0.replacingOccurrences(of: "_", with: " ")) }
    default: return []
    }
    if !required || value.isEmpty { values.insert(("", "(niet ingevuld)"), at: 0) }
    if !value.isEmpty, !values.contains(where: { $0.0 == value }) {
      values.append((value, "\(value) (zoals in het bestand)"))
    }
    return values.map { FormOption(value: $0.0, label: $0.1, isSelected: $0.0 == value) }
  }

  /// The same field showing `value` (a submitted value shown again after a refusal).
  func showing(_ value: String) -> FormField {
    FormField(
      path: path, label: label, help: help, kind: kind == .text && value.contains("\n") ? .longText : kind,
      required: required, value: value, isPresent: isPresent, readOnlyReason: readOnlyReason,
      location: location)
  }

  init(
    path: EditPath, label: String, help: String, kind: FormFieldKind, required: Bool, value: String,
    isPresent: Bool, readOnlyReason: String?, location: SourceLocation?
  ) {
    self.path = path
    self.label = label
    self.help = help
    self.kind = kind
    self.required = required
    self.value = value
    self.isPresent = isPresent
    self.readOnlyReason = readOnlyReason
    self.location = location
  }
}
