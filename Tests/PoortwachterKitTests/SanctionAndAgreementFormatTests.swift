import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Two additions to the case format: UWV's loonsanctie decision as received
/// (`verzuim.loonsanctie.origineel`), checked like every original, and the agreements a bijstelling
/// of the plan or an evaluatie records (`afspraken`), shown in riv.html, riv.xml and the pack's
/// concepts; both read back from riv.xml.
@Suite struct SanctionAndAgreementFormatTests {
  static let sanctionCase = """
    formaat: poortwachter/1
    kenmerk: VZ-2024-0902
    werknemer: { naam: J. de Vries, bsn: "123456782" }
    verzuim:
      eerste_ziektedag: 2024-01-08
      loonsanctie: { besluit_op: 2025-11-20, weken: 26, origineel: bijlagen/besluit.pdf }

    """

  static let agreementCase = """
    formaat: poortwachter/1
    kenmerk: VZ-2024-0903
    werknemer: { naam: J. de Vries, bsn: "123456782" }
    verzuim: { eerste_ziektedag: 2024-01-08 }
    plan_van_aanpak:
      datum: 2024-02-22
      opgesteld_door: { naam: P. Bakker, functie: Casemanager }
      ondertekend: { werkgever: 2024-02-22, werknemer: 2024-02-23 }
      afspraken: [ Wekelijks contact met de casemanager ]
      bijstellingen:
        - datum: 2024-04-01
          opgesteld_door: { naam: P. Bakker, functie: Casemanager }
          toelichting: Opbouw aangepast.
          ondertekend: { werkgever: 2024-04-01, werknemer: 2024-04-02 }
          afspraken:
            - { activiteit: Opbouw naar 4 uur per dag, wie: werknemer, wanneer: 2024-05-01, status: lopend }
    evaluaties:
      - datum: 2024-05-13
        opgesteld_door: { naam: P. Bakker, functie: Casemanager }
        verslag: Opbouw loopt volgens plan.
        ondertekend: { werkgever: 2024-05-13, werknemer: 2024-05-14 }
        afspraken:
          - Gesprek met de arbeidsdeskundige inplannen
          - { activiteit: Proefplaatsing op de afdeling inkoop, wie: casemanager P. Bakker, wanneer: elke week }

    """

  /// A folder with the sanction case and `bijlagen/besluit.pdf` holding `lines` (when given).
  static func sanctionFolder(_ lines: [String]?) throws -> String {
    let folder = NSTemporaryDirectory() + "/pw-loonsanctie-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder + "/bijlagen", withIntermediateDirectories: true)
    if let lines {
      try Data(HostileOriginalFiles.pdf([.init(lines)])).write(
        to: URL(fileURLWithPath: folder + "/bijlagen/besluit.pdf"))
    }
    try sanctionCase.write(toFile: folder + "/case.yaml", atomically: true, encoding: .utf8)
    return folder + "/case.yaml"
  }

  @Test(.enabled(if: OriginalTools.standard.pdftotext != nil, HostileOriginalFiles.popplerSkip))
  func theLoonsanctieDecisionIsReadAndCheckedAsAnOriginal() throws {
    let own = try Self.sanctionFolder(["Besluit loonsanctie", "J. de Vries", "BSN 123456782"])
    defer { try? FileManager.default.removeItem(atPath: (own as NSString).deletingLastPathComponent) }
    let evaluation = try HostileOriginalTests.evaluation(own)
    #expect(evaluation.loaded.caseFile.verzuim.loonsanctie?.origineel == "bijlagen/besluit.pdf")
    #expect(!evaluation.findings.contains { $0.ruleID.hasPrefix("wvp.origineel.") })
    let requirements = UploadRequirements(evaluation)
    let decision = try #require(requirements.documents.first { $0.kind == .loonsanctieBesluit })
    #expect(decision.origineel == "bijlagen/besluit.pdf" && !decision.isMissing)

    let other = try Self.sanctionFolder(["Besluit loonsanctie", "K. Jansen", "BSN 111222333"])
    defer { try? FileManager.default.removeItem(atPath: (other as NSString).deletingLastPathComponent) }
    let found = try HostileOriginalTests.evaluation(other).findings.first {
      $0.ruleID == "wvp.origineel.bsn-ander"
    }
    #expect(found?.severity == .fout && found?.path?.description == "verzuim.loonsanctie.origineel")
    #expect(found?.message.contains("(besluit loonsanctie van UWV)") == true)
    #expect(found?.location == SourceLocation(line: 6, column: 64))
  }

  @Test func aMissingLoonsanctieDecisionFileIsAnInputErrorWithItsPlace() throws {
    let file = try Self.sanctionFolder(nil)
    defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
    guard case .failed(_, let diagnostics) = TestSupport.loader().load(path: file) else {
      Issue.record("a missing decision file must not load")
      return
    }
    #expect(diagnostics.first?.code == "invoer.origineel")
    #expect(diagnostics.first?.location == SourceLocation(line: 6, column: 64))
    #expect(diagnostics.first?.message.contains("'verzuim.loonsanctie.origineel'") == true)
  }

  @Test func agreementsOfRevisionsAndEvaluationsAreReadRenderedAndReadBack() throws {
    let loaded = try #require(TestSupport.loaded(Self.agreementCase))
    let c = loaded.caseFile
    let revision = try #require(c.planVanAanpak?.bijstellingen.first)
    #expect(
      revision.afspraken == [
        Afspraak(
          activiteit: "Opbouw naar 4 uur per dag", wie: "werknemer", wanneer: "2024-05-01", status: .lopend)
      ])
    let evaluation = try #require(c.evaluaties.first)
    #expect(evaluation.afspraken.map(\.activiteit).count == 2)
    #expect(evaluation.afspraken.first == Afspraak("Gesprek met de arbeidsdeskundige inplannen"))
    #expect(evaluation.ondertekend?.werknemer == TestSupport.date("2024-05-14"))

    let evaluated = RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2024-06-01"))
    // Rendering validates riv.xml against the XSD.
    let documents = try RenderingTests.renderer().render(evaluated)
    let html = documents.rivHTML
    #expect(html.contains("Afspraken bij deze bijstelling"))
    #expect(
      html.contains("<td>Opbouw naar 4 uur per dag</td><td>werknemer</td><td>1 mei 2024</td><td>loopt</td>"))
    #expect(html.contains("Afspraken bij deze evaluatie"))
    #expect(html.contains("Proefplaatsing op de afdeling inkoop"))
    let xml = documents.rivXML
    #expect(xml.contains("<afspraak><activiteit>Opbouw naar 4 uur per dag</activiteit><wie>werknemer</wie>"))
    guard case .loaded(let back) = TestSupport.loader().load(text: xml, file: "riv.xml", syntax: .xml) else {
      Issue.record("riv.xml does not read back")
      return
    }
    #expect(back.caseFile.planVanAanpak?.bijstellingen.first?.afspraken == revision.afspraken)
    #expect(back.caseFile.evaluaties.first?.afspraken == evaluation.afspraken)
    #expect(back.caseFile.evaluaties.first?.ondertekend == evaluation.ondertekend)
  }

  /// The pack's concepts of a bijstelling and an evaluation list their agreements.
  @Test func packConceptsOfRevisionsAndEvaluationsShowTheirAgreements() throws {
    let loaded = try #require(TestSupport.loaded(Self.agreementCase))
    let evaluated = RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2024-06-01"))
    let templates = try RenderingTests.renderer().templates
    let dossier = DossierContext(evaluation: evaluated)
    let documents = PackDocument.documents(of: loaded.documents, redacted: [])
    for (kind, expected) in [
      (CaseDocumentKind.bijstellingPlanVanAanpak, "Opbouw naar 4 uur per dag"),
      (.evaluatie, "Proefplaatsing op de afdeling inkoop"),
    ] {
      let document = try #require(documents.first { $0.kind == kind })
      let context = PackDocumentContext(dossier: dossier, document: document, fileName: "x.pdf").build()
      let html = try templates.render("uwv/document.html", context: context)
      #expect(html.contains("Afspraken die veranderden of erbij kwamen"))
      #expect(html.contains(expected))
      // The plan's own agreement is not repeated in the revision or the evaluation.
      #expect(!html.contains("Wekelijks contact met de casemanager"))
    }
  }

  /// A loonsanctie decision reads back from riv.xml.
  @Test func theLoonsanctieDecisionReadsBackFromRivXML() throws {
    let loaded = try #require(TestSupport.loaded(Self.sanctionCase))
    let evaluated = RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2025-12-01"))
    let xml = try RenderingTests.renderer().render(evaluated).rivXML
    #expect(xml.contains("<origineel>bijlagen/besluit.pdf</origineel></loonsanctie>"))
    guard case .loaded(let back) = TestSupport.loader().load(text: xml, file: "riv.xml", syntax: .xml) else {
      Issue.record("riv.xml does not read back")
      return
    }
    #expect(back.caseFile.verzuim.loonsanctie?.origineel == "bijlagen/besluit.pdf")
  }
}
