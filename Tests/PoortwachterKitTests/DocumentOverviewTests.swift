import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterWorkspace

/// The state of each document for the Documenten page: getekend origineel, concept, ontbreekt.
@Suite struct DocumentOverviewTests {
  private func overview(_ file: String) throws -> DocumentOverview {
    let result = CaseChecker(loader: TestSupport.loader(), peildatum: TestSupport.date("2026-11-22")).check(
      file: file)
    guard case .checked(let evaluation) = result else {
      Issue.record("\(file) laadt niet")
      throw CancellationError()
    }
    return DocumentOverview(evaluation)
  }

  @Test func linkedOriginalsDraftsAndMissingExpertOriginals() throws {
    let items = try overview(TestSupport.sampleCases + "/vz-2025-0419.yaml").items
    let plan = try #require(items.first { $0.path == "plan_van_aanpak" })
    #expect(plan.state == .original("bijlagen/vz-2025-0419-plan-van-aanpak.pdf"))
    #expect(plan.acceptsOriginal)
    let analysis = try #require(items.first { $0.path == "probleemanalyse" })
    #expect(analysis.state == .missing)
    #expect(analysis.supplier.contains("bedrijfsarts"))
    let evaluation = try #require(items.first { $0.path == "evaluaties[1]" })
    #expect(evaluation.state == .concept)
    #expect(items.allSatisfy { $0.path != nil || $0.state == .missing })
  }

  @Test func anOriginalThatWentMissingSinceTheCheckIsShownWithItsProblem() throws {
    // A case whose original is broken does not load (an input error); one removed after the case
    // was checked is what the page can meet.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-overzicht-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder + "/bijlagen", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try Data(OriginalStructureTests.pdf()).write(to: URL(fileURLWithPath: folder + "/bijlagen/e.pdf"))
    let text = OriginalUploadTests.text.replacingOccurrences(
      of: "Gaat goed.\n", with: "Gaat goed.\n    origineel: bijlagen/e.pdf\n")
    try text.write(toFile: folder + "/zaak.yaml", atomically: true, encoding: .utf8)
    let result = CaseChecker(loader: TestSupport.loader(), peildatum: TestSupport.date("2026-11-22"))
      .check(file: folder + "/zaak.yaml")
    guard case .checked(let evaluation) = result else {
      Issue.record("de casus laadt niet: \(result)")
      return
    }
    #expect(DocumentOverview(evaluation).items.first?.state == .original("bijlagen/e.pdf"))
    try FileManager.default.removeItem(atPath: folder + "/bijlagen/e.pdf")
    guard case .invalidOriginal(let path, let problem) = DocumentOverview(evaluation).items.first?.state
    else {
      Issue.record("verwacht: afgekeurd origineel")
      return
    }
    #expect(path == "bijlagen/e.pdf")
    #expect(problem.contains("bestaat niet"))
  }
}
