import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The facts a case's outputs share are worked out once and held by the evaluation (the loaded
/// case holds its documents, the timeline its ziek-uit-dienst variant, the evaluation its phase),
/// and they are the facts a fresh computation gives.
@Suite struct EvaluationFactsTests {
  static func evaluations() -> [CaseEvaluation] {
    let peildatum = TestSupport.date("2026-11-22")
    let synthetic = SyntheticCases(peildatum: peildatum)
    let texts = (0..<40).map { synthetic.yaml($0) }
    let loaded =
      TestSupport.sampleFiles().compactMap { TestSupport.loaded(path: $0) }
      + texts.compactMap { TestSupport.loaded($0) }
    return loaded.map { RuleEngine().evaluate($0, peildatum: peildatum) }
  }

  @Test func heldFactsAreTheComputedOnes() {
    let evaluations = Self.evaluations()
    #expect(evaluations.count > 50)
    for evaluation in evaluations {
      let c = evaluation.loaded.caseFile
      let exit = ZiekUitDienst(caseFile: c, calendar: evaluation.timeline.calendar)
      #expect(evaluation.timeline.ziekUitDienst.variant == exit.variant)
      #expect(evaluation.timeline.ziekUitDienst.lastDayOfEmployment == exit.lastDayOfEmployment)
      #expect(evaluation.phase == CasePhase(caseFile: c, timeline: evaluation.timeline))
      #expect(evaluation.documents.all == CaseDocuments(c).all)
    }
  }

  /// A batch adds its own finding without evaluating the case again: the result is the evaluation
  /// built from scratch with that finding (the toets judged again, everything else the same).
  @Test func addingAFindingEqualsRebuilding() {
    for evaluation in Self.evaluations() {
      let finding = Finding(
        ruleID: "batch.dubbel-kenmerk", severity: .fout, message: "kenmerk staat ook in een ander bestand",
        bron: "poortwachter batch", location: evaluation.loaded.sourceMap.location(of: "kenmerk"),
        path: FieldPath("kenmerk"))
      let added = evaluation.adding(finding)
      let rebuilt = CaseEvaluation(
        loaded: evaluation.loaded, timeline: evaluation.timeline, findings: evaluation.findings + [finding],
        medicalTexts: evaluation.medicalTexts)
      #expect(added.findings == rebuilt.findings)
      #expect(added.toets == rebuilt.toets)
      #expect(added.agenda == rebuilt.agenda)
      #expect(added.phase == rebuilt.phase)
      #expect(added.findings.count == evaluation.findings.count + 1)
    }
  }
}
