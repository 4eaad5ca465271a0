/// A value the editor writes into a case file, in the format's canonical form.
///
/// Scalars are written plain when YAML reads them back as the same text, and double-quoted
/// (with escapes for line breaks and control characters) otherwise; dates as `JJJJ-MM-DD`.
/// A new list or mapping is written in block style, or in flow style inside a flow collection.
public indirect enum EditValue: Sendable, Equatable {
  /// An empty value, written `null`.
  case null
  /// Text.
  case string(String)
  /// A calendar date.
  case date(CivilDate)
  /// A whole number (hours per week, a day count).
  case integer(Int)
  /// `true` or `false`.
  case boolean(Bool)
  /// A list of values.
  case list([EditValue])
  /// A mapping; its keys are written in this order.
  case mapping([EditEntry])

  /// The text a scalar value stands for, as the loader reads it back; `nil` for `null`, lists and mappings.
  var scalarText: String? {
    switch self {
    case .string(let text): return text
    case .date(let date): return date.description
    case .integer(let number): return String(number)
    case .boolean(let flag): return flag ? "true" : "false"
    case .null, .list, .mapping: return nil
    }
  }

  /// Whether this is a list or mapping with at least one element.
  var isNonEmptyCollection: Bool {
    switch self {
    case .list(let items): return !items.isEmpty
    case .mapping(let entries): return !entries.isEmpty
    default: return false
    }
  }
}

/// A key and its value in a new mapping.
public struct EditEntry: Sendable, Equatable {
  /// The key as the format spells it (`datum`, `opgesteld_door`).
  public var key: String
  /// Its value.
  public var value: EditValue

  /// Creates an entry.
  public init(_ key: String, _ value: EditValue) {
    self.key = key
    self.value = value
  }
}
