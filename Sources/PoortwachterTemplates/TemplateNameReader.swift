/// Reads the name inside a tag: a dotted name, `.`, and functions such as `count(lijst)` or
/// `plusone(index())`.
enum TemplateNameReader {
  /// Letters, digits and `. - _ ? * ( )`.
  static func isNameByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"):
      true
    case UInt8(ascii: "."), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "?"), UInt8(ascii: "*"),
      UInt8(ascii: "("), UInt8(ascii: ")"):
      true
    default: false
    }
  }

  /// Parses `written`; `offset` places errors, `tag` is the offset of the tag it is in.
  static func parse(_ written: String, offset: Int, tag: Int) throws(TemplateSyntaxError) -> TemplateName {
    var rest = Substring(written)
    var outerFirst: [String] = []
    while let open = rest.firstIndex(of: "(") {
      outerFirst.append(String(rest[..<open]))
      rest = rest[rest.index(after: open)...]
    }
    let closing = rest.drop(while: { $0 != ")" })
    let argument = String(rest[..<closing.startIndex])
    guard closing.allSatisfy({ $0 == ")" }), closing.count == outerFirst.count else {
      throw TemplateSyntaxError(offset: offset, "haakjes kloppen niet in '\(written)'")
    }
    var functions: [TemplateFunction] = []
    for name in outerFirst.reversed() {
      guard let function = TemplateFunction(rawValue: name) else {
        let known = TemplateFunction.allCases.map(\.rawValue).joined(separator: ", ")
        throw TemplateSyntaxError(
          offset: offset, "onbekende functie '\(name)' in '\(written)'; beschikbaar: \(known)")
      }
      functions.append(function)
    }
    if argument == "." {
      return TemplateName(scope: .item, path: [], functions: functions, written: written, offset: tag)
    }
    let path = argument.split(separator: ".").map(String.init)
    if path.isEmpty {
      guard !functions.isEmpty else { throw TemplateSyntaxError(offset: offset, "tag zonder naam") }
      return TemplateName(scope: .position, path: [], functions: functions, written: written, offset: tag)
    }
    let scope: TemplateName.Scope = argument.hasPrefix(".") ? .current : .stack
    return TemplateName(scope: scope, path: path, functions: functions, written: written, offset: tag)
  }
}
