/// One change to a case file, addressed by field path.
public enum CaseChange: Sendable, Equatable {
  /// Sets the value at `path`: replaces an existing value, adds a key (or a whole section) that
  /// was absent from an existing mapping, or with `[+]` as last step adds a list item at the end.
  case set(EditPath, EditValue)
  /// Removes a key (with its value) or a list item.
  case remove(EditPath)
  /// Adds `value` as a new item at the end of the list at `path` (created when it is absent or empty).
  case append(EditPath, EditValue)

  /// The path the change addresses.
  public var path: EditPath {
    switch self {
    case .set(let path, _), .remove(let path), .append(let path, _): return path
    }
  }

  /// The same change with `[+]` written out as ``append(_:_:)``.
  var normalized: CaseChange {
    if case .set(let path, let value) = self, path.steps.last == .newItem {
      return .append(path.parent, value)
    }
    return self
  }
}
