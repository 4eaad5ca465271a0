import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The revised contract of 2026-11-30: new keys that must round-trip, interruptions in any order,
/// and "Wat nu te doen" advice that can be followed.
@Suite struct RevisedContractTests {
  static let head = "formaat: poortwachter/1\nkenmerk: VZ-NIEUW\nwerknemer: { naam: J. Jansen }\n"

  func evaluate(_ yaml: String, peildatum: String) throws -> CaseEvaluation {
    let loaded = try #require(TestSupport.loaded(yaml), "\(TestSupport.diagnostics(yaml).map(\.formatted))")
    return RuleEngine().evaluate(loaded, peildatum: TestSupport.date(peildatum))
  }

  static let lateCase =
    head + """
      verzuim: { eerste_ziektedag: 2024-01-08, melding_ziek_uit_dienst: 2025-12-01 }
      probleemanalyse: { datum: 2024-02-20, reden_te_laat: Bedrijfsarts pas op 20 februari beschikbaar. }
      plan_van_aanpak: { datum: 2024-03-12, reden_te_laat: Werknemer op vakantie na de analyse. }
      melding_42e_week: { datum: 2024-10-30, reden_te_laat: Melding in het verzuimsysteem bleef hangen. }
      eerstejaarsevaluatie:
        datum: 2024-12-02
        tweede_spoor_nodig: false
        onderbouwing: Structurele terugkeer in eigen werk per 1 februari 2025 verwacht.
        reden_te_laat: Niet te laat.
      tweede_spoor: { gestart_op: 2025-02-01, reden_te_laat: Uitvoerder had een wachtlijst. }
      actueel_oordeel: { datum: 2025-10-08, reden_te_laat: Spreekuur verplaatst. }
      eindevaluatie: { datum: 2025-10-09, reden_te_laat: Volgt op het actueel oordeel. }
      riv_aan_werknemer: { datum: 2025-10-10, reden_te_laat: Kopie pas na de eindevaluatie. }
      wia_aanvraag: { datum: 2025-10-25, reden_te_laat: Werknemer vroeg later aan. }

      """

  @Test func newKeysRoundTripThroughRivXml() throws {
    let evaluation = try evaluate(Self.lateCase, peildatum: "2025-11-01")
    let renderer = try RenderingTests.renderer()
    let documents = try renderer.render(evaluation)
    #expect(TestSupport.schema?.validate(xml: documents.rivXML, name: "riv.xml").isEmpty == true)
    let back = try #require(TestSupport.loaded(documents.rivXML, syntax: .xml))
    #expect(back.caseFile == evaluation.loaded.caseFile)
    #expect(back.caseFile.verzuim.meldingZiekUitDienst?.description == "2025-12-01")
    #expect(back.caseFile.eerstejaarsevaluatie?.onderbouwing?.hasPrefix("Structurele terugkeer") == true)
    // The reasons for delay are for the control report, not for the human-readable RIV.
    #expect(!documents.rivHTML.contains("Uitvoerder had een wachtlijst"))
    #expect(documents.controleHTML.contains("Uitvoerder had een wachtlijst"))
    #expect(documents.rivHTML.contains("Structurele terugkeer in eigen werk"))
  }

  @Test func lateDocumentsAskForAReasonNotARepair() throws {
    let yaml =
      Self.head + "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
      + "probleemanalyse: { datum: 2024-02-20 }\nplan_van_aanpak: { datum: 2024-03-20 }\n"
    let steps = NextStep.steps(for: try evaluate(yaml, peildatum: "2024-04-01")).map(\.text)
    #expect(!steps.contains { $0.hasPrefix("Herstel:") && $0.contains("te laat") }, "\(steps)")
    #expect(
      steps.contains {
        $0.hasPrefix("Probleemanalyse was 2 dagen te laat") && $0.contains("probleemanalyse.reden_te_laat")
      })
    let explained =
      Self.head + "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
      + "probleemanalyse: { datum: 2024-02-20, reden_te_laat: Bedrijfsarts ziek. }\n"
    let after = NextStep.steps(for: try evaluate(explained, peildatum: "2024-02-25")).map(\.text)
    #expect(!after.contains { $0.hasPrefix("Probleemanalyse was") })
    // A missing document is caught up, with its reason.
    let missing = NextStep.steps(
      for: try evaluate(Self.head + "verzuim: { eerste_ziektedag: 2024-01-08 }\n", peildatum: "2024-03-01"))
    #expect(
      missing.contains {
        $0.text.hasPrefix("Probleemanalyse ontbreekt (uiterlijk 18 februari 2024): alsnog") && $0.isUrgent
      })
  }

  @Test func noTweedeSpoorIsAdvisedWhenTheEvaluationConcludesItIsNotNeeded() throws {
    let yaml =
      Self.head + "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
      + "eerstejaarsevaluatie: { datum: 2024-12-02, tweede_spoor_nodig: false, "
      + "onderbouwing: Structurele terugkeer in eigen werk verwacht. }\n"
    let steps = NextStep.steps(for: try evaluate(yaml, peildatum: "2025-01-20")).map(\.text)
    #expect(!steps.contains { $0.hasPrefix("Start tweede spoor") }, "\(steps)")
  }

  @Test func nothingIsAdvisedAfterTheWaitingPeriod() throws {
    let yaml = Self.head + "verzuim: { eerste_ziektedag: 2024-01-08, loonsanctie: { weken: 10 } }\n"
    #expect(NextStep.steps(for: try evaluate(yaml, peildatum: "2026-04-01")).isEmpty)
    #expect(!NextStep.steps(for: try evaluate(yaml, peildatum: "2025-06-01")).isEmpty)
  }

  @Test func interruptionsInAnyOrder() throws {
    let listed =
      Self.head + "verzuim:\n  eerste_ziektedag: 2024-01-08\n  onderbrekingen:\n"
      + "    - { hersteld_op: 2024-05-01, weer_ziek_op: 2024-05-08 }\n"
      + "    - { hersteld_op: 2024-03-01, weer_ziek_op: 2024-03-18 }\n"
    #expect(TestSupport.diagnostics(listed).isEmpty, "\(TestSupport.diagnostics(listed).map(\.formatted))")
    let t = try evaluate(listed, peildatum: "2024-06-01").timeline
    #expect(t.calendar.totalGapDays == 24)
    let overlapping =
      Self.head + "verzuim:\n  eerste_ziektedag: 2024-01-08\n  onderbrekingen:\n"
      + "    - { hersteld_op: 2024-03-10, weer_ziek_op: 2024-03-20 }\n"
      + "    - { hersteld_op: 2024-03-01, weer_ziek_op: 2024-03-18 }\n"
    let found = TestSupport.diagnostics(overlapping)
    #expect(found.count == 1)
    #expect(found.first?.message.hasPrefix("onderbreking 1 overlapt met onderbreking 2") == true)
  }

  @Test func aDocumentAfterThePeildatumIsAWarningAndNotDone() throws {
    let yaml =
      Self.head + "verzuim: { eerste_ziektedag: 2024-01-08 }\nprobleemanalyse: { datum: 2024-03-20 }\n"
    let evaluation = try evaluate(yaml, peildatum: "2024-03-01")
    let finding = evaluation.findings.first { $0.ruleID == "wvp.invoer.datum-na-peildatum" }
    #expect(finding?.severity == .waarschuwing)
    #expect(finding?.location == SourceLocation(line: 5, column: 27))
    #expect(evaluation.timeline[.probleemanalyse]?.status == .verlopen)
  }

  @Test func ziekUitDienstMessagesNameTheLastDay() throws {
    let yaml =
      "formaat: poortwachter/1\nkenmerk: VZ-UIT\nwerknemer: { naam: J. Jansen, uit_dienst: 2024-04-30 }\n"
      + "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
    let findings = try evaluate(yaml, peildatum: "2024-05-10").findings
    let copy = findings.first { $0.ruleID == "wvp.riv-aan-werknemer.ontbreekt" }
    #expect(copy?.message.contains("laatste dag van het dienstverband (ziek uit dienst)") == true)
    #expect(copy?.message.contains("week 91") == false)
    let variant = findings.first { $0.ruleID == "wvp.ziek-uit-dienst.variant" }
    #expect(
      variant?.message.contains("kalenderdag 114 vanaf de eerste ziektedag (16 weken en 2 dagen)") == true)
    #expect(variant?.message.contains("ziek in dienst") == false)
    #expect(findings.contains { $0.ruleID == "wvp.ziek-uit-dienst.melding" })
  }

  @Test func weekNinetyOneRulesCiteTheWiaDeadline() {
    let ids = ["actueel-oordeel", "eindevaluatie", "riv-aan-werknemer"].flatMap {
      ["wvp.\($0).te-laat", "wvp.\($0).ontbreekt"]
    }
    for id in ids {
      let bron = RuleCatalogue.rule(id: id)?.description.bron ?? ""
      #expect(
        bron.hasPrefix("Wet WIA, art. 64 lid 3") || bron.contains("; Wet WIA, art. 64 lid 3"),
        "\(id): \(bron)")
    }
    // Sources name laws, regulations and public pages, never internal research ids.
    for rule in RuleCatalogue.standard {
      let bron = rule.description.bron
      #expect(
        bron.range(of: #"\(R\d"#, options: .regularExpression) == nil, "\(rule.description.id): \(bron)")
    }
  }
}
