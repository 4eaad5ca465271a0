/// A case fragment that must (or must not) trigger a rule; the tests run every example.
///
/// The YAML is appended to a fixed header (`formaat`, `kenmerk`, `werknemer`), so an example only
/// writes what matters to its rule. A `↓` in the YAML marks where a finding must point.
public struct RuleExample: Sendable {
  /// The fixed header every example is appended to.
  public static let header = "formaat: poortwachter/1\nkenmerk: VOORBEELD-1\nwerknemer: { naam: J. Jansen }\n"

  /// The case fragment, starting after the header.
  public let yaml: String
  /// The peildatum to check on; `nil` when ``peildatumText`` is not a date (the harness fails then).
  public let peildatum: CivilDate?
  /// The peildatum as written in the example.
  public let peildatumText: String
  /// The file the example is written in as `Module/File.swift`, so a failing example points at itself.
  public let fileID: String
  /// The full path of that file.
  public let filePath: String
  /// Line of the example.
  public let line: Int
  /// Column of the example.
  public let column: Int
  /// What was read from the originals the example links (`origineel:`), for the rules on
  /// originals; empty for every other rule.
  public let originals: OriginalContents

  /// Creates an example; `peildatum` is `YYYY-MM-DD`. The place it is written is recorded (like
  /// SwiftLint's `Example`), so the test of a failing example reports there.
  public init(
    _ yaml: String, peildatum: String, originals: [String: OriginalContent] = [:], fileID: String = #fileID,
    filePath: String = #filePath,
    line: Int = #line, column: Int = #column
  ) {
    self.yaml = yaml
    self.peildatum = CivilDate(iso: peildatum)
    self.peildatumText = peildatum
    self.fileID = fileID
    self.filePath = filePath
    self.line = line
    self.column = column
    self.originals = OriginalContents(originals)
  }

  /// The header lines this example keeps: it may bring its own `werknemer`.
  var headerText: String {
    let ownsEmployee = yaml.split(separator: "\n").contains { $0.hasPrefix("werknemer:") }
    return ownsEmployee ? "formaat: poortwachter/1\nkenmerk: VOORBEELD-1\n" : Self.header
  }

  /// The full case text without markers.
  public var caseText: String { headerText + yaml.replacingOccurrences(of: "↓", with: "") }

  /// The positions the `↓` markers stand for, in the full case text.
  public var markedLocations: [SourceLocation] {
    var result: [SourceLocation] = []
    let headerLines = headerText.filter { $0 == "\n" }.count
    for (index, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      var column = 1
      for scalar in line.unicodeScalars {
        if scalar == "↓" {
          result.append(SourceLocation(line: headerLines + index + 1, column: column))
        } else {
          column += 1
        }
      }
    }
    return result
  }
}

extension String {
  func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
