/// Collects the diagnostics of one file while it is read, so that every problem is reported
/// instead of only the first.
///
/// One bag belongs to one load of one file; it is never shared between tasks.
final class DiagnosticBag {
  /// Thrown when a file has so many problems that reading further is pointless.
  struct LimitReached: Error {}

  /// The most diagnostics kept per file.
  static let limit = 100

  let file: String
  private let text: String
  private lazy var lines: [Substring] = text.split(
    omittingEmptySubsequences: false, whereSeparator: \.isNewline)
  private var items: [Diagnostic] = []
  private var overflow: Diagnostic?

  init(file: String, text: String = "") {
    self.file = file
    self.text = text
  }

  var isEmpty: Bool { items.isEmpty }

  /// The character of the text at `location`, if there is one.
  func character(at location: SourceLocation) -> Character? {
    guard location.line >= 1, location.line <= lines.count, location.column >= 1 else { return nil }
    let line = lines[location.line - 1]
    return line.count >= location.column
      ? line[line.index(line.startIndex, offsetBy: location.column - 1)] : nil
  }

  /// Records a problem; throws ``LimitReached`` once the limit is hit.
  func add(_ code: String, at location: SourceLocation?, _ message: String) throws {
    var line: String?
    if let location, location.line <= lines.count {
      let raw = lines[location.line - 1]
      // More than 200 characters: counted only up to 201, since a file on one line of 1 MiB had
      // every diagnostic count all of its characters.
      line = raw.dropFirst(200).isEmpty ? Masking.sourceLine(String(raw)) : nil
    }
    items.append(
      Diagnostic(
        code: code, file: file, location: location, message: Masking.maskBSNs(in: message), sourceLine: line))
    if items.count >= Self.limit {
      overflow = Diagnostic(
        code: "invoer.te-veel-fouten", file: file, location: nil,
        message: "meer dan \(Self.limit) fouten; lezen gestopt, herstel eerst deze")
      throw LimitReached()
    }
  }

  /// The diagnostics in file order (whole-file problems first, the overflow notice last).
  var sorted: [Diagnostic] {
    let ordered = items.enumerated().sorted { a, b in
      switch (a.element.location, b.element.location) {
      case (nil, nil): return a.offset < b.offset
      case (nil, _): return true
      case (_, nil): return false
      case (let l?, let r?): return l == r ? a.offset < b.offset : l < r
      }
    }.map(\.element)
    return ordered + (overflow.map { [$0] } ?? [])
  }
}
