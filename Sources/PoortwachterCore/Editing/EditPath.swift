/// The address of a field in a case file, in the format's own keys: `evaluaties[2].datum`,
/// `plan_van_aanpak.afspraken[+]`. List positions count from 1; `[+]` stands for a new item at
/// the end of a list (only as the last step of ``CaseChange/set(_:_:)``).
public struct EditPath: Sendable, Hashable, CustomStringConvertible {
  /// One step of a path.
  public enum Step: Sendable, Hashable {
    /// A key of a mapping.
    case key(String)
    /// An item of a list, 1-based.
    case item(Int)
    /// A new item at the end of a list.
    case newItem
  }

  /// The steps from the top of the document.
  public let steps: [Step]

  /// Creates a path from its steps.
  public init(steps: [Step]) { self.steps = steps }

  /// Reads a path such as `evaluaties[2].datum`; `nil` when it is not one (an empty key, a
  /// position that is not a whole number from 1, an unclosed `[`).
  public init?(_ text: String) {
    var steps: [Step] = []
    var key = ""
    var rest = Substring(text)
    var afterIndex = false
    while let character = rest.first {
      rest = rest.dropFirst()
      switch character {
      case ".":
        if key.isEmpty && !afterIndex { return nil }
        if !key.isEmpty { steps.append(.key(key)) }
        key = ""
        afterIndex = false
      case "[":
        if !key.isEmpty {
          steps.append(.key(key))
          key = ""
        } else if !afterIndex {
          return nil
        }
        guard let close = rest.firstIndex(of: "]") else { return nil }
        let inside = rest[..<close]
        rest = rest[rest.index(after: close)...]
        if inside == "+" {
          steps.append(.newItem)
        } else if let number = Int(inside), number >= 1, inside.allSatisfy(\.isASCII) {
          steps.append(.item(number))
        } else {
          return nil
        }
        afterIndex = true
        if let next = rest.first, next != ".", next != "[" { return nil }
      default:
        if afterIndex { return nil }
        key.append(character)
      }
    }
    if !key.isEmpty {
      steps.append(.key(key))
    } else if !afterIndex {
      return nil
    }
    if steps.dropLast().contains(.newItem) { return nil }
    self.steps = steps
  }

  /// The path as written: `evaluaties[2].datum`.
  public var description: String {
    var text = ""
    for step in steps {
      switch step {
      case .key(let key): text += text.isEmpty ? key : "." + key
      case .item(let number): text += "[\(number)]"
      case .newItem: text += "[+]"
      }
    }
    return text
  }

  /// The path without its last step.
  var parent: EditPath { EditPath(steps: Array(steps.dropLast())) }
}
