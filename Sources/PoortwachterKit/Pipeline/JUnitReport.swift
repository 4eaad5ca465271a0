/// JUnit XML for CI systems: one test case per case file, one failure per `fout`.
enum JUnitReport {
  static func header(tests: Int, failures: Int, peildatum: CivilDate) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<testsuites name=\"poortwachter\" tests=\"\(tests)\" failures=\"\(failures)\">\n"
      + "  <testsuite name=\"poortwachter peildatum \(peildatum)\" tests=\"\(tests)\" failures=\"\(failures)\" "
      + "errors=\"0\" skipped=\"0\">\n"
  }

  static let footer = "  </testsuite>\n</testsuites>\n"

  /// The `<testcase>` of one case and whether it failed.
  static func testCase(_ result: BatchCaseResult) -> (String, Bool) {
    let name = escape(result.file)
    let classname = escape(result.kenmerk ?? "onleesbaar")
    var failures: [(type: String, message: String)] = []
    switch result.outcome {
    case .unreadable(let diagnostics):
      failures = diagnostics.map { d in
        (d.code, (d.location.map { "\($0.line):\($0.column): " } ?? "") + d.message)
      }
    case .failed(let text):
      failures = [("render", text)]
    case .done, .duplicate:
      break
    }
    failures += result.errorFindings.map { finding in
      (finding.ruleID, (finding.location.map { "\($0.line):\($0.column): " } ?? "") + finding.message)
    }
    var text = "    <testcase classname=\"\(classname)\" name=\"\(name)\""
    guard !failures.isEmpty else { return (text + "/>\n", false) }
    text += ">\n"
    for failure in failures {
      text +=
        "      <failure type=\"\(escape(failure.type))\" message=\"\(escape(failure.message))\">"
        + "\(escape(result.file)):\(escape(failure.message))</failure>\n"
    }
    return (text + "    </testcase>\n", true)
  }

  /// Escapes text for XML content and attributes.
  static func escape(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\n": result += "&#10;"
      default: result.unicodeScalars.append(character)
      }
    }
    return result
  }
}
