import Foundation

/// Reads case files (YAML `poortwachter/1` or the XML dossier format) into ``CaseFile`` values,
/// with a `file:line:column` diagnostic for every problem.
public struct CaseLoader: Sendable {
  /// Which syntax a file uses.
  public enum Syntax: Sendable {
    case yaml, xml

    /// The syntax for a file name, by extension (`.yaml`, `.yml`, `.xml`).
    public init?(path: String) {
      switch (path as NSString).pathExtension.lowercased() {
      case "yaml", "yml": self = .yaml
      case "xml": self = .xml
      default: return nil
      }
    }
  }

  /// The default size limit: 1 MiB.
  public static let defaultMaxFileSize = 1 << 20

  /// Files larger than this are refused unread.
  public var maxFileSize: Int
  /// When set, XML case files are validated against it before they are mapped.
  public var schema: XMLSchema?
  /// How the front end tells a user to raise ``maxFileSize`` (the command line names its option),
  /// added to the message about a file over the limit; `nil`: the message only says to split it.
  public var raiseLimit: String?

  /// Creates a loader.
  public init(maxFileSize: Int = CaseLoader.defaultMaxFileSize, schema: XMLSchema? = nil) {
    self.maxFileSize = maxFileSize
    self.schema = schema
  }

  /// Reads and decodes the file at `path`. Never throws: every problem is a diagnostic.
  public func load(path: String) -> LoadOutcome {
    // One stat and one open: a missing file, a folder, a pipe or a device is refused before it
    // is opened (see CaseFileReader).
    let outcome = decode(path: path, read: CaseFileReader.read(path, maxSize: maxFileSize))
    // The originals a case names are checked against the file system here, next to the file.
    if case .loaded(let loaded) = outcome {
      let problems = OriginalFiles.check(loaded)
      if !problems.isEmpty { return .failed(file: path, diagnostics: problems) }
    }
    return outcome
  }

  /// Decodes the file at `path` from what ``CaseFileReader`` read of it (its bytes, or why it could
  /// not be read), without checking the originals it names: ``load(path:)`` without reading, for a
  /// caller that also hashes the bytes (the workspace's case folder).
  package func decode(path: String, read: Result<[UInt8], CaseFileReader.Failure>) -> LoadOutcome {
    switch read {
    case .success(let bytes): return load(bytes: bytes, file: path, syntax: Syntax(path: path) ?? .yaml)
    case .failure(let failure):
      return .failed(
        file: path,
        diagnostics: [
          Diagnostic(
            code: failure.code, file: path, location: nil,
            message: failure.message(limit: maxFileSize, raiseLimit: raiseLimit))
        ])
    }
  }

  /// Decodes case text given as bytes (UTF-8, optionally with a byte-order mark).
  public func load(bytes input: [UInt8], file: String, syntax: Syntax) -> LoadOutcome {
    var bytes = input[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    if bytes.count > maxFileSize {
      return .failed(
        file: file,
        diagnostics: [
          Diagnostic(
            code: "invoer.te-groot", file: file, location: nil,
            message: "het bestand is groter dan de grens van \(maxFileSize) bytes")
        ])
    }
    let array = Array(bytes)
    if let problem = TextChecks.problem(in: array) {
      return .failed(
        file: file,
        diagnostics: [
          Diagnostic(code: "invoer.tekens", file: file, location: problem.location, message: problem.message)
        ])
    }
    return load(text: String(decoding: array, as: UTF8.self), file: file, syntax: syntax)
  }

  /// Decodes case text.
  public func load(text: String, file: String, syntax: Syntax) -> LoadOutcome {
    let bag = DiagnosticBag(file: file, text: text)
    let context = DecodeContext(bag: bag)
    var decoded: CaseFile?
    do {
      if text.allSatisfy(\.isWhitespace) {
        try bag.add(
          "invoer.leeg", at: nil, "het bestand is leeg; een casus begint met 'formaat: poortwachter/1'")
      } else {
        let tree: SourceNode?
        switch syntax {
        case .yaml: tree = try YAMLTreeBuilder.build(text, bag: bag)
        case .xml: tree = try XMLTreeBuilder.build(text, bag: bag)
        }
        if let tree {
          decoded = try CaseDecoder(context: context).decode(tree)
          if let decoded { try PlausibilityChecks(context: context).run(decoded) }
        }
        // The decoder's messages (with suggestions) come first; a case that decodes cleanly must
        // then also satisfy the shipped XSD, so nothing the decoder does not check slips through.
        if syntax == .xml, bag.isEmpty, let schema {
          try XMLTreeBuilder.validate(text, schema: schema, bag: bag)
        }
      }
    } catch {
      // DiagnosticBag.LimitReached: the bag already holds the notice.
    }
    guard bag.isEmpty, let decoded else {
      var diagnostics = bag.sorted
      if diagnostics.isEmpty {
        diagnostics = [
          Diagnostic(
            code: "invoer.onleesbaar", file: file, location: nil,
            message: "het bestand kan niet gelezen worden")
        ]
      }
      return .failed(file: file, diagnostics: diagnostics)
    }
    return .loaded(
      LoadedCase(
        file: file, caseFile: decoded, sourceMap: context.sourceMap,
        documentDates: context.dates.filter { PlausibilityChecks.isDocumentDate($0.path) },
        freeTexts: context.freeTexts))
  }
}
