import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// `compactJSON()` writes JSON by hand for speed; `JSONEncoder` is the reference it must equal.
@Suite struct CheckJSONTests {
  func reference(_ value: CheckJSON) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  @Test(arguments: TestSupport.sampleFiles())
  func sampleCasesMatchJSONEncoder(_ file: String) throws {
    guard case .loaded(let loaded) = TestSupport.loader().load(path: file) else {
      Issue.record("\(file) does not load")
      return
    }
    let json = CheckJSON(RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2026-11-22")))
    #expect(json.compactJSON() == (try reference(json)))
  }

  @Test func escapesMatchJSONEncoder() throws {
    let hostile = "\"quote\" \\ back/slash \n\r\t \u{8}\u{C}\u{1}\u{1F}\u{7F} é € 😀 \u{2028} </script>"
    let json = CheckJSON(
      file: "map/\(hostile).yaml",
      diagnostics: [
        Diagnostic(
          code: "invoer.test", file: "x", location: SourceLocation(line: 3, column: 7), message: hostile),
        Diagnostic(code: "invoer.leeg", file: "x", location: nil, message: ""),
      ], peildatum: TestSupport.date("2026-11-22"))
    #expect(json.compactJSON() == (try reference(json)))
    #expect(json.compactJSON().contains("\"kenmerk\":null"))
  }
}
