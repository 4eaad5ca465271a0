import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The originals of a folder's cases: a change to one is seen at the next look, and an unchanged
/// one is not read again when its case is judged again.
@Suite struct CaseFolderOriginalsTests {
  /// A fresh folder with the sample case that names two PDF originals, and those originals.
  static func caseWithOriginals() throws -> (root: String, file: String) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-originals-\(UUID().uuidString)"
    )
    .path
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: TestSupport.sampleCases + "/vz-2024-0388.yaml", toPath: root + "/vz-2024-0388.yaml")
    try FileManager.default.copyItem(
      atPath: TestSupport.sampleCases + "/bijlagen", toPath: root + "/bijlagen")
    return (root, root + "/vz-2024-0388.yaml")
  }

  /// Puts the bytes of another sample PDF in place of the arbeidsdeskundig rapport (a new file).
  static func replaceReport(in root: String) throws {
    let other = try Data(
      contentsOf: URL(fileURLWithPath: root + "/bijlagen/vz-2024-0388-rapportage-tweede-spoor-1.pdf"))
    try other.write(
      to: URL(fileURLWithPath: root + "/bijlagen/vz-2024-0388-arbeidsdeskundig-rapport.pdf"), options: .atomic
    )
  }

  @Test func anOriginalReplacedByAnotherValidFileIsJudgedAgain() async throws {
    let (root, file) = try Self.caseWithOriginals()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = try await CaseFolderTests.open([root])
    #expect(try await folder.refresh() == CaseFolderChanges())
    // Still a valid PDF, so nothing is wrong with the file itself; what it says is different.
    try Self.replaceReport(in: root)
    let changes = try await folder.refresh()
    #expect(changes.rechecked == [file])
    #expect(changes.reread == [file])
    let want = CaseChecker(loader: TestSupport.loader(), peildatum: CaseFolderTests.peildatum).check(
      file: file)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
    #expect(
      await folder.summary(of: file)
        == CaseSummary(file: file, contentHash: SHA256.hex(Array(bytes)), result: want))
    #expect(try await folder.refresh() == CaseFolderChanges())
  }

  @Test func anUnchangedOriginalIsNotReadAgainWhenItsCaseIsJudgedAgain() async throws {
    let tools = OriginalTools.standard
    guard let pdftotext = tools.pdftotext else {
      print("pdftotext ontbreekt: test overgeslagen (apt-get install poppler-utils)")
      return
    }
    let (root, file) = try Self.caseWithOriginals()
    defer { try? FileManager.default.removeItem(atPath: root) }
    // pdftotext that counts its runs.
    let counter = root + "/runs.txt"
    let wrapper = root + "/pdftotext"
    try "#!/bin/sh\necho run >> '\(counter)'\nexec '\(pdftotext)' \"$@\"\n".write(
      toFile: wrapper, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: wrapper)
    func runs() -> Int {
      ((try? String(contentsOfFile: counter, encoding: .utf8)) ?? "").split(separator: "\n").count
    }
    var counting = tools
    counting.pdftotext = wrapper
    let folder = try await CaseFolder.open(
      paths: [file], peildatum: CaseFolderTests.peildatum, loader: TestSupport.loader(), engine: RuleEngine(),
      concurrency: 1, settleWindow: 0, originalReader: OriginalReader(tools: counting))
    let opened = runs()
    #expect(opened >= 2)
    // A new day, and the casus page: judged again, the originals not read again.
    #expect(
      try await folder.refresh(peildatum: CaseFolderTests.peildatum.adding(days: 1)).rechecked == [file])
    _ = try await folder.check(caseAt: file)
    #expect(runs() == opened)
    // A changed original is read again (only that one).
    try Self.replaceReport(in: root)
    _ = try await folder.check(caseAt: file)
    #expect(runs() > opened)
    #expect(runs() < 2 * opened)
  }
}
