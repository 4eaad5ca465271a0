import Foundation
import PoortwachterTemplates
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The parts of the pack that need no browser: the originals check, the checksum, the plan.
@Suite struct PackPlanTests {
  static func folder() throws -> String {
    let path = NSTemporaryDirectory() + "/pw-origineel-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: path + "/bijlagen", withIntermediateDirectories: true)
    return path
  }

  /// Loads a case whose plan van aanpak names `origineel` from a file in `folder`.
  static func load(origineel: String, in folder: String) throws -> LoadOutcome {
    let sample = try String(contentsOfFile: TestSupport.sampleCases + "/vz-2026-0301.yaml", encoding: .utf8)
    let yaml = sample.replacingOccurrences(
      of: "plan_van_aanpak:\n", with: "plan_van_aanpak:\n  origineel: \"\(origineel)\"\n")
    try yaml.write(toFile: folder + "/casus.yaml", atomically: true, encoding: .utf8)
    return TestSupport.loader().load(path: folder + "/casus.yaml")
  }

  @Test func aGoodOriginalLoads() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data(OriginalStructureTests.pdf()).write(to: URL(fileURLWithPath: folder + "/bijlagen/pva.pdf"))
    guard case .loaded(let loaded) = try Self.load(origineel: "bijlagen/pva.pdf", in: folder) else {
      Issue.record("a good original was refused")
      return
    }
    #expect(loaded.caseFile.planVanAanpak?.origineel == "bijlagen/pva.pdf")
  }

  @Test(arguments: [
    ("bijlagen/ontbreekt.pdf", "bestaat niet"),
    ("bijlagen/notitie.txt", "geen pdf-, jpg- of docx-bestand"),
    ("bijlagen/nep.pdf", "is geen PDF-bestand"),
    ("bijlagen/groot.pdf", "ten hoogste 10 MB"),
    ("../buiten.pdf", "buiten de map van het casusbestand"),
    ("/etc/passwd.pdf", "absoluut pad"),
  ])
  func aBadOriginalIsAnInputErrorAtItsPosition(_ origineel: String, _ message: String) throws {
    let folder = try Self.folder()
    defer {
      try? FileManager.default.removeItem(atPath: folder)
      try? FileManager.default.removeItem(atPath: folder + "/../buiten.pdf")
    }
    try Data("geen pdf".utf8).write(to: URL(fileURLWithPath: folder + "/bijlagen/nep.pdf"))
    try Data("tekst".utf8).write(to: URL(fileURLWithPath: folder + "/bijlagen/notitie.txt"))
    try Data("%PDF-1.4".utf8).write(to: URL(fileURLWithPath: folder + "/../buiten.pdf"))
    let big = FileManager.default.createFile(
      atPath: folder + "/bijlagen/groot.pdf", contents: Data("%PDF-".utf8))
    #expect(big && truncate(folder + "/bijlagen/groot.pdf", off_t(OriginalFiles.maxBytes + 1)) == 0)
    guard case .failed(_, let diagnostics) = try Self.load(origineel: origineel, in: folder) else {
      Issue.record("\(origineel) was accepted")
      return
    }
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.code == "invoer.origineel")
    #expect(diagnostic.message.contains("plan_van_aanpak.origineel"))
    #expect(diagnostic.message.contains(message), "\(diagnostic.message)")
    // The line of the `origineel` value, right under `plan_van_aanpak:`.
    let text = try String(contentsOfFile: folder + "/casus.yaml", encoding: .utf8)
    let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
      $0.hasPrefix("  origineel:")
    }
    #expect(diagnostic.location?.line == line.map { $0 + 1 })
    #expect(diagnostic.location?.column == 14)
  }

  @Test func sha256MatchesTheStandardVectors() {
    #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
    #expect(SHA256.hex(long) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  @Test func uploadDeadlineFollowsTheWIAApplicationOrTheZWLetter() throws {
    let wia = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2024-0117.yaml"))
    let plan = try PackPlan.make(RenderingTests.evaluation(wia)).get()
    let applied = try #require(wia.caseFile.wiaAanvraag?.datum)
    #expect(plan.variant == .wia)
    #expect(plan.uiterlijkUploaden == applied.adding(days: 1))
    let leaver = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2025-0419.yaml"))
    let zw = try PackPlan.make(RenderingTests.evaluation(leaver)).get()
    #expect(zw.variant == .volledig)
    #expect(zw.uiterlijkUploaden == nil)
    #expect(zw.variant.portalChoice.contains("ZW (ziek uit dienst)"))
    #expect(zw.fileName(5) == "06-eindevaluatie-2025-12-31.jpg")
  }

  @Test func aRunningCaseListsWhatIsStillMissing() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2026-0301.yaml"))
    let plan = try PackPlan.make(RenderingTests.evaluation(loaded), always: true).get()
    let rules = plan.ontbreekt.map(\.regel)
    #expect(rules.contains("wvp.eerstejaarsevaluatie.ontbreekt"))
    #expect(rules.contains("wvp.eindevaluatie.ontbreekt"))
    #expect(!rules.contains("wvp.probleemanalyse.ontbreekt"))
  }

  @Test func ziekUitDienstAfterSixToTenWeeksIsTheShortVariant() throws {
    let sample = try String(contentsOfFile: TestSupport.sampleCases + "/vz-2025-0311.yaml", encoding: .utf8)
    // First sick day 2025-08-18; leaving on 2025-10-06 is day 50: verkort RIV.
    let yaml = sample.replacingOccurrences(of: "uit_dienst: 2025-12-31", with: "uit_dienst: 2025-10-06")
    guard
      case .loaded(let loaded) = TestSupport.loader().load(text: yaml, file: "verkort.yaml", syntax: .yaml)
    else {
      Issue.record("case does not load")
      return
    }
    let plan = try PackPlan.make(RenderingTests.evaluation(loaded), always: true).get()
    #expect(plan.variant == .verkort)
    #expect(plan.uiterlijkUploaden == nil)
    #expect(!plan.ontbreekt.contains { $0.regel == "wvp.eindevaluatie.ontbreekt" })
  }

  @Test func ziekUitDienstWithinSixWeeksGetsNoPack() throws {
    let sample = try String(contentsOfFile: TestSupport.sampleCases + "/vz-2025-0311.yaml", encoding: .utf8)
    let yaml = sample.replacingOccurrences(of: "uit_dienst: 2025-12-31", with: "uit_dienst: 2025-09-05")
    guard case .loaded(let loaded) = TestSupport.loader().load(text: yaml, file: "kort.yaml", syntax: .yaml)
    else {
      Issue.record("case does not load")
      return
    }
    guard case .failure(let none) = PackPlan.make(RenderingTests.evaluation(loaded)) else {
      Issue.record("a pack for a case without RIV")
      return
    }
    #expect(none.reason.contains("binnen 6 weken"))
  }

  /// A pack is made from week 88 (three weeks before the RIV is due), or the variant's own moment;
  /// before that there is a reason the front end can offer to override. The week-10 sample got a
  /// pack with upload dates in 2028 before.
  @Test func aPackIsMadeFromWeek88OrTheVariantsMoment() throws {
    let early = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2026-0301.yaml"))
    guard case .failure(let none) = PackPlan.make(RenderingTests.evaluation(early)) else {
      Issue.record("a week-10 case got a pack")
      return
    }
    #expect(none.isTooEarly)
    #expect(none.reason.hasPrefix("week 10 van de wachttijd; het pakket wordt gemaakt vanaf week 88, op "))
    #expect(try PackPlan.make(RenderingTests.evaluation(early), always: true).get().kenmerk == "VZ-2026-0301")
    // Week 84 on the peildatum: not yet; four weeks later (week 88): due.
    let late = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2025-0088.yaml"))
    #expect(throws: PackPlan.NoPack.self) { try PackPlan.make(RenderingTests.evaluation(late)).get() }
    let week88 = RuleEngine().evaluate(late, peildatum: RenderingTests.peildatum.adding(days: 28))
    #expect(throws: Never.self) { try PackPlan.make(week88).get() }
    // A verlenging moves the moment with the RIV deadline (week 88 + V).
    let extended = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2024-0163.yaml"))
    guard case .failure(let moved) = PackPlan.make(RenderingTests.evaluation(extended)) else {
      Issue.record("an extended case got a pack three months before its RIV is due")
      return
    }
    #expect(moved.reason.contains("(met de verlenging)"), "\(moved.reason)")
    // Ziek uit dienst: from the last day of employment, whatever the week.
    let leaver = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2025-0419.yaml"))
    #expect(throws: Never.self) { try PackPlan.make(RenderingTests.evaluation(leaver)).get() }
    let employed = RuleEngine().evaluate(leaver, peildatum: TestSupport.date("2025-12-01"))
    guard case .failure(let stillEmployed) = PackPlan.make(employed) else {
      Issue.record("a pack while still employed")
      return
    }
    #expect(stillEmployed.reason.contains("het dienstverband loopt nog tot 31 december 2025"))
  }

  /// Who makes each document decides what the pack does with it (rules.md, "The UWV upload").
  @Test func documentsAreHandledByTheirRole() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2025-0419.yaml"))
    let plan = try PackPlan.make(RenderingTests.evaluation(loaded)).get()
    let handling = Dictionary(plan.documents.map { ($0.path.description, $0.handling) }) { a, _ in a }
    #expect(handling["probleemanalyse"] == .obtainOriginal)
    #expect(handling["actueel_oordeel"] == .obtainOriginal)
    #expect(handling["plan_van_aanpak"] == .original)
    #expect(handling["evaluaties[1]"] == .draft)
    #expect(handling["eindevaluatie"] == .original)
    #expect(handling["oordeel_werknemer"] == .form)
    #expect(!plan.isReady)
    #expect(plan.folder == "uwv-concept")
    #expect(plan.fileName(2) == "03-evaluatie-2025-10-27-concept.pdf")
    #expect(plan.fileName(6) == "07-oordeel-werknemer-2025-12-31-formulier.pdf")
    for kind in CaseDocumentKind.allCases {
      #expect(!kind.supplier.isEmpty && !kind.roleSource.isEmpty, "\(kind)")
    }
    #expect(CaseDocumentKind.arbeidsdeskundigOnderzoek.supplier == "de arbeidsdeskundige")
    #expect(CaseDocumentKind.tweedeSpoorRapportage.role == .deskundige)
  }

  /// A joint document with a text the dossier would redact gets no draft: nothing in either
  /// folder may carry the redaction notice (a whole evaluation PDF was the notice before).
  @Test func aDraftWithMedicalTextIsWithheld() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2025-0142.yaml"))
    let plan = try PackPlan.make(RenderingTests.evaluation(loaded), always: true).get()
    let evaluation = try #require(plan.documents.first { $0.path.description == "evaluaties[2]" })
    #expect(evaluation.handling == .draftWithheld([FieldPath("evaluaties[2].verslag")]))
  }

  /// Titles of kinds that occur more than once carry the date, not a counter.
  @Test func repeatedKindsAreTitledByTheirDate() throws {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2024-0388.yaml"))
    let plan = try PackPlan.make(RenderingTests.evaluation(loaded), always: true).get()
    let report = try #require(plan.documents.first { $0.kind == .arbeidsdeskundigOnderzoek })
    #expect(report.title == "Arbeidsdeskundig rapport van \(DutchDate.long(report.datum))")
    #expect(!plan.documents.contains { $0.title == "\($0.kind.documentTitle) \($0.index + 1)" })
  }
}
