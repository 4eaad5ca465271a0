import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// XML that would keep libxml2 busy is refused before libxml2 reads it (issue #19, item 3); the
/// time is measured in the benchmark package (`XMLPreScan` in PipelineBenchmark).
@Suite struct XMLPreScanTests {
  static let open = "<dossier xmlns=\"urn:poortwachter:dossier:1\""

  func diagnostics(_ xml: String) -> [Diagnostic] {
    guard case .failed(_, let found) = TestSupport.loader().load(text: xml, file: "x.xml", syntax: .xml)
    else {
      return []
    }
    return found
  }

  func problem(_ xml: String) -> XMLPreScan.Problem? {
    var text = xml
    return text.withUTF8 { XMLPreScan.problem(in: $0) }
  }

  /// The file of the issue: 1 MiB, all of it attributes of `<dossier>`.
  static func manyAttributes(bytes: Int = CaseLoader.defaultMaxFileSize) -> String {
    var xml = open
    var index = 0
    while xml.utf8.count + 16 < bytes {
      xml += " a\(index)=\"\""
      index += 1
    }
    return xml + "/>"
  }

  @Test func aMebibyteOfAttributesIsRefusedWithPositionAndAdvice() {
    let found = diagnostics("<?xml version=\"1.0\"?>\n" + Self.manyAttributes())
    #expect(found.count == 1)
    #expect(found.first?.code == "invoer.xml-attribuut")
    #expect(found.first?.location == SourceLocation(line: 2, column: 1))
    #expect(
      found.first?.message
        == "element 'dossier' heeft meer dan 32 attributen; een casusbestand gebruikt geen attributen "
        + "(alleen xmlns op <dossier>): gebruik geneste elementen")
  }

  @Test func aFewAttributesStillGetTheOrdinaryMessageFromTheTree() {
    let xml =
      "<dossier xmlns=\"urn:poortwachter:dossier:1\">\n  <kenmerk a=\"1\" b='>'>VZ</kenmerk>\n</dossier>"
    #expect(problem(xml) == nil)
    #expect(
      diagnostics(xml).contains { $0.code == "invoer.xml-attribuut" && $0.message.contains("'kenmerk'") })
  }

  @Test func attributesAreCountedPerElementAndNotInsideCommentsCdataOrInstructions() {
    let tag = "<a " + (0..<30).map { "x\($0)=\"1\"" }.joined(separator: " ") + "/>"
    let attributes = (0..<40).map { "x\($0)='1'" }.joined(separator: " ")
    let hidden = "<!-- <b \(attributes)> --><![CDATA[<b \(attributes)>]]><?pi <b \(attributes)> ?>"
    #expect(problem(Self.open + ">" + tag + tag + tag + hidden + "</dossier>") == nil)
    let tooMany = "<b " + (0..<33).map { "x\($0)=\"1\"" }.joined(separator: "\n") + "/>"
    let found = problem(Self.open + ">\n" + hidden + "\n  " + tooMany + "</dossier>")
    #expect(found?.location == SourceLocation(line: 3, column: 3))
    #expect(found?.message.hasPrefix("element 'b' heeft meer dan 32 attributen") == true)
  }

  @Test func namespaceDeclarationsAreLimitedInTheWholeDocument() {
    // 250 nested elements with 32 declarations each, then prefixed attributes below them: libxml2
    // looked every prefix up through all 8,000 declarations (2.5 s for 1 MiB).
    var xml = Self.open + " xmlns:q=\"u\">\n"
    for depth in 0..<250 {
      xml += "<e " + (0..<32).map { "xmlns:p\(depth)x\($0)=\"u\"" }.joined(separator: " ") + ">"
    }
    let found = diagnostics(xml + "<x q:a=\"1\"/>")
    #expect(found.count == 1)
    #expect(found.first?.code == "invoer.xml-attribuut")
    // The first <e> brings the total to 2 + 32 (xmlns and xmlns:q on <dossier>).
    #expect(found.first?.location == SourceLocation(line: 2, column: 1))
    #expect(
      found.first?.message.hasPrefix("het document declareert hier meer dan 32 namespaces (xmlns)") == true)
    let fewer = Self.open + " xmlns:a=\"u\" xmlnsx=\"1\"><b xmlns:c=\"u\"/></dossier>"
    #expect(problem(fewer) == nil)
  }

  @Test func aDoctypeIsRefusedBeforeLibxmlReadsItsEntities() {
    // Entities can carry a start tag with any number of attributes past any scan (&#60; is '<').
    let xml =
      "<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE dossier [<!ENTITY e \"&#60;x a='1' b='2'/>\">]>\n"
      + Self.open + ">&e;</dossier>"
    let found = diagnostics(xml)
    #expect(found.count == 1)
    #expect(found.first?.code == "invoer.xml-doctype")
    #expect(found.first?.location == SourceLocation(line: 3, column: 1))
  }

  @Test func unfinishedMarkupIsLeftToLibxml() {
    for xml in [Self.open + " a=\"1", Self.open + "><!-- x", Self.open + "><![CDATA[", "<", "<?x", Self.open]
    {
      #expect(problem(xml) == nil, "\(xml)")
    }
  }
}

/// Columns of elements on one line (issue #19, item 3: a 1 MiB file on one line with 60,000
/// elements searched its line once per element, minutes; the benchmark measures it now).
@Suite struct XMLOneLineTests {
  @Test func elementsOnOneLineGetTheirOwnColumns() {
    let xml =
      "<dossier xmlns=\"urn:poortwachter:dossier:1\"><formaat>poortwachter/1</formaat>"
      + "<evaluaties><evaluatie x=\"1\"/><evaluatie y=\"2\"/></evaluaties></dossier>"
    guard case .failed(_, let found) = TestSupport.loader().load(text: xml, file: "x.xml", syntax: .xml)
    else {
      Issue.record("ingelezen")
      return
    }
    let columns = found.filter { $0.code == "invoer.xml-attribuut" }.compactMap(\.location?.column)
    #expect(columns == [90, 108], "\(found.map { "\($0.location?.description ?? "-") \($0.message)" })")
  }

  @Test func aFileOnOneLinePastTheElementBudgetIsReportedOnceWithoutItsLine() {
    var xml = "<dossier xmlns=\"urn:poortwachter:dossier:1\">"
    for index in 0..<(YAMLTreeBuilder.nodeBudget + 10) { xml += "<a\(index)/>" }
    guard
      case .failed(_, let found) = TestSupport.loader().load(
        text: xml + "</dossier>", file: "x.xml", syntax: .xml)
    else {
      Issue.record("ingelezen")
      return
    }
    #expect(found.filter { $0.code == "invoer.te-groot" }.count == 1)
    #expect(found.allSatisfy { $0.sourceLine == nil })
  }
}
