import PoortwachterCore
import PoortwachterOutput
import PoortwachterTemplates

/// JUnit XML for CI systems: one test case per case file, one `<failure>` per `fout` (with
/// `--strict` also per `waarschuwing`, as for the exit code; without it the warnings are listed in
/// `<system-out>`), and an `<error>` for a file that could not be read or whose dossier could not
/// be written.
enum JUnitReport {
  static func header(tests: Int, failures: Int, errors: Int = 0, peildatum: CivilDate) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<testsuites name=\"poortwachter\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\">\n"
      + "  <testsuite name=\"poortwachter peildatum \(peildatum)\" tests=\"\(tests)\" failures=\"\(failures)\" "
      + "errors=\"\(errors)\" skipped=\"0\">\n"
  }

  static let footer = "  </testsuite>\n</testsuites>\n"

  /// One `<testcase>`: its text, whether it failed (findings) and whether it is an error (the file
  /// could not be read, or its dossier not written).
  struct TestCase {
    let text: String
    let failed: Bool
    let error: Bool
  }

  /// The `<testcase>` of one case.
  static func testCase(_ result: BatchCaseResult, strict: Bool) -> TestCase {
    let name = escape(result.file)
    // An unread file has no kenmerk: it is named by its file, never by a made-up class.
    let classname = escape(result.kenmerk ?? result.file)
    let position = { (location: SourceLocation?) in location.map { "\($0.line):\($0.column): " } ?? "" }
    var errors: [(type: String, message: String)] = []
    switch result.outcome {
    case .unreadable(let diagnostics):
      errors = diagnostics.map { ($0.code, position($0.location) + $0.message) }
    case .failed(let text):
      errors = [("schrijven", text)]
    case .done, .duplicate:
      break
    }
    let failing = result.errorFindings + (strict ? result.warningFindings : [])
    let failures = failing.map { (type: $0.ruleID, message: position($0.location) + $0.message) }
    let warnings = strict ? [] : result.warningFindings
    var text = "    <testcase classname=\"\(classname)\" name=\"\(name)\""
    guard !errors.isEmpty || !failures.isEmpty || !warnings.isEmpty else {
      return TestCase(text: text + "/>\n", failed: false, error: false)
    }
    text += ">\n"
    for (element, entries) in [("error", errors), ("failure", failures)] {
      for entry in entries {
        text +=
          "      <\(element) type=\"\(escape(entry.type))\" message=\"\(escape(entry.message))\">"
          + "\(escape(result.file)):\(escape(entry.message))</\(element)>\n"
      }
    }
    if !warnings.isEmpty {
      let lines = warnings.map {
        "\(result.file):\(position($0.location))waarschuwing: [\($0.ruleID)] \($0.message)"
      }
      text += "      <system-out>\(escape(lines.joined(separator: "\n")))</system-out>\n"
    }
    return TestCase(text: text + "    </testcase>\n", failed: !failures.isEmpty, error: !errors.isEmpty)
  }

  /// Escapes text for XML content and attributes with the templates' escaping; a line break
  /// becomes `&#10;`, as an attribute value would otherwise read it as a space.
  static func escape(_ text: String) -> String {
    // By scalar: "\r\n" is one Character, but its "\n" is a line break all the same.
    text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
      .map { Escaping.escaped(String(String.UnicodeScalarView($0))) }.joined(separator: "&#10;")
  }
}
