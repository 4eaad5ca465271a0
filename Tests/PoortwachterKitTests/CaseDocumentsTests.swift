import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The one walk over a case's documents: every path it yields exists in the file, and redaction
/// follows those paths rather than the words of a text.
@Suite struct CaseDocumentsTests {
  @Test(arguments: TestSupport.sampleFiles())
  func everyDocumentAndTextPathIsInTheFile(file: String) throws {
    let loaded = try #require(TestSupport.loaded(path: file), "\(file) does not load")
    let documents = CaseDocuments(loaded.caseFile)
    #expect(!documents.isEmpty)
    for document in documents {
      #expect(loaded.sourceMap.contains(document.path), "\(file): \(document.path)")
    }
    for text in loaded.freeTexts {
      #expect(loaded.sourceMap.contains(text.path), "\(file): \(text.path)")
    }
  }

  @Test func documentsComeInTheOrderOfTheReport() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2023-0412.yaml"))
    let kinds = CaseDocuments(loaded.caseFile).map(\.kind)
    let order = CaseDocumentKind.allCases
    let positions = kinds.compactMap { order.firstIndex(of: $0) }
    #expect(positions == positions.sorted())
    #expect(kinds.contains(.planVanAanpak) && kinds.contains(.eindevaluatie))
  }

  @Test func redactionIsKeyedByPathNotByWords() throws {
    let words = "Rugklachten nemen af dankzij fysiotherapie."
    let yaml = """
      formaat: poortwachter/1
      kenmerk: T-1
      werknemer: { naam: A. Jansen }
      verzuim: { eerste_ziektedag: 2024-01-08 }
      evaluaties:
        - { datum: 2024-03-01, verslag: \(words) }
      deskundigenoordelen:
        - { datum: 2024-04-01, aanvrager: werkgever, vraag: \(words) }
      """
    let loaded = try #require(TestSupport.loaded(yaml))
    let evaluation = RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2024-05-01"))
    #expect(evaluation.medicalTexts.map(\.path.description) == ["evaluaties[1].verslag"])
    let documents = try RenderingTests.renderer().render(evaluation)
    // The employer's evaluation is replaced; UWV's question, with the same words, is not.
    #expect(documents.rivHTML.components(separatedBy: "Rugklachten").count == 2)
    #expect(documents.rivHTML.contains("Tekst weggelaten"))
  }

  @Test func textsOutsideDocumentsAreScreenedAndRedactedToo() throws {
    let yaml = """
      formaat: poortwachter/1
      kenmerk: T-2
      werknemer:
        naam: A. Jansen
        bekwaamheden: { opleidingen: [ MBO logistiek ], vaardigheden: [ Werkt ondanks een hernia ] }
      verzuim:
        eerste_ziektedag: 2024-01-08
        verlengingen: [ { besluit_op: 2025-10-01, weken: 12, reden: Wacht op fysiotherapie } ]
        loonsanctie: { besluit_op: 2026-01-10, weken: 20, redenen: [ Te laat gestart ], herstelplan: Na de rugoperatie opbouwen }
      """
    let loaded = try #require(TestSupport.loaded(yaml))
    let evaluation = RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2026-02-01"))
    #expect(
      Set(evaluation.medicalTexts.map(\.path.description)) == [
        "werknemer.bekwaamheden.vaardigheden[1]", "verzuim.verlengingen[1].reden",
        "verzuim.loonsanctie.herstelplan",
      ])
    let documents = try RenderingTests.renderer().render(evaluation)
    for words in ["hernia", "fysiotherapie", "rugoperatie"] {
      #expect(!documents.rivHTML.contains(words) && !documents.rivXML.contains(words), "\(words)")
    }
    #expect(documents.rivHTML.contains("MBO logistiek"))
  }
}
