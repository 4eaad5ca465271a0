import Foundation
import PoortwachterTemplates
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The dossier renderer: schema-valid XML that reads back as the same case, escaping, templates.
@Suite struct RenderingTests {
  static let peildatum = TestSupport.date("2026-11-22")

  static func renderer(override: String? = nil) throws -> DossierRenderer {
    let schema = try BuiltInSchema.load(from: TestSupport.templates)
    return DossierRenderer(
      templates: try DossierRenderer.loadTemplates(builtIn: TestSupport.templates, override: override),
      schema: schema)
  }

  static func evaluation(_ loaded: LoadedCase) -> CaseEvaluation {
    RuleEngine().evaluate(loaded, peildatum: peildatum)
  }

  @Test(arguments: TestSupport.sampleFiles())
  func xmlRoundTripGivesTheSameCase(_ file: String) throws {
    let loaded = try #require(TestSupport.loaded(path: file), "\(file) does not load")
    let documents = try Self.renderer().render(Self.evaluation(loaded))
    #expect(TestSupport.schema?.validate(xml: documents.rivXML, name: "riv.xml").isEmpty == true)
    let back = try #require(
      TestSupport.loaded(documents.rivXML, syntax: .xml), "riv.xml of \(file) does not read back")
    let flagged = Self.evaluation(loaded).medicalTexts
    if flagged.isEmpty {
      #expect(back.caseFile == loaded.caseFile)
    } else {
      // Medical texts are redacted in the dossier, so such a case reads back with the notice.
      for text in flagged.map(\.text) {
        #expect(!documents.rivXML.contains(text) && !documents.rivHTML.contains(text))
      }
      #expect(documents.rivHTML.contains("Tekst weggelaten: bevat medische gegevens"))
    }
    #expect(!documents.rivHTML.isEmpty && !documents.controleHTML.isEmpty)
  }

  static let hostile = "<script>alert('x')</script> & \"quoted\" 'apos' ]]> <!-- --> &amp; ünïcødé \u{2028} 😀"

  /// A case with a hostile string in every text field.
  static func hostileCase() -> String {
    let h =
      "\""
      + hostile.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
      .replacingOccurrences(of: "\u{2028}", with: "\\L") + "\""
    let long = "\"" + String(repeating: "lange tekst ", count: 2_000) + "\""
    let person = "{ naam: \(h), functie: \(h), organisatie: \(h) }"
    return """
      formaat: poortwachter/1
      kenmerk: VZ-HOSTILE
      werkgever: { naam: \(h), aard_bedrijf: \(h), adres: { straat: \(h), postcode: \(h), plaats: \(h) }, contactpersoon: \(person) }
      werknemer: { naam: \(h), bsn: "123456782", functie: \(h), adres: { straat: \(h), postcode: \(h), plaats: \(h) } }
      betrokkenen: { casemanager: \(person), bedrijfsarts: \(person) }
      verzuim: { eerste_ziektedag: 2024-01-08 }
      probleemanalyse: { datum: 2024-02-12, opgesteld_door: \(person), mogelijkheden_en_beperkingen: \(h), prognose: \(long), advies: \(h), bijstellingen: [ { datum: 2024-04-01, opgesteld_door: \(person), toelichting: \(h) } ] }
      plan_van_aanpak: { datum: 2024-02-20, opgesteld_door: \(person), doel: \(h), afspraken: [ \(h), \(h) ], visie_werkgever: \(h), visie_werknemer: \(h) }
      evaluaties: [ { datum: 2024-03-20, opgesteld_door: \(person), verslag: \(h) } ]
      arbeidsdeskundige_onderzoeken: [ { datum: 2024-11-20, opgesteld_door: \(person), conclusie: \(h), advies: spoor2 } ]
      eerstejaarsevaluatie: { datum: 2024-12-01, opgesteld_door: \(person), toelichting: \(h), visie_werkgever: \(h), visie_werknemer: \(h) }
      tweede_spoor: { gestart_op: 2025-01-10, uitvoerder: \(person), fasen: [ { fase: intake, van: 2025-01-10 } ], activiteiten: [ { datum: 2025-01-20, soort: cv, omschrijving: \(h) } ], rapportages: [ { datum: 2025-02-01, opgesteld_door: \(person), samenvatting: \(h) } ], resultaat: \(h) }
      deskundigenoordelen: [ { datum: 2025-03-01, aanvrager: werkgever, vraag: \(h), oordeel: \(h), opvolging: \(h) } ]
      actueel_oordeel: { datum: 2025-09-01, opgesteld_door: \(person), arbeidsverhouding: \(h), passend_werk_bij_werkgever: \(h) }
      eindevaluatie: { datum: 2025-09-15, opgesteld_door: \(person), toelichting: \(h), visie_werkgever: \(h), visie_werknemer: \(h) }
      oordeel_werknemer: { datum: 2025-09-20, tekst: \(h) }

      """
  }

  @Test func hostileStringsAreEscapedEverywhere() throws {
    guard let loaded = TestSupport.loaded(Self.hostileCase()) else {
      Issue.record(
        "hostile case does not load: \(TestSupport.diagnostics(Self.hostileCase()).map(\.formatted))")
      return
    }
    #expect(loaded.caseFile.werknemer.naam == Self.hostile)
    let documents = try Self.renderer().render(Self.evaluation(loaded))
    for html in [documents.rivHTML, documents.controleHTML] {
      #expect(!html.contains("<script"))
      #expect(!html.contains("]]>"))
      #expect(html.contains("&lt;script&gt;"))
    }
    #expect(!documents.rivXML.contains("<script"))
    let back = try #require(
      TestSupport.loaded(documents.rivXML, syntax: .xml), "hostile riv.xml does not read back")
    #expect(back.caseFile == loaded.caseFile)
  }

  @Test func controlCharactersAreRejectedAtParseTimeWithAPosition() {
    let found = TestSupport.diagnostics(
      "formaat: poortwachter/1\nkenmerk: X\nwerknemer: { naam: \"J\\u0001\" }\nverzuim: { eerste_ziektedag: 2024-01-08 }\n"
    )
    // An escaped control character inside a quoted YAML string is caught after decoding.
    #expect(found.first?.code == "invoer.tekens")
    #expect(found.first?.location == SourceLocation(line: 3, column: 20))
    #expect(found.first?.message.contains("U+0001") == true)
  }

  @Test func medicalFindingsAppearInTheCheckReportOnly() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2025-0142.yaml"))
    let documents = try Self.renderer().render(Self.evaluation(loaded))
    #expect(documents.controleHTML.contains("wvp.privacy.medische-gegevens"))
    #expect(!documents.rivHTML.contains("wvp."))
  }

  @Test func redactionDoesNotDependOnTheRulesThatRan() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2025-0142.yaml"))
    let evaluation = RuleEngine(rules: []).evaluate(loaded, peildatum: TestSupport.date("2026-11-22"))
    #expect(evaluation.findings.isEmpty && !evaluation.medicalTexts.isEmpty)
    let documents = try Self.renderer().render(evaluation)
    for text in evaluation.medicalTexts.map(\.text) {
      #expect(!documents.rivHTML.contains(text) && !documents.rivXML.contains(text))
    }
  }

  @Test func everyContextLevelHasEachKeyOnce() throws {
    func check(_ node: RenderNode, _ path: String) {
      let keys = node.keys
      #expect(Set(keys).count == keys.count, "duplicate key in \(path): \(keys.sorted())")
      for key in keys {
        switch node[key] {
        case .node(let child)?: check(child, path + "." + key)
        case .list(let items)?: for item in items { check(item, path + "." + key + "[]") }
        default: break
        }
      }
    }
    for file in TestSupport.sampleFiles() {
      let loaded = try #require(TestSupport.loaded(path: file), "\(file) does not load")
      check(DossierContext(evaluation: Self.evaluation(loaded)).build(), file)
    }
  }

  /// A fresh templates folder with `files` (name -> text), as a bureau's house style.
  static func override(_ files: [String: String]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("pw-tpl-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in files { try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8) }
    return path
  }

  @Test func unknownKeyIsAnErrorNotABlankAndNamesTheTag() throws {
    let override = try Self.override(["riv.html.mustache": "<h1>{{kenmerk}}</h1>\n<p>{{werknemer.nam}}</p>"])
    let renderer = try Self.renderer(override: override)
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2023-0412.yaml"))
    do {
      _ = try renderer.render(Self.evaluation(loaded))
      Issue.record("an unknown key rendered")
    } catch {
      #expect(
        error.errorDescription
          == "\(override)/riv.html.mustache:2:4: fout in sjabloon: onbekende sleutel 'nam'; zie "
          + "docs/sjablonen.md voor de sleutels\n    <p>{{werknemer.nam}}</p>")
    }
  }

  @Test func aDossierTemplateThatIsMissingIsAnError() throws {
    let empty = try Self.override([:])
    #expect(throws: PoortwachterError.template(.missingTemplate(name: "riv.html", folder: empty))) {
      _ = try DossierRenderer.loadTemplates(builtIn: empty)
    }
  }
}
