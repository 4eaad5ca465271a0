import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// What the upload list says: Dutch dates, no medical terms, and the one list of "dossier compleet".
@Suite struct PackPlanTextTests {
  static func plans() throws -> [(file: String, evaluation: CaseEvaluation, plan: PackPlan)] {
    try TestSupport.sampleFiles().compactMap { file in
      let loaded = try #require(TestSupport.loaded(path: file), "\(file) does not load")
      let evaluation = RenderingTests.evaluation(loaded)
      guard case .success(let plan) = PackPlan.make(evaluation, always: true) else { return nil }
      return (file, evaluation, plan)
    }
  }

  static func hasISODate(_ text: String) -> Bool { text.contains(/\d{4}-\d{2}-\d{2}/) }

  @Test func sentencesCarryDutchDatesNotISODates() throws {
    let plans = try Self.plans()
    #expect(plans.count >= 10)
    for (file, _, plan) in plans {
      #expect(!Self.hasISODate(plan.termijn), "\(file): \(plan.termijn)")
      for gap in plan.ontbreekt { #expect(!Self.hasISODate(gap.melding), "\(file): \(gap.melding)") }
    }
    let wia = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2024-0117.yaml"))
    let termijn = try PackPlan.make(RenderingTests.evaluation(wia), always: true).get().termijn
    let applied = try #require(wia.caseFile.wiaAanvraag?.datum)
    #expect(termijn.hasSuffix("aanvroeg op \(DutchDate.long(applied))"))
    let recovered = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2024-0231.yaml"))
    guard case .failure(let none) = PackPlan.make(RenderingTests.evaluation(recovered)) else {
      Issue.record("a pack for a recovered case")
      return
    }
    #expect(!Self.hasISODate(none.reason), "\(none.reason)")
    #expect(
      none.reason.contains(
        "volledig hersteld op \(DutchDate.long(try #require(recovered.caseFile.verzuim.volledigHersteldOp)))")
    )
  }

  /// The privacy finding names the field, not the terms: its message reaches the upload list.
  @Test func thePrivacyFindingQuotesNoMedicalTerm() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2025-0142.yaml"))
    let evaluation = RenderingTests.evaluation(loaded)
    let finding = try #require(evaluation.findings.first { $0.ruleID == "wvp.privacy.medische-gegevens" })
    #expect(MedicalTermScanner.standard.matches(in: finding.message).isEmpty, "\(finding.message)")
    #expect(
      finding.message.hasPrefix(
        "medische gegevens in 'evaluaties[2].verslag' (2 termen: klacht, behandeling)"))
    let gap = try #require(
      try PackPlan.make(evaluation, always: true).get().ontbreekt.first { $0.regel == finding.ruleID })
    #expect(
      !gap.melding.lowercased().contains("rugklachten") && !gap.melding.lowercased().contains("fysiotherapie")
    )
  }

  /// Any finding whose message quotes a medical term (a rule citing the case's own text) goes into
  /// the upload list as the rule's title and the field.
  @Test func noUploadListTextCanQuoteAMedicalTerm() throws {
    let quoting = Finding(
      ruleID: "wvp.riv.visie-partijen", severity: .fout,
      message: "de visie noemt 'hernia' en 'fysiotherapie'",
      bron: "", location: nil, path: FieldPath("eindevaluatie.visie_werkgever"))
    let text = PackPlan.uploadText(quoting)
    #expect(MedicalTermScanner.standard.matches(in: text).isEmpty, "\(text)")
    #expect(text.hasSuffix(" in 'eindevaluatie.visie_werkgever'; zie controle.html"))
    for (file, _, plan) in try Self.plans() {
      for gap in plan.ontbreekt {
        #expect(MedicalTermScanner.standard.matches(in: gap.melding).isEmpty, "\(file): \(gap.melding)")
      }
    }
  }

  /// The upload list's findings are exactly those of the toets question "Is het dossier compleet?"
  /// that concern a document: a late 42e-weekmelding, the WIA application or the ziek-uit-dienst
  /// melding leave nothing to upload and stay findings.
  @Test func theUploadListFollowsTheToetsQuestionDossierCompleet() throws {
    // The parts, and the employee's oordeel when the upload needs it (also before any rule finds it
    // missing: the rule fires only from the WIA application on).
    let missingParts = Set(PackPlan.parts.map(MilestoneRules.missingRuleID) + [PackPlan.employeeViewRule])
    var seen = Set<String>()
    for (file, evaluation, plan) in try Self.plans() {
      // Besides the parts, the upload's own documents (UWV's loonsanctie decision: `upload.*`).
      let listed = Set(plan.ontbreekt.map(\.regel).filter { !$0.hasPrefix("upload.") }).subtracting(
        missingParts)
      let expected = Set(
        evaluation.findings.map(\.ruleID).filter(ToetsMapping.isDossierCompleet).filter { id in
          !PackPlan.noDocument.contains { id.hasPrefix($0) }
        }
      ).subtracting(missingParts)
      #expect(listed == expected, "\(file)")
      seen.formUnion(listed)
    }
    #expect(!ToetsMapping.isDossierCompleet("wvp.arbeidsdeskundig-onderzoek.ontbreekt"))
    #expect(!ToetsMapping.isDossierCompleet("wvp.tweede-spoor.rapportage"))
    #expect(ToetsMapping.isDossierCompleet("wvp.riv.volgorde"))
    #expect(ToetsMapping.isDossierCompleet("wvp.riv-aan-werknemer.ontbreekt"))
    #expect(!seen.isEmpty)
  }

  /// One slug per milestone names its rules and the upload list's missing parts.
  @Test func milestoneRuleIdsComeFromOneSlug() throws {
    let ids = Set(RuleCatalogue.standard.map(\.description.id))
    for id in PackPlan.parts { #expect(ids.contains(MilestoneRules.missingRuleID(id)), "\(id)") }
    let milestoneIDs = Set(
      Milestone.ID.allCases.flatMap { [MilestoneRules.lateRuleID($0), MilestoneRules.missingRuleID($0)] })
    for rule in MilestoneRules.all
    where rule.description.id.hasSuffix(".te-laat") || rule.description.id.hasSuffix(".ontbreekt") {
      #expect(milestoneIDs.contains(rule.description.id), "\(rule.description.id)")
    }
    #expect(Milestone.ID.planVanAanpak.ruleSlug == "plan-van-aanpak")
    #expect(Milestone.ID.melding42eWeek.ruleSlug == "melding-42e-week")
  }

  /// The sample whose 42e-weekmelding was 17 days late: a finding, not a missing upload.
  @Test func aLate42eWeekMeldingIsNoMissingUpload() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2025-0142.yaml"))
    let evaluation = RenderingTests.evaluation(loaded)
    #expect(evaluation.findings.contains { $0.ruleID == "wvp.melding-42e-week.te-laat" })
    let plan = try PackPlan.make(evaluation, always: true).get()
    #expect(!plan.ontbreekt.contains { $0.regel.hasPrefix("wvp.melding-42e-week") })
  }

  /// A loonsanctie case faces a bekortingsverzoek: only the documents after UWV's decision count,
  /// and the decision itself is asked for (the sample listed 48 files mixing the original RIV
  /// with a year of later documents, without a word on the loonsanctie).
  @Test func aLoonsanctieCaseGetsTheBekortingsverzoek() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2023-0274.yaml"))
    let plan = try PackPlan.make(RenderingTests.evaluation(loaded), always: true).get()
    #expect(plan.variant == .bekortingsverzoek)
    let decided = try #require(loaded.caseFile.verzuim.loonsanctie?.besluitOp)
    #expect(plan.documents.allSatisfy { $0.datum > decided })
    #expect(!plan.notCounted.isEmpty)
    #expect(plan.ontbreekt.contains { $0.regel == "upload.loonsanctie-besluit" })
    #expect(plan.notes.contains { $0.contains("bekortingsverzoek") })
  }

  /// After a verlenging the actueel oordeel and eindevaluatie of the verlengingsverzoek, and the
  /// employee's oordeel on them, do not count: they are missing again (VZ-2024-0163 said "er
  /// ontbreekt niets").
  @Test func aVerlengingRenewsTheFinalParts() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2024-0163.yaml"))
    let plan = try PackPlan.make(RenderingTests.evaluation(loaded), always: true).get()
    let rules = plan.ontbreekt.map(\.regel)
    #expect(rules.contains("wvp.actueel-oordeel.ontbreekt") && rules.contains("wvp.eindevaluatie.ontbreekt"))
    #expect(!plan.documents.contains { $0.kind == .actueelOordeel || $0.kind == .eindevaluatie })
    #expect(
      Set(plan.notCounted.map(\.document.path.description))
        == ["actueel_oordeel", "eindevaluatie", "oordeel_werknemer"])
  }
}
