/// The tokenizer behind ``YAMLPreScan``: walks the bytes once, line by line, and notes anchors,
/// complex keys and nesting. Columns of indentation are counted in bytes from 0 (spaces only, as
/// in YAML); reported columns are 1-based characters.
struct YAMLTokenScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0
  private var line = 1
  private var lineStart = 0

  /// Whether an anchor (`&naam`) was seen.
  var hasAnchor = false
  /// Where the first complex key (alias, list or mapping as a key) starts.
  var complexKey: SourceLocation?

  private var flowDepth = 0
  /// The columns of the open block collections, as libyaml keeps them: a mapping at its first
  /// key, a list at its first `- `. Plain and block scalars end at lines not deeper than the last.
  private var indents: [Int] = []
  /// The indentation of the innermost open block collection (-1 at the top).
  private var blockIndent: Int { indents.last ?? -1 }
  /// What continues from one line to the next.
  var carry = Carry.none
  /// Set after `? `: the next node decides whether the key is complex.
  var explicitKey: SourceLocation?
  /// Whether a scalar started after the pending `? `.
  var explicitScalar = false
  /// The column of the pending `? `.
  var explicitKeyColumn = 0

  enum Carry {
    case none
    /// A plain scalar in block context; it goes on while lines are indented deeper than `parent`.
    case plain(parent: Int)
    /// A block scalar (`|`, `>`): lines indented at least `indent` (or, before the first text line,
    /// deeper than `parent`) and blank lines are its text.
    case block(parent: Int, indent: Int?)
    case singleQuoted, doubleQuoted
  }

  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  func byte(_ at: Int) -> UInt8 { at < bytes.count ? bytes[at] : 0 }

  static func isBreak(_ byte: UInt8) -> Bool { byte == 0x0A || byte == 0x0D }
  private static func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
  /// Space, tab, line break or end of text.
  static func isSeparator(_ byte: UInt8) -> Bool {
    byte <= 0x20 && (byte == 0 || byte == 0x20 || byte == 0x09 || isBreak(byte))
  }
  static func isFlowIndicator(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: ",") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
      || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}")
  }

  /// The 1-based position of a byte on the current line.
  private func location(_ at: Int) -> SourceLocation {
    var column = 1
    var position = lineStart
    while position < at {
      if bytes[position] & 0xC0 != 0x80 { column += 1 }
      position += 1
    }
    return SourceLocation(line: line, column: column)
  }

  private func column(_ at: Int) -> Int { at - lineStart }

  /// Scans everything; returns the first nesting problem, or `nil`.
  mutating func run() -> YAMLPreScan.Problem? {
    while index < bytes.count {
      if let problem = scanLine() { return problem }
    }
    return nil
  }

  /// Moves past the line break at `index` (CR LF, LF or CR).
  mutating func nextLine() {
    if byte(index) == 0x0D && byte(index + 1) == 0x0A { index += 1 }
    index += 1
    line += 1
    lineStart = index
  }

  mutating func skipToLineEnd() {
    while index < bytes.count && !Self.isBreak(bytes[index]) { index += 1 }
  }

  /// One line: indentation, what the previous line left open, then its tokens.
  private mutating func scanLine() -> YAMLPreScan.Problem? {
    var indent = 0
    switch carry {
    case .singleQuoted, .doubleQuoted:
      break
    default:
      while byte(index) == 0x20 { index += 1 }
      indent = column(index)
    }
    let blank = index >= bytes.count || Self.isBreak(bytes[index])
    let marker = indent == 0 && isDocumentMarker()
    switch carry {
    case .block(let parent, let contentIndent):
      if blank {
        nextLine()
        return nil
      }
      if !marker, indent >= (contentIndent ?? parent + 1) {
        carry = .block(parent: parent, indent: contentIndent ?? indent)
        skipToLineEnd()
        if index < bytes.count { nextLine() }
        return nil
      }
      carry = .none
    case .plain(let parent):
      if blank {
        nextLine()
        return nil
      }
      if !marker, indent > parent, bytes[index] != UInt8(ascii: "#") {
        return scanTokens(plainParent: parent)
      }
      carry = .none
    default:
      break
    }
    if blank {
      if index < bytes.count { nextLine() }
      return nil
    }
    return scanTokens(plainParent: nil)
  }

  /// `---` or `...` followed by a separator at the start of a line.
  private func isDocumentMarker() -> Bool {
    let first = byte(index)
    guard first == UInt8(ascii: "-") || first == UInt8(ascii: ".") else { return false }
    return byte(index + 1) == first && byte(index + 2) == first && Self.isSeparator(byte(index + 3))
  }
}

extension YAMLTokenScanner {
  /// The tokens of the rest of the line. `plainParent` is set when the line continues a plain scalar.
  fileprivate mutating func scanTokens(plainParent: Int?) -> YAMLPreScan.Problem? {
    var leadingIndicators = 0
    var leading = true
    var afterAliasOrClose = false
    var plain: Int? = plainParent  // the parent of the plain scalar we are inside
    var keyColumn = column(index)
    // Where the node being read starts: at its anchor or tag, if it has one (as libyaml's key).
    var propertyColumn: Int?
    var scalarOnLine = false
    switch carry {
    case .singleQuoted, .doubleQuoted:
      var single = false
      if case .singleQuoted = carry { single = true }
      carry = .none
      if !skipQuoted(single: single) { return nil }
      leading = false
    default:
      carry = .none
      // A line's first token closes the block collections indented deeper than it.
      if plainParent == nil, flowDepth == 0 {
        while let last = indents.last, last > column(index) { indents.removeLast() }
        // A line not deeper than a pending `? ` ends its key: a scalar or empty one.
        if explicitKey != nil, column(index) <= explicitKeyColumn { explicitKey = nil }
      }
    }
    while index < bytes.count {
      let current = bytes[index]
      if Self.isBreak(current) {
        if let plain, flowDepth == 0 { carry = .plain(parent: plain) }
        nextLine()
        return nil
      }
      if Self.isBlank(current) {
        index += 1
        continue
      }
      if current == UInt8(ascii: "#")
        && (plain == nil || index == lineStart || Self.isBlank(bytes[index - 1]))
      {
        skipToLineEnd()
        plain = nil
        continue
      }
      let next = byte(index + 1)
      let nextSeparates = Self.isSeparator(next) || (flowDepth > 0 && Self.isFlowIndicator(next))
      if plain != nil {
        // Inside a plain scalar only ': ', ' #' (above) and, in flow, the flow indicators count.
        if current == UInt8(ascii: ":") && Self.isSeparator(next) {
          plain = nil
        } else if flowDepth > 0 && Self.isFlowIndicator(current) {
          plain = nil
        } else {
          index += 1
          continue
        }
      }
      let start = index
      index += 1
      if current == UInt8(ascii: ":") && (nextSeparates || flowDepth > 0) {
        if afterAliasOrClose, complexKey == nil { complexKey = location(start) }
        if let key = explicitKey {
          if flowDepth == 0 && explicitScalar && scalarOnLine, complexKey == nil { complexKey = key }
          explicitKey = nil
        }
        if flowDepth == 0, blockIndent < keyColumn { indents.append(keyColumn) }
        afterAliasOrClose = false
        leading = false
        continue
      }
      if (current == UInt8(ascii: "-") || current == UInt8(ascii: "?")) && Self.isSeparator(next) {
        if leading {
          leadingIndicators += 1
          if leadingIndicators > YAMLPreScan.maxNesting {
            return YAMLPreScan.Problem(
              code: "invoer.te-diep", location: location(start),
              message: "te diep geneste lijst op één regel (meer dan \(YAMLPreScan.maxNesting) niveaus)")
          }
        }
        if current == UInt8(ascii: "?") {
          explicitKey = location(start)
          explicitKeyColumn = column(start)
          explicitScalar = false
        } else if flowDepth == 0 {
          noteComplexKey()  // in a flow collection libyaml does not read '- ' as a list
        }
        if flowDepth == 0, blockIndent < column(start) { indents.append(column(start)) }
        continue
      }
      leading = false
      afterAliasOrClose = false
      switch current {
      case UInt8(ascii: "["), UInt8(ascii: "{"):
        noteComplexKey()
        if flowDepth == 0 { keyColumn = propertyColumn ?? column(start) }
        propertyColumn = nil
        flowDepth += 1
        if flowDepth > YAMLPreScan.maxNesting {
          return YAMLPreScan.Problem(
            code: "invoer.te-diep", location: location(start),
            message: "te diep geneste '[' of '{' (meer dan \(YAMLPreScan.maxNesting) niveaus)")
        }
      case UInt8(ascii: "]"), UInt8(ascii: "}"):
        flowDepth = max(0, flowDepth - 1)
        afterAliasOrClose = true
      case UInt8(ascii: ","):
        keyColumn = column(index)
        propertyColumn = nil
      case UInt8(ascii: "&"), UInt8(ascii: "!"):
        if current == UInt8(ascii: "&") { hasAnchor = true }
        if propertyColumn == nil { propertyColumn = column(start) }
        skipProperty(name: current == UInt8(ascii: "&"))
      case UInt8(ascii: "*"):
        noteComplexKey()
        keyColumn = propertyColumn ?? column(start)
        propertyColumn = nil
        skipProperty(name: true)
        afterAliasOrClose = true
      case UInt8(ascii: "'"), UInt8(ascii: "\""):
        startScalar()
        scalarOnLine = true
        keyColumn = propertyColumn ?? column(start)
        propertyColumn = nil
        if !skipQuoted(single: current == UInt8(ascii: "'")) { return nil }
      case UInt8(ascii: "|"),
        UInt8(ascii: ">") where flowDepth == 0:
        explicitKey = nil
        startBlockScalar(parent: blockIndent)
        return nil
      default:
        if current == UInt8(ascii: "%") && start == lineStart {
          skipToLineEnd()
          continue
        }
        startScalar()
        scalarOnLine = true
        keyColumn = propertyColumn ?? column(start)
        propertyColumn = nil
        plain = blockIndent
      }
    }
    if let plain, flowDepth == 0 { carry = .plain(parent: plain) }
    return nil
  }
}
