import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// YAML that libyaml reads differently from what a person sees, or that would take far more memory
/// than its size (issue #19, items 4, 9 and 15).
@Suite struct YAMLCharacterAndSizeTests {
  static let head = "formaat: poortwachter/1\nkenmerk: VZ-1\n"

  func diagnostics(_ yaml: String, maxFileSize: Int = CaseLoader.defaultMaxFileSize) -> [Diagnostic] {
    let loader = CaseLoader(maxFileSize: maxFileSize, schema: TestSupport.schema)
    if case .failed(_, let found) = loader.load(bytes: Array(yaml.utf8), file: "x.yaml", syntax: .yaml) {
      return found
    }
    return []
  }

  @Test func aLongFlowListIsRefusedWhereItPassesTheBudget() {
    // 1 MiB of `a,`: half a million values; composing them all took about 35 times the file in memory.
    let items = (CaseLoader.defaultMaxFileSize - 100) / 2
    let found = diagnostics(
      Self.head + "evaluaties: [" + Array(repeating: "a", count: items).joined(separator: ",") + "]\n")
    #expect(found.count == 1)
    #expect(found.first?.code == "invoer.te-groot")
    // The value past the budget: value 1 is the root mapping, 2 and 3 the values of formaat and
    // kenmerk, 4 the list, so item 99,997 (column 14 + 2 * 99,996) is value 100,001.
    #expect(found.first?.location == SourceLocation(line: 3, column: 14 + 2 * 99_996))
    #expect(
      found.first?.message
        == "het document heeft hier meer dan 100000 waarden (een casus heeft er hooguit enkele duizenden); "
        + "splits het bestand of verwijder de herhaalde waarden")
  }

  @Test func keysDoNotCountAndAFileWithinTheBudgetIsRead() {
    // 40,000 mappings with two keys each: 80,000 values and 80,000 keys.
    let yaml = Self.head + "x:\n" + String(repeating: "  - {a: 1}\n", count: 40_000)
    #expect(!diagnostics(yaml).contains { $0.code == "invoer.te-groot" })
  }

  @Test func aDeleteCharacterHasAPositionAndADutchMessage() {
    let found = diagnostics(Self.head + "werknemer:\n  naam: Jan\u{7F}sen\n")
    #expect(found.count == 1)
    #expect(found.first?.code == "invoer.tekens")
    #expect(found.first?.location == SourceLocation(line: 4, column: 12))
    #expect(
      found.first?.message == "ongeldig teken U+007F (een stuurteken dat YAML niet toestaat); verwijder het")
  }

  @Test func aC1ControlCharacterAfterAccentsIsCountedInCharacters() {
    let found = diagnostics(Self.head + "x: \"éé\u{9B}\"\n")
    #expect(found.first?.location == SourceLocation(line: 3, column: 7))
    #expect(found.first?.message.hasPrefix("ongeldig teken U+009B") == true)
  }

  @Test func aNextLineCharacterInACommentIsReportedWhereItStands() {
    // libyaml ended the comment at the NEL and reported the rest, on "line 4".
    let found = diagnostics(Self.head + "# opmerking\u{85} vervolg: x\nwerknemer: { naam: J }\n")
    #expect(found.count == 1)
    #expect(found.first?.code == "invoer.tekens")
    #expect(found.first?.location == SourceLocation(line: 3, column: 12))
    #expect(found.first?.message.hasPrefix("teken U+0085 (NEL) is in YAML een regeleinde") == true)
    #expect(found.first?.message.contains("verkeerd omgezet '…'") == true)
  }

  @Test func lineAndParagraphSeparatorsAreReportedToo() {
    #expect(
      diagnostics(Self.head + "x: \"a\u{2028}b\"\n").first?.message.contains("U+2028 (regelscheiding)")
        == true)
    #expect(diagnostics(Self.head + "x: a\u{2029}b\n").first?.location == SourceLocation(line: 3, column: 5))
  }

  @Test func xmlMayCarryTheseCharacters() {
    let xml =
      "<dossier xmlns=\"urn:poortwachter:dossier:1\"><formaat>poortwachter/1</formaat>"
      + "<kenmerk>A\u{85}\u{7F}B</kenmerk></dossier>"
    guard case .failed(_, let found) = TestSupport.loader().load(text: xml, file: "x.xml", syntax: .xml)
    else {
      return
    }
    #expect(!found.contains { $0.code == "invoer.tekens" })
  }
}
