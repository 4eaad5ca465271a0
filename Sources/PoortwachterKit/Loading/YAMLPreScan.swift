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
    var text = text
    let found =
      text.withUTF8 { bytes -> Problem? in
        for byte in bytes {
          if let problem = scanner.feed(byte) { return problem }
        }
        return nil
      }
    if let found { return found }
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

    /// Takes the next byte of the text: the bytes that cannot change the outcome (inside comments
    /// and quotes, letters and digits) here, the rest in ``feedSignificant(_:)``. Split so that
    /// the common case is inlined into the loop, which keeps the scan cheap.
    @inline(__always)
    mutating func feed(_ byte: UInt8) -> Problem? {
      if byte & 0xC0 != 0x80 { column += 1 }
      if byte != UInt8(ascii: "\n") {
        if inComment {
          previous = byte
          return nil
        }
        if let open = quote {
          if byte == open { quote = nil }
          previous = byte
          return nil
        }
        if Self.isPlain(byte) {
          // The same effect as the full path for a byte that is no indicator, quote or blank.
          pendingIndicator = nil
          atLineStart = false
          if byte <= 0x20 { afterAliasOrClose = false }
          previousSignificant = byte
          previous = byte
          return nil
        }
      }
      return feedSignificant(byte)
    }

    /// A line break, blank or indicator outside comments and quotes (the column is counted).
    private mutating func feedSignificant(_ byte: UInt8) -> Problem? {
      defer { previous = byte }
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
      // Built only where it is used: this runs for every byte of the file.
      var here: SourceLocation { SourceLocation(line: line, column: column) }
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
      let tokenStart = Self.isTokenBoundary(previous)
      defer { previousSignificant = byte }
      switch byte {
      case UInt8(ascii: "#") where tokenStart:
        inComment = true
      case UInt8(ascii: "'"), UInt8(ascii: "\""):
        if tokenStart && (atLineStart || Self.opensValue(previousSignificant)) { quote = byte }
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
      switch byte {
      case UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"): return false
      default: return byte > 0x20
      }
    }

    /// A byte with no meaning to the scan: not a line break, blank, quote, comment, indicator,
    /// bracket, anchor, alias, ':' or ','.
    private static func isPlain(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: "\n"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "#"), UInt8(ascii: "'"),
        UInt8(ascii: "\""), UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: "["), UInt8(ascii: "{"),
        UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: ":"),
        UInt8(ascii: ","):
        return false
      default: return true
      }
    }

    /// A byte after which a token starts: white space, `[`, `{` or `,`.
    private static func isTokenBoundary(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "["), UInt8(ascii: "{"),
        UInt8(ascii: ","):
        return true
      default: return false
      }
    }

    /// A byte after which a quote opens a quoted scalar: one of `:-[{,?`.
    private static func opensValue(_ byte: UInt8) -> Bool {
      switch byte {
      case UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","),
        UInt8(ascii: "?"):
        return true
      default: return false
      }
    }
  }
}
