import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// A dossier that is ready for UWV, and the operation a front end calls for one case: `uwv/`
/// holds only the linked originals and the upload list; a pack that becomes ready ends the
/// concept folder, and one that becomes a concept again ends the old `uwv/`.
@Suite(.enabled(if: PDFTestSupport.chromium != nil, PDFTestSupport.skipMessage))
struct PackReadyTests {
  /// The ziek-uit-dienst sample with every document linked to an original of the same employee.
  static func readyCaseText() throws -> String {
    var text = try String(contentsOfFile: TestSupport.sampleCases + "/vz-2025-0419.yaml", encoding: .utf8)
    // Every document its own original (one file as the original of two is `wvp.origineel.dubbel`).
    let originals = [
      "probleemanalyse:\n": "probleemanalyse", "actueel_oordeel:\n": "actueel-oordeel",
      "oordeel_werknemer:\n": "oordeel-werknemer",
    ]
    for (anchor, name) in originals {
      text = text.replacingOccurrences(
        of: anchor, with: anchor + "  origineel: bijlagen/vz-2025-0419-\(name).pdf\n")
    }
    // The second evaluation is signed digitally: its proof (`ondertekend.bewijs`) is its original.
    text = text.replacingOccurrences(
      of: "  - datum: 2025-10-27\n",
      with: "  - datum: 2025-10-27\n    origineel: bijlagen/vz-2025-0419-evaluatie-1.pdf\n")
    // The sample's eindevaluatie is an 80 dpi photo whose BSN OCR cannot read: a warning to check it
    // by eye, which keeps a pack a concept. The ready case links a readable original instead.
    text = text.replacingOccurrences(
      of: "origineel: bijlagen/vz-2025-0419-eindevaluatie.jpg",
      with: "origineel: bijlagen/vz-2025-0419-eindevaluatie.pdf")
    return text
  }

  /// Loaded as if it stood in SampleCases/, so its originals resolve.
  static func readyCase() throws -> LoadedCase {
    let outcome = TestSupport.loader().load(
      text: try readyCaseText(), file: TestSupport.sampleCases + "/vz-2025-0419-klaar.yaml", syntax: .yaml)
    guard case .loaded(let loaded) = outcome else { throw CancellationError() }
    return loaded
  }

  @Test func aReadyPackHoldsOnlyOriginalsAndTheUploadList() throws {
    let evaluation = RenderingTests.evaluation(try Self.readyCase())
    #expect(!evaluation.findings.contains { $0.severity == .fout }, "\(evaluation.findings)")
    guard case .success(let pack) = try PackTests.builder().build(evaluation) else {
      Issue.record("no pack")
      return
    }
    #expect(pack.isReady && pack.folder == "uwv" && pack.mainList == "uwv/uploadlijst.html")
    #expect(pack.files.allSatisfy { $0.isOriginal })
    #expect(pack.files.map(\.name).first == "01-probleemanalyse-2025-09-11.pdf")
    #expect(pack.files.map(\.name).last == "07-oordeel-werknemer-2025-12-31.pdf")
    #expect(pack.dossierFiles.allSatisfy { $0.path.hasPrefix("uwv/") })
    let json = try #require(pack.lists.first { $0.name == "uploadlijst.json" })
    try Golden.check("uploadlijst-VZ-2025-0419-klaar.json", String(decoding: json.bytes, as: UTF8.self))
    let html = String(
      decoding: try #require(pack.lists.first { $0.name == "uploadlijst.html" }).bytes, as: UTF8.self)
    // Never "Nog niet compleet" above "Er ontbreekt niets", and type names offered as what they are.
    #expect(!html.contains("Nog niet compleet"))
    #expect(html.contains("Klaar voor UWV"))
    #expect(html.contains("De precieze namen in de keuzelijst van het portaal publiceert UWV niet"))
    #expect(!html.contains("gemaakt door poortwachter"))
  }

  /// The workspace operation: one case's dossier with its pack; ready replaces a concept, and a
  /// concept again replaces the ready folder (never both side by side).
  @Test func casePackReplacesTheOtherFolder() async throws {
    let folder = NSTemporaryDirectory() + "/pw-casepack-\(UUID().uuidString)"
    let out = folder + "/uit"
    try FileManager.default.createDirectory(atPath: folder + "/bijlagen", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.copyItem(
      atPath: TestSupport.sampleCases + "/bijlagen/vz-2025-0419-plan-van-aanpak.pdf",
      toPath: folder + "/bijlagen/vz-2025-0419-plan-van-aanpak.pdf")
    let names = [
      "eindevaluatie.jpg", "evaluatie-2-ondertekend.pdf", "probleemanalyse.pdf", "actueel-oordeel.pdf",
      "oordeel-werknemer.pdf", "evaluatie-1.pdf", "eindevaluatie.pdf",
    ].map { "vz-2025-0419-" + $0 }
    for name in names {
      try FileManager.default.copyItem(
        atPath: TestSupport.sampleCases + "/bijlagen/" + name, toPath: folder + "/bijlagen/" + name)
    }
    let sample = try String(contentsOfFile: TestSupport.sampleCases + "/vz-2025-0419.yaml", encoding: .utf8)
    let operation = CasePack(
      setup: try DossierSetup(templates: nil), loader: TestSupport.loader(),
      peildatum: RenderingTests.peildatum,
      builder: try PackTests.builder())
    var events: [CasePack.Event] = []
    try sample.write(toFile: folder + "/casus.yaml", atomically: true, encoding: .utf8)
    guard
      case .written(let dossier, let summary) = try await operation.run(
        file: folder + "/casus.yaml", outputFolder: out, replace: true, wait: false,
        event: { events.append($0) })
    else {
      Issue.record("not written")
      return
    }
    guard case .concept(let documents, let toDo, "uwv-concept/te-doen.html") = summary else {
      Issue.record("\(summary)")
      return
    }
    // The first evaluation's draft and the employee's form (the second evaluation is signed digitally).
    #expect(documents == 2 && toDo > 0)
    #expect(
      events.contains(.printing(kenmerk: "VZ-2025-0419"))
        && events.contains(.writing(kenmerk: "VZ-2025-0419")))
    #expect(FileManager.default.fileExists(atPath: dossier + "/uwv-concept/te-doen.html"))
    try Self.readyCaseText().write(toFile: folder + "/casus.yaml", atomically: true, encoding: .utf8)
    guard
      case .written(_, .ready(7, "uwv/uploadlijst.html")) = try await operation.run(
        file: folder + "/casus.yaml", outputFolder: out, replace: true, wait: false)
    else {
      Issue.record("the ready case got no ready pack")
      return
    }
    #expect(FileManager.default.fileExists(atPath: dossier + "/uwv/uploadlijst.html"))
    #expect(!FileManager.default.fileExists(atPath: dossier + "/uwv-concept"))
    try sample.write(toFile: folder + "/casus.yaml", atomically: true, encoding: .utf8)
    _ = try await operation.run(file: folder + "/casus.yaml", outputFolder: out, replace: true, wait: false)
    #expect(!FileManager.default.fileExists(atPath: dossier + "/uwv"))
    #expect(FileManager.default.fileExists(atPath: dossier + "/uwv-concept/te-doen.json"))
  }

  /// A cancelled task writes nothing.
  @Test func aCancelledCasePackWritesNothing() async throws {
    let out = NSTemporaryDirectory() + "/pw-casepack-stop-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let operation = CasePack(
      setup: try DossierSetup(templates: nil), loader: TestSupport.loader(),
      peildatum: RenderingTests.peildatum,
      builder: try PackTests.builder())
    let task = Task {
      withUnsafeCurrentTask { $0?.cancel() }
      return try await operation.run(
        file: TestSupport.sampleCases + "/vz-2025-0419.yaml", outputFolder: out, replace: true, wait: false)
    }
    await #expect(throws: CancellationError.self) { try await task.value }
    #expect(!FileManager.default.fileExists(atPath: out + "/VZ-2025-0419"))
  }
}
