import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Uploading a signed original: checked on content before anything is stored, stored under a new
/// name in `bijlagen/` (0600, never over an existing file) and linked through the editor with the
/// previous version of the case file kept.
@Suite struct OriginalUploadTests {
  static let text = """
    # mijn casus
    formaat: poortwachter/1
    kenmerk: VZ-2026-0007
    werknemer:
      naam: Anna Bos
      bsn: "111222333"
    verzuim:
      eerste_ziektedag: 2026-10-05
    evaluaties:
      - datum: 2026-11-02
        opgesteld_door: { naam: Erik Vos, functie: Casemanager }
        verslag: Gaat goed.

    """

  private func folder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-upload-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Self.text.write(toFile: folder + "/zaak.yaml", atomically: false, encoding: .utf8)
    return folder
  }

  private func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  private func upload(_ bytes: [UInt8], _ name: String, in folder: String, document: String = "evaluaties[1]")
    -> Result<OriginalUploadResult, OriginalUploadFailure>
  {
    OriginalUpload().upload(
      bytes, fileName: name, document: document, caseFile: folder + "/zaak.yaml", basedOn: nil,
      timestamp: "20261207T101500Z")
  }

  private func bijlagen(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder + "/bijlagen")) ?? []).sorted()
  }

  @Test func aPDFIsStoredLinkedAndTheCaseKeepsItsHistory() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let pdf = OriginalStructureTests.pdf()
    let result = try upload(pdf, "Scan 12-11.PDF", in: folder).get()
    #expect(result.origineel == "bijlagen/evaluatie-2026-11-02.pdf")
    #expect(bijlagen(folder) == ["evaluatie-2026-11-02.pdf"])
    #expect(FileManager.default.contents(atPath: folder + "/bijlagen/evaluatie-2026-11-02.pdf") == Data(pdf))
    var status = stat()
    #expect(stat(result.storedAt, &status) == 0 && status.st_mode & 0o777 == 0o600)
    // Only the one line is added; the rest of the text stays byte for byte.
    let expected = Self.text.replacingOccurrences(
      of: "    verslag: Gaat goed.\n",
      with: "    verslag: Gaat goed.\n    origineel: bijlagen/evaluatie-2026-11-02.pdf\n")
    #expect(try contents(folder + "/zaak.yaml") == expected)
    let kept = try #require(result.save.previousVersion)
    #expect(try contents(kept.path) == Self.text)
    // The case still loads, and the pack's check accepts the linked original.
    let loaded = try #require(TestSupport.loaded(path: folder + "/zaak.yaml"))
    #expect(OriginalFiles.check(loaded).isEmpty)
  }

  @Test func aSecondUploadGetsANewNameAndTheFirstFileStays() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/bijlagen", withIntermediateDirectories: true)
    try Data("van de gebruiker".utf8).write(
      to: URL(fileURLWithPath: folder + "/bijlagen/evaluatie-2026-11-02.pdf"))
    let first = try upload(OriginalStructureTests.pdf(), "a.pdf", in: folder).get()
    #expect(first.origineel == "bijlagen/evaluatie-2026-11-02-2.pdf")
    let second = try upload(OriginalStructureTests.jpeg(), "foto.JPEG", in: folder).get()
    #expect(second.origineel == "bijlagen/evaluatie-2026-11-02.jpg")
    #expect(try contents(folder + "/bijlagen/evaluatie-2026-11-02.pdf") == "van de gebruiker")
    #expect(
      bijlagen(folder) == [
        "evaluatie-2026-11-02-2.pdf", "evaluatie-2026-11-02.jpg", "evaluatie-2026-11-02.pdf",
      ])
    #expect(try contents(folder + "/zaak.yaml").contains("origineel: bijlagen/evaluatie-2026-11-02.jpg"))
  }

  @Test func anElevenMegabyteFileIsRefusedAndNothingIsStored() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var big = OriginalStructureTests.pdf()
    big.insert(contentsOf: [UInt8](repeating: 0x20, count: 11_000_000), at: 9)
    let failure = try #require(upload(big, "groot.pdf", in: folder).failure)
    #expect(failure == .tooLarge(big.count))
    #expect(failure.message.contains("groter dan 10 MB"))
    #expect(failure.message.contains("Er is niets opgeslagen"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/bijlagen"))
    #expect(try contents(folder + "/zaak.yaml") == Self.text)
  }

  @Test func contentThatIsNotWhatItsNameSaysIsRefused() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let html = Array("<html><body>%PDF-1.4 nep</body></html>".utf8)
    let renamed = try #require(upload(html, "verslag.pdf", in: folder).failure)
    #expect(renamed.message.contains("geen PDF-bestand"))
    let truncated = Array(OriginalStructureTests.pdf().dropLast(20))
    #expect(try #require(upload(truncated, "kapot.pdf", in: folder).failure).message.contains("startxref"))
    #expect(upload(html, "verslag.exe", in: folder).failure == .wrongType("verslag.exe"))
    #expect(upload(html, "geen-extensie", in: folder).failure == .wrongType("geen-extensie"))
    #expect(!FileManager.default.fileExists(atPath: folder + "/bijlagen"))
    #expect(try contents(folder + "/zaak.yaml") == Self.text)
  }

  @Test func pathTricksAndUnknownDocumentsAreRefused() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let pdf = OriginalStructureTests.pdf()
    for document in ["evaluaties[2]", "werknemer", "evaluaties[1].verslag", "../x", "/etc/passwd", ""] {
      #expect(upload(pdf, "a.pdf", in: folder, document: document).failure == .unknownDocument(document))
    }
    // A client's file name never becomes a path: the stored name is generated.
    let result = try upload(pdf, "../../etc/passwd.pdf", in: folder).get()
    #expect(result.storedAt == folder + "/bijlagen/evaluatie-2026-11-02.pdf")
  }

  @Test func aBijlagenLinkOutOfTheFolderIsRefused() throws {
    let folder = try folder()
    let outside = try self.folder()
    defer {
      try? FileManager.default.removeItem(atPath: folder)
      try? FileManager.default.removeItem(atPath: outside)
    }
    try FileManager.default.createSymbolicLink(atPath: folder + "/bijlagen", withDestinationPath: outside)
    let failure = try #require(upload(OriginalStructureTests.pdf(), "a.pdf", in: folder).failure)
    #expect(failure.message.contains("niets opgeslagen"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: outside) == ["zaak.yaml"])
    #expect(try contents(folder + "/zaak.yaml") == Self.text)
  }

  @Test func aCaseChangedSinceThePageWasShownIsNotOverwritten() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let stale = CaseFileSnapshot.contentHash(of: Self.text + "# oud\n")
    let result = OriginalUpload().upload(
      OriginalStructureTests.pdf(), fileName: "a.pdf", document: "evaluaties[1]",
      caseFile: folder + "/zaak.yaml", basedOn: stale, timestamp: "20261207T101500Z")
    guard case .failure(.save(.changedOnDisk)) = result else {
      Issue.record("verwacht: gewijzigd op schijf, kreeg \(result)")
      return
    }
    #expect(!FileManager.default.fileExists(atPath: folder + "/bijlagen"))
    #expect(try contents(folder + "/zaak.yaml") == Self.text)
  }
}

extension Result {
  /// The failure, or `nil` on success.
  fileprivate var failure: Failure? {
    if case .failure(let failure) = self { return failure }
    return nil
  }
}
