/// Writing values into YAML text.
enum YAMLText {
  /// `text` as a double-quoted YAML scalar, so any text reads back exactly: quotes, backslashes,
  /// line breaks, tabs and other control or invisible characters are escaped.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if needsEscape(scalar) {
          let hex = String(scalar.value, radix: 16, uppercase: true)
          result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// `text` as a YAML scalar that reads back as exactly this text (never as a number, a boolean,
  /// a date or null): plain when that is safe, double-quoted otherwise. `inFlow` is for a value
  /// inside `[...]` or `{...}`, where `,[]{}` also need quotes.
  static func scalar(_ text: String, inFlow: Bool) -> String {
    needsQuotes(text, inFlow: inFlow) ? quoted(text) : text
  }

  /// Words YAML 1.1 or a person reads as a boolean or null, compared in lower case.
  private static let reservedWords: Set<String> = [
    "~", "null", "true", "false", "yes", "no", "on", "off", "y", "n", "ja", "nee", "<<", "=",
  ]

  private static func needsQuotes(_ text: String, inFlow: Bool) -> Bool {
    let scalars = text.unicodeScalars
    guard let first = scalars.first, let last = scalars.last else { return true }
    if first == " " || last == " " || last == ":" { return true }
    if scalars.contains(where: { needsEscape($0) || $0 == "\n" || $0 == "\r" || $0 == "\t" }) { return true }
    // Indicators at the start, and what looks like a number, date or time (`12`, `1:2`, `.5`, `+1`).
    if "-?:,[]{}#&*!|>'\"%@`+.".unicodeScalars.contains(first) { return true }
    if ("0"..."9").contains(first) && looksLikeNumberOrDate(scalars) { return true }
    if text.contains(": ") || text.contains(" #") { return true }
    if inFlow && scalars.contains(where: { ",[]{}".unicodeScalars.contains($0) }) { return true }
    return reservedWords.contains(text.lowercased())
  }

  /// Whether text starting with a digit could be read as a number (also hexadecimal, octal,
  /// sexagesimal `1:20` or with `_`) or a date or time: only the characters those use.
  private static func looksLikeNumberOrDate(_ scalars: String.UnicodeScalarView) -> Bool {
    let allowed = scalars.contains(" ") ? "0123456789+-.: tTzZ" : "0123456789+-.:_eExXoObBabcdefABCDEFtTzZ"
    return scalars.allSatisfy { allowed.unicodeScalars.contains($0) }
  }

  /// Characters written as `\uXXXX`: control characters, the byte-order mark and the separators
  /// YAML treats as line breaks.
  private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: return false
    case 0..<0x20, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF: return true
    default: return false
    }
  }
}
