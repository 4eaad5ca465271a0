import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The new parts the RIV-toets weighs reach riv.html as recognisable parts, and their texts pass
/// the privacy screen like every other employer text.
@Suite struct AssessmentSectionTests {
  static func evaluation(_ yaml: String, _ peildatum: String = "2026-11-22") throws -> CaseEvaluation {
    let loaded = try #require(TestSupport.loaded(RuleExample.header + yaml))
    return RuleEngine().evaluate(loaded, peildatum: TestSupport.date(peildatum))
  }

  @Test func theRichSampleShowsEveryNewPart() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2023-0274.yaml"))
    let evaluation = RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2026-11-22"))
    let html = try RenderingTests.renderer().render(evaluation).rivHTML
    for part in [
      "<h4>Bekwaamheden</h4>", "<h4>Loonsanctie van UWV</h4>", "Er was geen zoekprofiel",
      "Spoor 1: functies bij de eigen werkgever", "<h4>Conclusies per soort werk</h4>",
      "<h4>Adviezen van de arbeidsdeskundige</h4>", "Opvolging van de adviezen door de werkgever",
      "<strong>nog lopend</strong>", "Persoonsprofiel — 8 september 2025",
      "<h3>Voortgang per periode</h3>", "Evaluatie van de uitvoerder door de werkgever",
      "<h3>Benutbare mogelijkheden</h3>", "Belastbaarheidsprofiel (FML) van:</strong> 1 maart 2024",
    ] {
      #expect(html.contains(part), "riv.html mist '\(part)'")
    }
    #expect(!html.contains("inschatting, geen oordeel van UWV"), "the estimate belongs in controle.html")
  }

  @Test func aDiagnosisInTheSpoor1OverviewIsFoundAndRedacted() throws {
    let evaluation = try Self.evaluation(
      "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
        + "spoor_1: { functies: [ { naam: Monteur, passend: nee, reden: Niet passend door de hernia. } ] }\n")
    #expect(evaluation.findings.contains { $0.ruleID == "wvp.privacy.medische-gegevens" })
    let html = try RenderingTests.renderer().render(evaluation).rivHTML
    #expect(!html.contains("hernia"))
    #expect(html.contains("Tekst weggelaten"))
  }

  @Test func aSanctionWithoutTheNewKeysReadsAsBefore() throws {
    let evaluation = try Self.evaluation(
      "verzuim: { eerste_ziektedag: 2024-01-08, loonsanctie: { weken: 10 } }\n")
    let sanction = try #require(evaluation.loaded.caseFile.verzuim.loonsanctie)
    #expect(sanction.weken == 10 && sanction.redenen.isEmpty && sanction.bekortingsverzoekOp == nil)
  }

  @Test func aVerlengingKeyIsNotAcceptedOnALoonsanctie() throws {
    let diagnostics = TestSupport.diagnostics(
      RuleExample.header
        + "verzuim: { eerste_ziektedag: 2024-01-08, loonsanctie: { weken: 10, akkoord_op: 2024-05-01 } }\n")
    #expect(
      diagnostics.contains { $0.code == "invoer.onbekende-sleutel" && $0.message.contains("akkoord_op") })
  }
}

extension AssessmentSectionTests {
  @Test func voortgangCountsAndPeriodsAreChecked() {
    let head = RuleExample.header + "verzuim: { eerste_ziektedag: 2024-01-08 }\ntweede_spoor:\n  voortgang:\n"
    let huge = TestSupport.diagnostics(
      head + "    - { van: 2025-02-01, tot: 2025-03-01, sollicitaties: 1e20 }\n")
    #expect(
      huge.contains {
        $0.code == "invoer.waarde" && $0.message.contains("sollicitaties") && $0.location?.line == 7
      })
    let reversed = TestSupport.diagnostics(head + "    - { van: 2025-03-01, tot: 2025-02-01 }\n")
    #expect(reversed.contains { $0.code == "invoer.waarde" && $0.message.contains("ligt vóór 'van'") })
  }
}
