/// A single pass over YAML text that rejects shapes which would make the composer recurse too
/// deep or hash an alias bomb, before Yams sees the text.
///
/// It is a conservative lexical check: quoted text and comments are skipped, and the limits are
/// far above anything a real case file needs.
enum YAMLPreScan {
  /// A problem found by the scan.
  struct Problem {
    let code: String
    let location: SourceLocation
    let message: String
  }

  /// The deepest flow nesting (`[` and `{`) or chain of indicators (`- - -`) accepted.
  static let maxNesting = 40

  static func problem(in text: String) -> Problem? {
    var scanner = Scanner()
    for byte in text.utf8 {
      if let problem = scanner.feed(byte) { return problem }
    }
    if scanner.hasAnchor, let key = scanner.complexKey {
      return Problem(
        code: "invoer.complexe-sleutel", location: key,
        message: "een alias (*naam), lijst of mapping als sleutel is niet toegestaan in een bestand "
          + "met ankers (&naam); gebruik gewone tekst als sleutel")
    }
    return nil
  }

  private struct Scanner {
    var line = 1
    var column = 0
    var atLineStart = true
    var leadingIndicators = 0
    var flowDepth = 0
    var quote: UInt8?
    var inComment = false
    var previous: UInt8 = UInt8(ascii: "\n")
    var previousSignificant: UInt8 = UInt8(ascii: "\n")
    var pendingIndicator: UInt8?
    var hasAnchor = false
    var complexKey: SourceLocation?
    var afterAliasOrClose = false

    mutating func feed(_ byte: UInt8) -> Problem? {
      defer { previous = byte }
      if byte & 0xC0 != 0x80 { column += 1 }
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 0
        atLineStart = true
        leadingIndicators = 0
        inComment = false
        pendingIndicator = nil
        afterAliasOrClose = false
        previousSignificant = byte
        return nil
      }
      if inComment { return nil }
      if let open = quote {
        if byte == open { quote = nil }
        return nil
      }
      let here = SourceLocation(line: line, column: column)
      let isSpace = byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t")
      if let indicator = pendingIndicator {
        pendingIndicator = nil
        if isSpace {
          leadingIndicators += 1
          if indicator == UInt8(ascii: "?"), complexKey == nil { complexKey = here }
          if leadingIndicators > YAMLPreScan.maxNesting {
            return Problem(
              code: "invoer.te-diep", location: here,
              message: "te diep geneste lijst op één regel (meer dan \(YAMLPreScan.maxNesting) niveaus)")
          }
          return nil
        }
        atLineStart = false
      }
      if isSpace {
        return nil
      }
      let tokenStart =
        [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n")].contains(previous)
        || [UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ",")].contains(previous)
      defer { previousSignificant = byte }
      switch byte {
      case UInt8(ascii: "#") where tokenStart:
        inComment = true
      case UInt8(ascii: "'"), UInt8(ascii: "\""):
        if tokenStart && (atLineStart || ":-[{,?".utf8.contains(previousSignificant)) { quote = byte }
      case UInt8(ascii: "-"), UInt8(ascii: "?"):
        if atLineStart { pendingIndicator = byte }
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        flowDepth += 1
        if flowDepth > YAMLPreScan.maxNesting {
          return Problem(
            code: "invoer.te-diep", location: here,
            message: "te diep geneste '[' of '{' (meer dan \(YAMLPreScan.maxNesting) niveaus)")
        }
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        flowDepth = max(0, flowDepth - 1)
        afterAliasOrClose = true
        atLineStart = false
        return nil
      case UInt8(ascii: "&") where tokenStart:
        hasAnchor = true
      case UInt8(ascii: "*") where tokenStart:
        afterAliasOrClose = true
        atLineStart = false
        return nil
      case UInt8(ascii: ":"):
        if afterAliasOrClose, complexKey == nil { complexKey = here }
      default:
        break
      }
      if pendingIndicator == nil { atLineStart = false }
      if byte != UInt8(ascii: "*") && !isAliasChar(byte) { afterAliasOrClose = false }
      return nil
    }

    private func isAliasChar(_ byte: UInt8) -> Bool {
      byte > 0x20
        && ![UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}")]
          .contains(byte)
    }
  }
}
