import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// A folder of cases for a front end: loaded and checked like `check` does, and refreshed by
/// reading only the files that may have changed.
@Suite struct CaseFolderTests {
  static let peildatum = TestSupport.date("2026-11-22")

  /// A fresh folder with synthetic cases `0..<count` as `zaak-<i>.yaml`.
  static func folder(cases count: Int) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-folder-\(UUID().uuidString)"
    )
    .path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let generator = SyntheticCases(peildatum: peildatum)
    for index in 0..<count {
      try generator.yaml(index).write(
        toFile: folder + "/zaak-\(index).yaml", atomically: false, encoding: .utf8)
    }
    return folder
  }

  /// Opens `paths` trusting every stamp at once (no settle window), so a test sees exactly the
  /// files it changed.
  static func open(_ paths: [String], peildatum: CivilDate = peildatum) async throws -> CaseFolder {
    try await CaseFolder.open(
      paths: paths, peildatum: peildatum, loader: TestSupport.loader(), engine: RuleEngine(), concurrency: 2,
      settleWindow: 0)
  }

  /// Sets the modification time of `path` to `seconds` after 2026-01-01 (distinct from any write now).
  static func setModified(_ path: String, seconds: Int) throws {
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSince1970: 1_767_225_600 + Double(seconds))], ofItemAtPath: path)
  }

  @Test func theSamplesComeOutAsCheckSeesThem() async throws {
    let folder = try await Self.open([TestSupport.sampleCases])
    let expected = await CaseChecker(loader: TestSupport.loader(), peildatum: Self.peildatum)
      .check(files: TestSupport.sampleFiles())
    let cases = await folder.cases
    #expect(cases.map(\.file) == expected.map(\.file))
    for (summary, result) in zip(cases, expected) {
      let bytes = try Data(contentsOf: URL(fileURLWithPath: summary.file))
      // What the folder keeps is the summary of what `check` gives, and a look at one case gives
      // that case in full, as `check` does.
      #expect(
        summary == CaseSummary(file: summary.file, contentHash: SHA256.hex(Array(bytes)), result: result))
      let entry = try await folder.check(caseAt: summary.file)
      switch (entry.result, result) {
      case (.checked(let got), .checked(let want)):
        #expect(got.findings == want.findings, "\(entry.file)")
        #expect(entry.toets?.risico == want.toets.risico)
        #expect(entry.agenda.map(\.deadline) == want.agenda.map(\.deadline))
      case (.unreadable(_, let got), .unreadable(_, let want)):
        #expect(got == want, "\(entry.file)")
      default:
        Issue.record("\(entry.file): \(entry.result) but check gives \(result)")
      }
    }
  }

  @Test func aSummaryHoldsWhatTheListsShow() async throws {
    let file = TestSupport.sampleCases + "/vz-2025-0088.yaml"
    let folder = try await Self.open([file])
    let summary = try #require(await folder.summary(of: file))
    guard
      case .checked(let evaluation) = CaseChecker(loader: TestSupport.loader(), peildatum: Self.peildatum)
        .check(file: file)
    else {
      Issue.record("expected the sample to be read")
      return
    }
    #expect(summary.kenmerk == "VZ-2025-0088")
    #expect(summary.naam == evaluation.loaded.caseFile.werknemer.naam)
    #expect(summary.maskedBSN == evaluation.loaded.caseFile.werknemer.bsn?.masked)
    #expect(summary.maskedBSN?.hasPrefix("*****") == true)
    #expect(summary.category == CaseCategory(evaluation))
    #expect(summary.phase == evaluation.phase)
    #expect(summary.risico == evaluation.toets.risico)
    #expect(summary.fouten == evaluation.count(.fout))
    #expect(summary.waarschuwingen == evaluation.count(.waarschuwing))
    #expect(summary.agenda == evaluation.agenda)
    #expect(summary.diagnostics.isEmpty && summary.isReadable)
  }

  @Test func theHistoryFolderIsNeverReadAsCases() async throws {
    let root = try Self.folder(cases: 2)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let kept = root + "/" + CaseFileStore.historyFolder + "/SYN-0"
    try FileManager.default.createDirectory(atPath: kept, withIntermediateDirectories: true)
    try SyntheticCases(peildatum: Self.peildatum).yaml(0).write(
      toFile: kept + "/20261207T101500Z.yaml", atomically: false, encoding: .utf8)
    let folder = try await Self.open([root])
    #expect(await folder.cases.map(\.file) == [root + "/zaak-0.yaml", root + "/zaak-1.yaml"])
  }

  @Test func aRefreshReadsOnlyTheFilesThatChanged() async throws {
    let root = try Self.folder(cases: 5)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = try await Self.open([root])
    let opened = await folder.cases
    #expect(opened.count == 5)
    #expect(try await folder.refresh() == CaseFolderChanges())

    // New content: read, decoded and judged again; the other four are only looked at.
    let changed = root + "/zaak-2.yaml"
    let text = SyntheticCases(peildatum: Self.peildatum).yaml(2).replacingOccurrences(
      of: "kenmerk: SYN-2", with: "kenmerk: SYN-2B")
    try text.write(toFile: changed, atomically: false, encoding: .utf8)
    var changes = try await folder.refresh()
    #expect(changes.reread == [changed])
    #expect(changes.rechecked == [changed])
    #expect(changes.added.isEmpty && changes.removed.isEmpty)
    #expect(await folder.summary(of: changed)?.kenmerk == "SYN-2B")
    #expect(await folder.summary(of: changed)?.contentHash == CaseFileSnapshot.contentHash(of: text))
    #expect(await folder.summary(of: root + "/zaak-1.yaml")?.contentHash == opened[1].contentHash)

    // Touched only: read and hashed, not judged again.
    let touched = root + "/zaak-4.yaml"
    try Self.setModified(touched, seconds: 600)
    changes = try await folder.refresh()
    #expect(changes.reread == [touched])
    #expect(changes.rechecked.isEmpty)
    #expect(try await folder.refresh() == CaseFolderChanges())

    // A file that appears is added, one that goes is dropped.
    try FileManager.default.removeItem(atPath: root + "/zaak-0.yaml")
    let added = root + "/sub/nieuw.yaml"
    try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
    try SyntheticCases(peildatum: Self.peildatum).yaml(9).write(
      toFile: added, atomically: false, encoding: .utf8)
    changes = try await folder.refresh()
    #expect(changes.removed == [root + "/zaak-0.yaml"])
    #expect(changes.added == [added])
    #expect(changes.reread == [added])
    #expect(await folder.cases.map(\.file) == [added] + [1, 2, 3, 4].map { root + "/zaak-\($0).yaml" })
  }

  @Test func aFileChangedJustBeforeItWasReadIsHashedAgainUntilItsStampIsSettled() async throws {
    let root = try Self.folder(cases: 2)
    defer { try? FileManager.default.removeItem(atPath: root) }
    // A window of an hour: every file here changed "just before" it was read, so a second write in
    // the same clock tick could have left its stamp unchanged; each refresh hashes it again, and
    // judges it again only when its bytes differ.
    let folder = try await CaseFolder.open(
      paths: [root], peildatum: Self.peildatum, loader: TestSupport.loader(), engine: RuleEngine(),
      concurrency: 1, settleWindow: 3_600_000_000_000)
    var changes = try await folder.refresh()
    #expect(changes.reread == [root + "/zaak-0.yaml", root + "/zaak-1.yaml"])
    #expect(changes.rechecked.isEmpty)
    try "formaat: poortwachter/1\n".write(toFile: root + "/zaak-1.yaml", atomically: false, encoding: .utf8)
    changes = try await folder.refresh()
    #expect(changes.rechecked == [root + "/zaak-1.yaml"])
    #expect(await folder.summary(of: root + "/zaak-1.yaml")?.isReadable == false)
  }

  @Test func aNewPeildatumJudgesEveryCaseAgain() async throws {
    let root = try Self.folder(cases: 3)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = try await Self.open([root])
    let later = Self.peildatum.adding(days: 70)
    let changes = try await folder.refresh(peildatum: later)
    // The folder keeps no decoded cases: once a day, every file is read again.
    #expect(changes.reread.count == 3)
    #expect(changes.rechecked.count == 3)
    #expect(await folder.peildatum == later)
    let want = CaseChecker(loader: TestSupport.loader(), peildatum: later).check(file: root + "/zaak-1.yaml")
    guard case .checked(let evaluation) = want else {
      Issue.record("expected zaak-1 to load")
      return
    }
    #expect(try await folder.check(caseAt: root + "/zaak-1.yaml").evaluation?.findings == evaluation.findings)
    #expect(await folder.summary(of: root + "/zaak-1.yaml")?.phase == evaluation.phase)
    #expect(await folder.summary(of: root + "/zaak-1.yaml")?.fouten == evaluation.count(.fout))
  }

  @Test func anOriginalThatAppearsMakesTheCaseReadable() async throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pw-folder-\(UUID().uuidString)")
      .path
    defer { try? FileManager.default.removeItem(atPath: root) }
    try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: TestSupport.sampleCases + "/vz-2024-0388.yaml", toPath: root + "/vz-2024-0388.yaml")
    let folder = try await Self.open([root])
    let file = root + "/vz-2024-0388.yaml"
    #expect(await folder.summary(of: file)?.diagnostics.map(\.code).contains("invoer.origineel") == true)
    try FileManager.default.copyItem(
      atPath: TestSupport.sampleCases + "/bijlagen", toPath: root + "/bijlagen")
    let changes = try await folder.refresh()
    #expect(changes.rechecked == [file])
    #expect(await folder.summary(of: file)?.isReadable == true)
    #expect(try await folder.refresh() == CaseFolderChanges())
  }

  @Test func checkingOneCaseKeepsItsResult() async throws {
    let root = try Self.folder(cases: 2)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = try await Self.open([root])
    let file = root + "/zaak-1.yaml"
    try "formaat: poortwachter/1\nkenmerk: [\n".write(toFile: file, atomically: false, encoding: .utf8)
    let entry = try await folder.check(caseAt: file)
    #expect(!entry.diagnostics.isEmpty)
    #expect(entry.evaluation == nil)
    #expect(await folder.summary(of: file)?.diagnostics == entry.diagnostics)
    // A file outside the folder is checked, not added.
    let outside = try await folder.check(caseAt: TestSupport.sampleCases + "/vz-2025-0088.yaml")
    #expect(outside.evaluation?.loaded.caseFile.kenmerk == "VZ-2025-0088")
    #expect(await folder.cases.count == 2)
  }

  @Test func aPreviewIsTheDossierARenderWrites() async throws {
    let setup = try DossierSetup(templates: nil)
    let folder = try await Self.open([TestSupport.sampleCases])
    let file = TestSupport.sampleCases + "/vz-2025-0088.yaml"
    guard
      case .rendered(let documents) = try await folder.preview(caseAt: file, using: CasePreview(setup: setup))
    else {
      Issue.record("expected the documents")
      return
    }
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("pw-preview-\(UUID().uuidString)")
      .path
    defer { try? FileManager.default.removeItem(atPath: out) }
    guard
      case .written(let written) = try CaseRender(
        setup: setup, loader: CaseLoader(schema: setup.schema), peildatum: Self.peildatum
      ).run(file: file, outputFolder: out, replace: false, wait: false)
    else {
      Issue.record("expected a written dossier")
      return
    }
    #expect(documents.map(\.name) == ["riv.html", "controle.html", "riv.xml"])
    for document in documents {
      #expect(try String(contentsOfFile: written + "/" + document.name, encoding: .utf8) == document.text)
    }
    #expect(!FileManager.default.fileExists(atPath: TestSupport.sampleCases + "/VZ-2025-0088"))
  }

  @Test func aPreviewOfAnUnreadableCaseGivesItsDiagnostics() async throws {
    let root = try Self.folder(cases: 1)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = try await Self.open([root])
    try "formaat: poortwachter/1\n".write(toFile: root + "/zaak-0.yaml", atomically: false, encoding: .utf8)
    guard
      case .unreadable(let diagnostics) = try await folder.preview(
        caseAt: root + "/zaak-0.yaml", using: CasePreview(setup: try DossierSetup(templates: nil)))
    else {
      Issue.record("expected diagnostics")
      return
    }
    #expect(!diagnostics.isEmpty)
  }

  @Test func aCancelledRefreshLeavesTheFolderAsItWas() async throws {
    let root = try Self.folder(cases: 3)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = try await Self.open([root])
    try FileManager.default.removeItem(atPath: root + "/zaak-0.yaml")
    let task = Task {
      withUnsafeCurrentTask { $0?.cancel() }
      return try await folder.refresh()
    }
    await #expect(throws: CancellationError.self) { try await task.value }
    #expect(await folder.cases.count == 3)
    #expect(try await folder.refresh().removed == [root + "/zaak-0.yaml"])
  }

  @Test func aMissingFolderIsAnError() async throws {
    let missing = "/nonexistent-\(UUID().uuidString)"
    await #expect(throws: PoortwachterError.pathNotFound(missing)) {
      _ = try await Self.open([missing])
    }
  }
}

/// Saving and undoing through the folder: the folder shows the file as saved.
@Suite struct CaseFolderSavingTests {
  @Test func aSaveThroughTheFolderIsCheckedAndCanBeUndone() async throws {
    let root = try CaseFolderTests.folder(cases: 2)
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folder = try await CaseFolderTests.open([root])
    let file = root + "/zaak-1.yaml"
    let entry = try #require(await folder.summary(of: file))
    let text = try String(contentsOfFile: file, encoding: .utf8)
    let edited = try CaseEditor().apply(
      [.set(try #require(EditPath("werknemer.functie")), .string("Planner B"))], to: text, file: file
    ).get()
    let saved = try await folder.save(
      edited, to: file, basedOn: try #require(entry.contentHash), timestamp: "20261207T120000Z"
    ).get()
    #expect(saved.entry.contentHash == saved.save.saved.contentHash)
    #expect(saved.entry.evaluation?.loaded.caseFile.werknemer.functie == "Planner B")
    #expect(await folder.summary(of: file)?.contentHash == saved.save.saved.contentHash)
    // A save based on the old hash is refused; the folder is unchanged.
    guard
      case .failure(.changedOnDisk) = try await folder.save(
        text, to: file, basedOn: try #require(entry.contentHash), timestamp: "20261207T120100Z")
    else {
      Issue.record("expected the stale save refused")
      return
    }
    let undone = try await folder.undo(
      file, basedOn: saved.save.saved.contentHash, timestamp: "20261207T120200Z"
    )
    .get()
    #expect(undone.entry.contentHash == entry.contentHash)
    #expect(try String(contentsOfFile: file, encoding: .utf8) == text)
    #expect(await folder.cases.count == 2)
  }
}
