/// A single pass over YAML text that rejects, before libyaml sees the text, the shapes no case
/// needs and hostile input uses: an alias or collection as a key in a file with anchors (a key
/// that can expand like an alias bomb) and absurdly deep flow nesting, each with a clear message.
///
/// It reads the text the way libyaml tokenizes it, as far as that matters here: quoted scalars
/// (with `''` and `\"` escapes), plain scalars (where `&`, `*`, `[` and `'` are ordinary text, also
/// on continuation lines), block scalars (`|`, `>-`, ...: their lines are text), comments and
/// flow collections. `YAMLPreScanTests` checks it against libyaml's own event stream: it may not
/// refuse a file libyaml reads unless that file really has an anchor together with a complex
/// key, or nests deeper than ``maxNesting``.
enum YAMLPreScan {
  /// A problem found by the scan.
  struct Problem {
    let code: String
    let location: SourceLocation
    let message: String
  }

  /// What the scan found.
  struct Result {
    /// The first problem, or `nil`.
    let problem: Problem?
    /// Whether the text may define an anchor (`&naam`); without one it cannot hold aliases.
    let mayHaveAnchors: Bool
  }

  /// The deepest flow nesting (`[` and `{`) or chain of indicators (`- - -`) accepted.
  static let maxNesting = 40

  static func problem(in text: String) -> Problem? { scan(text).problem }

  static func scan(_ text: String) -> Result {
    var text = text
    return text.withUTF8 { scan($0) }
  }

  /// Scans UTF-8 text.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
    var scanner = YAMLTokenScanner(bytes)
    let problem = scanner.run()
    if problem == nil, scanner.hasAnchor, let key = scanner.complexKey {
      return Result(
        problem: Problem(
          code: "invoer.complexe-sleutel", location: key,
          message: "een alias (*naam), lijst of mapping als sleutel is niet toegestaan in een bestand "
            + "met ankers (&naam); gebruik gewone tekst als sleutel"),
        mayHaveAnchors: true)
    }
    return Result(problem: problem, mayHaveAnchors: scanner.hasAnchor)
  }
}
