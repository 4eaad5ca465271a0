/// Writing values into YAML text.
enum YAMLText {
  /// `text` as a double-quoted YAML scalar, so any name reads back exactly.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for character in text {
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      default: result.append(character)
      }
    }
    return result + "\""
  }
}
