import Foundation
import PoortwachterTemplates
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The assessor's second review of the packs (issue 22): what the lists next to the files say must
/// agree with the findings and with the variant of the upload. No browser needed: the plan and the
/// to-do list are made without printing.
struct PackReviewTests {
  /// The to-do list of a case's concept pack, made before its moment too.
  static func toDo(_ evaluation: CaseEvaluation) throws -> PackToDoList {
    guard case .success(let plan) = PackPlan.make(evaluation, always: true) else {
      throw CancellationError()
    }
    return PackToDoList(plan: plan, files: [], evaluation: evaluation)
  }

  static func sample(_ name: String, _ peildatum: String) throws -> CaseEvaluation {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/" + name))
    return RuleEngine().evaluate(loaded, peildatum: TestSupport.date(peildatum))
  }

  /// The titles under "Al in orde: gekoppelde originelen".
  static func inOrder(_ list: PackToDoList) -> [String] {
    guard case .list(let nodes)? = list.context()["originelen"] else { return [] }
    return nodes.compactMap { node in
      if case .text(let title)? = node["titel"] { return title }
      return nil
    }
  }

  /// The unseen case's stranger's original is never "in orde": it is the first thing to replace.
  @Test(.enabled(if: OriginalTools.standard.pdftotext != nil, HostileOriginalFiles.popplerSkip))
  func aStrangersOriginalIsNotListedAsInOrder() throws {
    let pdf = HostileOriginalFiles.pdf([
      .init(
        size: .letter,
        [
          "12/8/26, 12:32 AM                Probleemanalyse",
          "Burgerservicenummer: \(HostileOriginalTests.otherBSN)",
        ],
        footer: ("file:///tmp/vijandig/pa.html", "1/1"))
    ])
    let file = try HostileOriginalTests.caseFile(original: "pa.pdf", pdf)
    defer { HostileOriginalTests.remove(file) }
    let list = try Self.toDo(try HostileOriginalTests.evaluation(file))
    #expect(Self.inOrder(list).isEmpty)
    let checks = list.items.filter { $0.actie == "controleren" }
    #expect(
      Set(checks.compactMap(\.regel)) == [
        "wvp.origineel.bsn-ander", "wvp.origineel.naam-ontbreekt", "wvp.origineel.paginaformaat",
        "wvp.origineel.browserafdruk",
      ])
    #expect(!list.items.contains { $0.actie == "aanvullen" && $0.regel?.hasPrefix("wvp.origineel.") == true })
    #expect(checks.allSatisfy { $0.tekst.hasPrefix("Het origineel 'bijlagen/pa.pdf'") })
    let html = String(
      decoding: try TemplateLibrary(builtIn: TestSupport.templates).renderBytes(
        "uwv/te-doen.html", context: list.context()), as: UTF8.self)
    #expect(html.contains("<h2>Originelen controleren of vervangen</h2>"))
    #expect(!html.contains("Al in orde"))
  }

  /// VZ-2025-0419's eindevaluatie is a photo OCR cannot confirm: a warning to check it by eye, so
  /// not "in orde" next to that warning; the plan van aanpak and the digitally signed evaluation are.
  @Test(.enabled(if: OriginalTools.standard.pdftotext != nil, HostileOriginalFiles.popplerSkip))
  func anOriginalWithAWarningIsNotListedAsInOrder() throws {
    let checker = CaseChecker(loader: TestSupport.loader(), peildatum: TestSupport.date("2026-12-08"))
    guard case .checked(let evaluation) = checker.check(file: TestSupport.sampleCases + "/vz-2025-0419.yaml")
    else { throw CancellationError() }
    let list = try Self.toDo(evaluation)
    #expect(
      Self.inOrder(list) == ["Plan van aanpak", "Evaluatie van het plan van aanpak van 5 december 2025"])
    #expect(list.items.contains { $0.actie == "controleren" && $0.tekst.contains("eindevaluatie") })
  }

  /// A vervroegde IVA needs no oordeel van de werknemer: the list does not ask for one.
  @Test func theIVAListDoesNotAskForTheEmployeesOordeel() throws {
    let evaluation = try Self.sample("vz-2026-0155.yaml", "2026-12-08")
    let list = try Self.toDo(evaluation)
    #expect(list.plan.variant == .vervroegdeIva)
    #expect(!list.items.contains { $0.tekst.contains("oordeel van de werknemer") })
    let html = String(
      decoding: try TemplateLibrary(builtIn: TestSupport.templates).renderBytes(
        "uwv/te-doen.html", context: list.context()), as: UTF8.self)
    #expect(!html.contains("oordeel_werknemer"))
  }

  /// A probleemanalyse or plan van aanpak made late (VZ-2025-0142) cannot be repaired by editing
  /// the case: the list says so, points at `reden_te_laat` and UWV's judgement, and keeps the pack a
  /// concept (issue 22, the assessor's leftovers).
  @Test func aLateStepIsNotListedAsSomethingToRepair() throws {
    let list = try Self.toDo(try Self.sample("vz-2025-0142.yaml", "2026-06-01"))
    let late = ["wvp.probleemanalyse.te-laat", "wvp.plan-van-aanpak.te-laat"]
    #expect(!list.items.contains { $0.actie == "herstellen" && late.contains($0.regel ?? "") })
    #expect(Set(list.items.filter { $0.actie == "te-laat" }.compactMap(\.regel)) == Set(late))
    let html = String(
      decoding: try TemplateLibrary(builtIn: TestSupport.templates).renderBytes(
        "uwv/te-doen.html", context: list.context()), as: UTF8.self)
    let text = PackDocumentContentTests.text(html)
    #expect(text.contains("Te laat gezet: niet te herstellen"))
    #expect(text.contains("kunt u niet ongedaan maken"))
    #expect(text.contains("deugdelijke grond"))
    #expect(text.contains("reden_te_laat"))
    #expect(text.contains("nog niet klaar voor UWV"))
  }

  /// The bekortingsverzoek (VZ-2023-0274, decision of 28 August 2025): the fouten about documents
  /// from before the decision (UWV judged them) do not block its pack; only the herstel period counts.
  @Test func faultsUWVAlreadyJudgedDoNotBlockTheBekortingsverzoek() throws {
    let evaluation = try Self.sample("vz-2023-0274.yaml", "2026-11-22")
    #expect(evaluation.findings.contains { $0.ruleID == "wvp.tweede-spoor.te-laat" && $0.severity == .fout })
    guard case .success(let plan) = PackPlan.make(evaluation, always: true) else { throw CancellationError() }
    #expect(plan.variant == .bekortingsverzoek)
    #expect(plan.fouten.isEmpty, "\(plan.fouten.map(\.finding.ruleID))")
    let list = PackToDoList(plan: plan, files: [], evaluation: evaluation)
    #expect(!list.items.contains { $0.actie == "herstellen" || $0.actie == "te-laat" })
  }

  /// Ziek uit dienst (volledig) needs the employee's oordeel, and no rule finds it missing there: a
  /// pack without it is not ready, and the list says what to add.
  @Test func withoutTheEmployeesOordeelThePackIsNotReady() throws {
    var text = try PackReadyTests.readyCaseText()
    let start = try #require(text.range(of: "oordeel_werknemer:\n"))
    let end = try #require(text.range(of: "riv_aan_werknemer:", range: start.upperBound..<text.endIndex))
    text.removeSubrange(start.lowerBound..<end.lowerBound)
    guard
      case .loaded(let loaded) = TestSupport.loader().load(
        text: text, file: TestSupport.sampleCases + "/vz-2025-0419-zonder.yaml", syntax: .yaml)
    else { throw CancellationError() }
    let evaluation = RenderingTests.evaluation(loaded)
    #expect(!evaluation.findings.contains { $0.ruleID == PackPlan.employeeViewRule })
    guard case .success(let plan) = PackPlan.make(evaluation) else { throw CancellationError() }
    #expect(!plan.isReady && plan.folder == "uwv-concept")
    let gap = try #require(plan.ontbreekt.first { $0.regel == PackPlan.employeeViewRule })
    #expect(gap.melding.hasPrefix("Het oordeel van de werknemer ontbreekt: voeg 'oordeel_werknemer'"))
    let list = PackToDoList(plan: plan, files: [], evaluation: evaluation)
    #expect(list.items.map(\.actie) == ["aanvullen"])
  }

  /// When the rule does find it missing (after the WIA application), it is one point, not two.
  @Test func theMissingOordeelIsOnePoint() throws {
    let evaluation = try Self.sample("vz-2025-0142.yaml", "2027-06-01")
    #expect(evaluation.findings.contains { $0.ruleID == PackPlan.employeeViewRule })
    let list = try Self.toDo(evaluation)
    let points = list.items.filter { $0.regel == PackPlan.employeeViewRule }
    #expect(points.count == 1)
    #expect(points.first?.anker != nil, "linked to the finding in controle.html")
  }

  /// A pack made before its moment says so first (week 13, due in 2028), not only an upload date.
  @Test func aPackBeforeItsMomentSaysItIsAPreview() throws {
    let early = try Self.toDo(try Self.sample("vz-2026-0301.yaml", "2026-12-08"))
    #expect(
      early.plan.notes.first
        == "Vooruitblik, gemaakt vóór het moment van de upload: week 13 van de wachttijd; het pakket wordt "
        + "gemaakt vanaf week 88, op 15 mei 2028, drie weken voordat het re-integratieverslag compleet moet "
        + "zijn. Tot dan kan er nog veel veranderen.")
    let due = try Self.toDo(try Self.sample("vz-2025-0419.yaml", "2026-12-08"))
    #expect(!due.plan.notes.contains { $0.hasPrefix("Vooruitblik") })
  }

  /// The re-integratieverslag of a WIA application is what existed by the upload day: VZ-2023-0412
  /// applied on 12 June 2025, so the evaluations and rapportages of July and August do not count.
  @Test func documentsAfterTheWIAUploadDoNotCount() throws {
    let evaluation = try Self.sample("vz-2023-0412.yaml", "2026-12-08")
    let requirements = UploadRequirements(evaluation)
    #expect(requirements.uploadBy == TestSupport.date("2025-06-13"))
    let uploadBy = try #require(requirements.uploadBy)
    let counted = requirements.documents.flatMap(\.documents)
    #expect(!counted.isEmpty && counted.allSatisfy { ($0.datum ?? uploadBy) <= uploadBy })
    let later = requirements.notCounted.filter {
      $0.reason.hasPrefix("gedateerd na de upload bij de WIA-aanvraag")
    }
    let laterDates = later.compactMap { $0.document.datum?.description }
    #expect(laterDates.contains("2025-07-11"))
    #expect(later.allSatisfy { $0.reason.contains("(uiterlijk 13 juni 2025)") })
    // Without a WIA application in the case nothing is cut off (the last day is only an estimate).
    let running = UploadRequirements(try Self.sample("vz-2025-0142.yaml", "2026-12-08"))
    #expect(!running.notCounted.contains { $0.reason.contains("na de upload") })
  }

  /// The index and the check say "compleet", never "gereed voor UWV" beside a pack that still has
  /// points to do (VZ-2023-0412 has no finding, and 37 points on its list).
  @Test func aCompleteDossierIsNotCalledReadyForUWV() throws {
    let evaluation = try Self.sample("vz-2023-0412.yaml", "2026-12-08")
    #expect(CaseCategory(evaluation) == .gereed && CaseCategory.gereed.title == "compleet")
    let controle = try RenderingTests.renderer().render(evaluation).controleHTML
    #expect(!controle.contains("Gereed voor UWV") && !controle.contains("kan naar UWV."))
    #expect(controle.contains("Naar UWV gaan alleen de ondertekende originelen"))
    #expect(try !Self.toDo(evaluation).plan.isReady)
  }
}
