/// The path of a value inside a case file, written as in the file: `evaluaties[2].datum`.
///
/// List positions are 1-based, as a person counts them.
public struct FieldPath: Sendable, Hashable, CustomStringConvertible {
  /// The rendered path.
  public let description: String

  /// Creates a path from its text.
  public init(_ text: String) { description = text }

  /// The root of the document.
  public static let root = FieldPath("")

  /// A child key.
  public func appending(_ key: String) -> FieldPath {
    FieldPath(description.isEmpty ? key : description + "." + key)
  }

  /// A list item (1-based).
  public func item(_ index: Int) -> FieldPath { FieldPath(description + "[\(index + 1)]") }

  /// The enclosing path, or `nil` at the root.
  public var parent: FieldPath? {
    guard !description.isEmpty else { return nil }
    guard let cut = description.lastIndex(where: { $0 == "." || $0 == "[" }) else { return .root }
    return FieldPath(String(description[..<cut]))
  }

  /// The path with list positions left out (`evaluaties[].verslag`): the same for every item.
  public var pattern: String {
    var result = ""
    var inIndex = false
    for character in description {
      if character == "[" {
        inIndex = true
        result.append("[]")
      } else if character == "]" {
        inIndex = false
      } else if !inIndex {
        result.append(character)
      }
    }
    return result
  }

  /// How the path is shown to users: the path, or `document` for the root.
  var display: String { description.isEmpty ? "document" : description }
}
