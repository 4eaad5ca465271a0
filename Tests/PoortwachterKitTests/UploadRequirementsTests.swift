import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore

/// ``UploadRequirements``: which upload a case faces, from when, and which documents count
/// (issue 22, "Variants").
@Suite struct UploadRequirementsTests {
  static func evaluation(_ file: String, on peildatum: String = "2026-11-22") throws -> CaseEvaluation {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/" + file))
    return RuleEngine().evaluate(loaded, peildatum: TestSupport.date(peildatum))
  }

  static func keys(_ requirements: UploadRequirements) -> [String] {
    requirements.documents.map(\.kind.key)
  }

  @Test func aFullCaseUploadsTheRIVFromWeek88() throws {
    let evaluation = try Self.evaluation("vz-2023-0412.yaml")
    let requirements = UploadRequirements(evaluation)
    #expect(requirements.moment == .wiaAanvraag)
    #expect(requirements.from == evaluation.timeline.calendar.firstDay(ofWeek: 88))
    #expect(requirements.missing.isEmpty)
    let required = requirements.documents.filter { $0.necessity == .verplicht }.map(\.kind.key)
    #expect(
      required == [
        "probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "actueel_oordeel", "eindevaluatie",
        "oordeel_werknemer",
      ])
    let roles = Dictionary(requirements.documents.map { ($0.kind.key, $0.role) }) { first, _ in first }
    #expect(roles["probleemanalyse"] == .deskundige)
    #expect(roles["plan_van_aanpak"] == .gezamenlijk)
    #expect(roles["arbeidsdeskundig_onderzoek"] == .deskundige)
    #expect(roles["oordeel_werknemer"] == .werknemer)
    // A week-10 case is not due yet.
    let early = UploadRequirements(try Self.evaluation("vz-2026-0301.yaml"))
    #expect(early.moment == .wiaAanvraag)
    #expect(!early.isDue(on: TestSupport.date("2026-11-22")))
  }

  /// VZ-2024-0163 said "er ontbreekt niets" with the oordeel and eindevaluatie of the request; the
  /// employee's oordeel of 12 February 2026 responds to them and does not count either (issue 22).
  @Test func afterAVerlengingTheOldOordeelAndEindevaluatieDoNotCount() throws {
    let evaluation = try Self.evaluation("vz-2024-0163.yaml")
    #expect(evaluation.timeline[.actueelOordeel]?.gedaan == nil)
    #expect(evaluation.timeline[.eindevaluatie]?.gedaan == nil)
    #expect(evaluation.timeline[.actueelOordeel]?.status == .open)
    let requirements = UploadRequirements(evaluation)
    #expect(requirements.moment == .wiaAanvraag)
    #expect(
      Set(requirements.missing.map(\.kind.key)) == ["actueel_oordeel", "eindevaluatie", "oordeel_werknemer"])
    #expect(
      Set(requirements.notCounted.map(\.document.kind)) == [
        .actueelOordeel, .eindevaluatie, .oordeelWerknemer,
      ])
    #expect(requirements.notCounted.allSatisfy { $0.reason.contains("verlengingsverzoek") })
    #expect(requirements.notes.contains { $0.contains("vrijwillige verlenging van 52 weken") })
    let flagged = evaluation.findings.filter { $0.ruleID == "wvp.verlenging.oordeel-vernieuwen" }
    #expect(flagged.count == 3)
    #expect(flagged.contains { $0.path?.description == "oordeel_werknemer" })
  }

  @Test func aLoonsanctieCaseUploadsTheBekortingsverzoek() throws {
    let evaluation = try Self.evaluation("vz-2023-0274.yaml")
    let requirements = UploadRequirements(evaluation)
    #expect(requirements.moment == .bekortingsverzoek)
    let decided = try #require(evaluation.loaded.caseFile.verzuim.loonsanctie?.besluitOp)
    #expect(requirements.from == decided)
    #expect(requirements.documents.first?.kind == .loonsanctieBesluit)
    let counted = requirements.documents.flatMap(\.documents)
    #expect(!counted.isEmpty)
    #expect(counted.allSatisfy { ($0.datum ?? decided) > decided })
    #expect(requirements.notCounted.contains { $0.document.kind == .probleemanalyse })
    #expect(requirements.notes.first?.contains("loonsanctie van 52 weken") == true)
    #expect(evaluation.findings.contains { $0.ruleID == "wvp.loonsanctie.bekortingsverzoek" })
  }

  @Test func aVervroegdeIVADemandsNoFullRIV() throws {
    let evaluation = try Self.evaluation("vz-2026-0155.yaml")
    let requirements = UploadRequirements(evaluation)
    #expect(requirements.moment == .vervroegdeIva)
    #expect(requirements.from == evaluation.loaded.caseFile.verzuim.vervroegdeIvaAangevraagdOp)
    #expect(requirements.missing.isEmpty)
    let keys = Self.keys(requirements)
    #expect(!keys.contains("eindevaluatie") && !keys.contains("actueel_oordeel"))
    #expect(!keys.contains("eerstejaarsevaluatie"))
    #expect(Set(requirements.notDemanded.map(\.kind)).isSuperset(of: [.actueelOordeel, .eindevaluatie]))
    #expect(requirements.notes.first?.contains("verklaring van de bedrijfsarts") == true)
  }

  @Test func ziekUitDienstAndRecoveryAreTheirOwnMoments() throws {
    let exit = UploadRequirements(try Self.evaluation("vz-2025-0311.yaml"))
    #expect(exit.moment == .ziekUitDienstVolledig)
    #expect(exit.from == TestSupport.date("2025-12-31"))
    let recovered = UploadRequirements(try Self.evaluation("vz-2024-0231.yaml"))
    #expect(recovered.moment == nil)
    #expect(recovered.noUpload?.contains("volledig hersteld") == true)
  }

  @Test func theDeskundigenoordeelIsAnExpertOriginal() throws {
    #expect(CaseDocumentKind.deskundigenoordeel.role == .deskundige)
    #expect(CaseDocumentKind.deskundigenoordeel.supplier.contains("UWV"))
    let requirements = UploadRequirements(try Self.evaluation("vz-2025-0088.yaml", on: "2027-01-01"))
    let opinion = try #require(requirements.documents.first { $0.kind == .document(.deskundigenoordeel) })
    #expect(opinion.role == .deskundige && opinion.necessity == .bijlage)
  }
}
