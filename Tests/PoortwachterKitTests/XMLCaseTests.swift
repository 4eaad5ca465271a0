import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// XML case files map to the same model as YAML, with line numbers in errors.
@Suite struct XMLCaseTests {
  @Test func yamlAndXmlVersionsGiveEqualModels() throws {
    let a = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2024-0117.yaml"))
    let xml = TestSupport.loader().load(path: TestSupport.fixtures + "/xml/vz-2024-0117.xml")
    guard case .loaded(let b) = xml else {
      if case .failed(_, let d) = xml { Issue.record("the XML version does not load: \(d.map(\.formatted))") }
      return
    }
    #expect(a.caseFile == b.caseFile)
  }

  @Test func xmlErrorsHaveLinesAndColumns() {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <dossier xmlns="urn:poortwachter:dossier:1">
        <formaat>poortwachter/1</formaat>
        <kenmerk>VZ-1</kenmerk>
        <werknemer><naam>J. Jansen</naam></werknemer>
        <verzuim>
          <eerste_ziektedag>2024-01-08</eerste_ziektedag>
          <eerste_ziekte_dag>2024-01-08</eerste_ziekte_dag>
        </verzuim>
      </dossier>
      """
    guard case .failed(_, let found) = TestSupport.loader().load(text: xml, file: "x.xml", syntax: .xml)
    else {
      Issue.record("expected failure")
      return
    }
    #expect(found.first?.location == SourceLocation(line: 8, column: 5))
  }

  @Test func malformedXmlReportsTheParserPosition() {
    let xml = "<dossier xmlns=\"urn:poortwachter:dossier:1\">\n  <kenmerk>VZ</kenmerkx>\n</dossier>\n"
    guard case .failed(_, let found) = TestSupport.loader().load(text: xml, file: "x.xml", syntax: .xml)
    else {
      Issue.record("expected failure")
      return
    }
    #expect(found.first?.code == "invoer.xml-syntax")
    #expect(found.first?.location?.line == 2)
  }

  @Test func schemaValidationOfRenderedXMLReportsLines() throws {
    let schema = try #require(TestSupport.schema)
    let valid = try String(contentsOfFile: TestSupport.fixtures + "/xml/vz-2024-0117.xml", encoding: .utf8)
    #expect(schema.validate(xml: valid, name: "riv.xml").isEmpty)
    let unknown = valid.replacingOccurrences(of: "<formaat>", with: "<onbekend/>\n<formaat>")
    let problems = schema.validate(xml: unknown, name: "riv.xml")
    #expect(problems.first?.hasPrefix("riv.xml:") == true && problems.first?.contains("onbekend") == true)
    #expect(problems.first?.hasPrefix("riv.xml:0:") == false)
    #expect(!schema.validate(xml: "<dossier", name: "riv.xml").isEmpty)
    #expect(!schema.validate(xml: "", name: "riv.xml").isEmpty)
    let doctype = valid.replacingOccurrences(of: "<dossier ", with: "<!DOCTYPE dossier>\n<dossier ")
    #expect(schema.validate(xml: doctype, name: "riv.xml").first?.contains("DOCTYPE") == true)
  }

  @Test func schemaErrorsInACaseFilePointAtTheElement() throws {
    // The decoder catches nearly everything first, so the schema step is called directly.
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <dossier xmlns="urn:poortwachter:dossier:1">
        <formaat>poortwachter/1</formaat>
        <onbekend>x</onbekend>
        <kenmerk>VZ-1</kenmerk>
      </dossier>
      """
    let bag = DiagnosticBag(file: "x.xml", text: xml)
    try XMLTreeBuilder.validate(xml, schema: try #require(TestSupport.schema), bag: bag)
    let found = bag.sorted
    #expect(found.first?.code == "invoer.xml-schema")
    #expect(found.first?.location == SourceLocation(line: 4, column: 3), "\(found.map(\.formatted))")
  }

  @Test(arguments: [
    ("<?xml version=\"1.0\"?>\n<!DOCTYPE x>\n<x/>", true),
    ("<!-- <!DOCTYPE x> -->\n<x/>", false),
    ("<?pi <!DOCTYPE x> ?><x><![CDATA[<!DOCTYPE x>]]></x>", false),
    ("<x>&lt;!DOCTYPE</x><!DOCTYPE y>", false),
    ("<!-- open", false),
  ])
  func doctypeIsFoundOnlyInTheProlog(_ xml: String, _ expected: Bool) {
    #expect(XMLSchema.declaresDoctype(Array(xml.utf8)) == expected)
  }
}
