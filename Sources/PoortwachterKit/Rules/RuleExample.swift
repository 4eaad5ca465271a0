/// A case fragment that must (or must not) trigger a rule; the tests run every example.
///
/// The YAML is appended to a fixed header (`formaat`, `kenmerk`, `werknemer`), so an example only
/// writes what matters to its rule. A `↓` in the YAML marks where a finding must point.
public struct RuleExample: Sendable {
  /// The fixed header every example is appended to.
  public static let header = "formaat: poortwachter/1\nkenmerk: VOORBEELD-1\nwerknemer: { naam: J. Jansen }\n"

  /// The case fragment, starting after the header.
  public let yaml: String
  /// The peildatum to check on.
  public let peildatum: CivilDate
  /// Where the example is written, so a failing example points at itself.
  public let file: String
  /// Line of the example.
  public let line: Int

  /// Creates an example; `peildatum` is `YYYY-MM-DD`.
  public init(_ yaml: String, peildatum: String, file: String = #fileID, line: Int = #line) {
    self.yaml = yaml
    self.peildatum = CivilDate(iso: peildatum) ?? CivilDate(dayNumber: 0)
    self.file = file
    self.line = line
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
