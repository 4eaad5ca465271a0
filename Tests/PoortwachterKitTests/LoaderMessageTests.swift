import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Library messages become one Dutch message at the place a person should look.
@Suite struct LoaderMessageTests {
  static let tail = "verzuim: { eerste_ziektedag: 2024-01-08 }\n"

  func first(_ yaml: String) -> Diagnostic? { TestSupport.diagnostics(yaml).first }

  func xml(_ text: String) -> [Diagnostic] {
    if case .failed(_, let found) = TestSupport.loader().load(text: text, file: "x.xml", syntax: .xml) {
      return found
    }
    return []
  }

  @Test func aSectionWithoutItsColonIsReportedOnItsOwnLine() {
    let found = first("formaat: poortwachter/1\nkenmerk: X\nwerknemer\n  naam: J\n" + Self.tail)
    #expect(found?.location == SourceLocation(line: 3, column: 1))
    #expect(found?.message == "YAML-syntaxfout: na deze sleutel ontbreekt ':'")
  }

  @Test func anUnclosedQuoteIsReportedWhereItOpens() {
    let found = first("formaat: poortwachter/1\nkenmerk: \"X\nwerknemer:\n  naam: J\n" + Self.tail)
    #expect(found?.location == SourceLocation(line: 2, column: 10))
    #expect(found?.message.contains("aanhalingsteken dat hier opent") == true)
  }

  @Test func aTabUsedForIndentationIsCalledThat() {
    for yaml in [
      "formaat: poortwachter/1\nkenmerk: X\nwerknemer:\n\tnaam: J\n" + Self.tail,
      "formaat: poortwachter/1\nkenmerk: X\nwerknemer:\n  naam: J\n\tfunctie: K\n" + Self.tail,
    ] {
      #expect(first(yaml)?.message.contains("gebruik spaties") == true, "\(yaml)")
    }
  }

  @Test func aDuplicateKeyPointsAtTheSecondOccurrence() {
    let block = first(
      "formaat: poortwachter/1\nkenmerk: X\nwerknemer:\n  naam: J\n  functie: a\n  naam: K\n" + Self.tail)
    #expect(block?.location == SourceLocation(line: 6, column: 3))
    // Found by the fuzzer: a blank line inside the mapping (shorter than its indentation).
    let spaced = first(
      "formaat: poortwachter/1\nkenmerk: X\nwerknemer:\n  naam: J\n\n  functie: a\n \n  naam: K\n" + Self.tail
    )
    #expect(spaced?.location == SourceLocation(line: 8, column: 3))
    let flow = first("formaat: poortwachter/1\nkenmerk: X\nwerknemer: { naam: J, naam: K }\n" + Self.tail)
    #expect(flow?.location == SourceLocation(line: 3, column: 23))
    let listed = first(
      "formaat: poortwachter/1\nkenmerk: X\nwerknemer: { naam: J }\n" + Self.tail
        + "evaluaties:\n  - datum: 2024-03-01\n    datum: 2024-03-02\n")
    #expect(listed?.location == SourceLocation(line: 7, column: 5))
  }

  @Test func onlyAnUnquotedBSNIsToldToUseQuotes() {
    let quoted = first(
      "formaat: poortwachter/1\nkenmerk: X\nwerknemer: { naam: J, bsn: \"12345678\" }\n" + Self.tail)
    #expect(quoted?.code == "invoer.bsn")
    #expect(quoted?.message.contains("aanhalingstekens") == false)
    let plain = first(
      "formaat: poortwachter/1\nkenmerk: X\nwerknemer: { naam: J, bsn: 12345678 }\n" + Self.tail)
    #expect(plain?.message.contains("zet het tussen aanhalingstekens") == true)
  }

  @Test func libyamlNestingLimitIsDutch() {
    var yaml = "formaat: poortwachter/1\nkenmerk: X\nx:\n"
    for level in 1...1_010 { yaml += String(repeating: " ", count: level) + "a:\n" }
    let found = first(yaml)
    #expect(
      found?.message.contains("te diep genest (meer dan 1000 niveaus)") == true, "\(found?.message ?? "")")
    #expect(found?.message.contains("yaml_set_max_nest_level") == false)
  }

  @Test func libxmlDepthAndEntityLoopsAreDutchAndReportedOnce() {
    let deep = xml(
      "<?xml version=\"1.0\"?>\n<dossier xmlns=\"urn:poortwachter:dossier:1\">"
        + String(repeating: "<a>", count: 300)
        + String(repeating: "</a>", count: 300) + "</dossier>\n")
    #expect(deep.count == 1)
    #expect(deep.first?.message.contains("dieper dan 256 niveaus") == true)
    #expect(deep.first?.message.contains("XML_PARSE_HUGE") == false)
    let loop = xml(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE d [\n<!ENTITY a \"&b;\">\n<!ENTITY b \"&a;\">\n]>\n"
        + "<dossier xmlns=\"urn:poortwachter:dossier:1\">&a;</dossier>\n")
    // A DOCTYPE is refused before libxml2 reads its entities (issue #19, item 3).
    #expect(loop.count == 1)
    #expect(loop.first?.location == SourceLocation(line: 2, column: 1))
    #expect(loop.first?.code == "invoer.xml-doctype")
  }

  @Test func aLargeFileWithoutAliasesIsNotAnAliasBomb() {
    var yaml =
      "formaat: poortwachter/1\nkenmerk: VZ-1\nwerknemer: { naam: J }\n" + Self.tail + "evaluaties:\n"
    for _ in 0..<9_000 {
      yaml += "  - { datum: 2024-03-01, opgesteld_door: { naam: A, functie: B }, verslag: gesprek }\n"
    }
    #expect(!TestSupport.diagnostics(yaml).contains { $0.code == "invoer.te-groot" })
    // With an anchor in the file, expansions are still limited.
    var bomb = "formaat: poortwachter/1\nkenmerk: X\nwerknemer: { naam: J }\n" + Self.tail
    bomb += "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...6 {
      bomb +=
        "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
        + "]\n"
    }
    #expect(TestSupport.diagnostics(bomb).contains { $0.message.contains("alias-bom") })
  }
}
