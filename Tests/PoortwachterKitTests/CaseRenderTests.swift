import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// `render`'s work in the workspace returns typed outcomes (no exit codes, no option names): a
/// written dossier, an unreadable case, or the tool error a front end words itself.
@Suite struct CaseRenderTests {
  static func render() throws -> CaseRender {
    let setup = try DossierSetup(templates: nil)
    return CaseRender(
      setup: setup, loader: CaseLoader(schema: setup.schema), peildatum: TestSupport.date("2026-11-22"))
  }

  static func folder() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("pw-caserender-\(UUID().uuidString)").path
  }

  @Test func writesTheDossierAndRefusesToReplaceItUnasked() throws {
    let out = Self.folder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let file = TestSupport.sampleCases + "/vz-2025-0088.yaml"
    var events: [CaseRender.Event] = []
    guard
      case .written(let folder) = try Self.render().run(
        file: file, outputFolder: out, replace: false, wait: false, event: { events.append($0) })
    else {
      Issue.record("expected a written dossier")
      return
    }
    #expect(folder == out + "/VZ-2025-0088")
    #expect(FileManager.default.fileExists(atPath: folder + "/riv.xml"))
    #expect(events == [.repaired(folder: out, OutputRecovery.Summary())])
    #expect(throws: PoortwachterError.outputExists(folder)) {
      try Self.render().run(file: file, outputFolder: out, replace: false, wait: false)
    }
    guard case .written = try Self.render().run(file: file, outputFolder: out, replace: true, wait: false)
    else {
      Issue.record("expected the dossier replaced")
      return
    }
  }

  @Test func anUnreadableCaseLocksAndWritesNothing() throws {
    let out = Self.folder()
    let file = Self.folder() + ".yaml"
    try "formaat: poortwachter/1\nkenmerk: [\n".write(toFile: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: file) }
    guard
      case .unreadable(let diagnostics) = try Self.render().run(
        file: file, outputFolder: out, replace: false, wait: false)
    else {
      Issue.record("expected an unreadable case")
      return
    }
    #expect(!diagnostics.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: out))
  }
}
