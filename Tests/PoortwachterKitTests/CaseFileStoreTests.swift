import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Saving an edited case: atomic, refused when the file changed or would not load, and always
/// with the replaced version kept so it can be brought back.
@Suite struct CaseFileStoreTests {
  static let text = """
    # mijn casus
    formaat: poortwachter/1
    kenmerk: VZ-2026-0007
    werknemer:
      naam: Anna Bos
      bsn: "111222333"
    verzuim:
      eerste_ziektedag: 2026-10-05

    """

  /// A fresh folder with `zaak.yaml` holding ``text``.
  private func folder() throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-store-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Self.text.write(toFile: folder + "/zaak.yaml", atomically: false, encoding: .utf8)
    return folder
  }

  private func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

  private func mode(_ path: String) -> mode_t {
    var status = stat()
    return stat(path, &status) == 0 ? status.st_mode & 0o777 : 0
  }

  @Test func theCaseLoads() {
    #expect(
      TestSupport.diagnostics(Self.text).isEmpty, "\(TestSupport.diagnostics(Self.text).map(\.formatted))")
  }

  @Test func aSaveWritesTheNewTextAndKeepsThePreviousVersion() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = CaseFileStore()
    let path = folder + "/zaak.yaml"
    let snapshot = try store.read(path).get()
    let edited = try CaseEditor().apply(
      [.set(try #require(EditPath("werknemer.naam")), .string("Bea Bos"))], to: snapshot.text, file: path
    ).get()
    let result = try store.save(
      edited, to: path, basedOn: snapshot.contentHash, timestamp: "20261207T101500Z"
    ).get()
    #expect(try contents(path) == edited)
    #expect(result.saved.contentHash == CaseFileSnapshot.contentHash(of: edited))
    let kept = try #require(result.previousVersion)
    #expect(kept.path == folder + "/.poortwachter/geschiedenis/VZ-2026-0007/20261207T101500Z.yaml")
    #expect(try contents(kept.path) == Self.text)
    #expect(mode(kept.path) == 0o600)
    #expect(mode(folder + "/.poortwachter") == 0o700)
    #expect(mode(folder + "/.poortwachter/geschiedenis/VZ-2026-0007") == 0o700)
    // The same timestamp again never overwrites a kept version.
    let again = try store.save(
      Self.text, to: path, basedOn: result.saved.contentHash, timestamp: "20261207T101500Z"
    )
    .get()
    #expect(again.previousVersion?.timestamp == "20261207T101500Z-2")
    #expect(try contents(kept.path) == Self.text)
  }

  @Test func theHistoryKeepsThePreviousBytesExactlyEvenWhenTheyAreNoUTF8() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/zaak.yaml"
    // A comment saved as Latin-1 by another editor: 0xEB is no valid UTF-8 on its own.
    let original = Array("# ge\u{0}".utf8.dropLast()) + [0xEB] + Array("\n".utf8) + Array(Self.text.utf8)
    try Data(original).write(to: URL(fileURLWithPath: path))
    let store = CaseFileStore()
    let snapshot = try store.read(path).get()
    let saved = try store.save(Self.text, to: path, basedOn: snapshot.contentHash, timestamp: "t1").get()
    let kept = try #require(saved.previousVersion)
    #expect(try Data(contentsOf: URL(fileURLWithPath: kept.path)) == Data(original))
  }

  @Test func savingTheUnchangedTextWritesNothing() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = CaseFileStore()
    let snapshot = try store.read(folder + "/zaak.yaml").get()
    let result = try store.save(
      snapshot.text, to: snapshot.path, basedOn: snapshot.contentHash, timestamp: "t1"
    ).get()
    #expect(result.previousVersion == nil)
    #expect(try contents(snapshot.path) == Self.text)
    #expect(!FileManager.default.fileExists(atPath: folder + "/.poortwachter"))
  }

  @Test func aFileChangedOnDiskIsNotOverwritten() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = CaseFileStore()
    let snapshot = try store.read(folder + "/zaak.yaml").get()
    let theirs = Self.text.replacingOccurrences(of: "Anna Bos", with: "Anna de Bos")
    try theirs.write(toFile: snapshot.path, atomically: false, encoding: .utf8)
    let mine = Self.text.replacingOccurrences(of: "Anna Bos", with: "Bea Bos")
    let result = store.save(mine, to: snapshot.path, basedOn: snapshot.contentHash, timestamp: "t1")
    guard case .failure(.changedOnDisk(let current)) = result else {
      Issue.record("expected a refusal, got \(result)")
      return
    }
    #expect(current.text == theirs)
    #expect(current.contentHash == CaseFileSnapshot.contentHash(of: theirs))
    #expect(try contents(snapshot.path) == theirs)
    #expect(!FileManager.default.fileExists(atPath: folder + "/.poortwachter"))
    if case .failure(let failure) = result {
      #expect(failure.message.contains("gewijzigd sinds het geopend werd"))
    }
  }

  @Test func aSaveThatWouldMakeTheCaseUnreadableIsRefusedWithItsDiagnostics() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = CaseFileStore()
    let snapshot = try store.read(folder + "/zaak.yaml").get()
    let broken = try CaseEditor().apply(
      [.set(try #require(EditPath("verzuim.eerste_ziektedag")), .string("gisteren"))], to: snapshot.text,
      file: snapshot.path
    ).get()
    let result = store.save(broken, to: snapshot.path, basedOn: snapshot.contentHash, timestamp: "t1")
    guard case .failure(.wouldBeUnreadable(let diagnostics)) = result else {
      Issue.record("expected a refusal, got \(result)")
      return
    }
    #expect(diagnostics.contains { $0.location?.line == 8 })
    #expect(try contents(snapshot.path) == Self.text)
    #expect(!FileManager.default.fileExists(atPath: folder + "/.poortwachter"))
  }

  @Test func restoreAndUndoBringBackAKeptVersionAndAreSavesThemselves() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = CaseFileStore()
    let path = folder + "/zaak.yaml"
    let first = try store.read(path).get()
    let edited = Self.text.replacingOccurrences(of: "Anna Bos", with: "Bea Bos")
    let saved = try store.save(edited, to: path, basedOn: first.contentHash, timestamp: "2026-12-07T10-00")
      .get()
    let undone = try store.undo(path, basedOn: saved.saved.contentHash, timestamp: "2026-12-07T10-05").get()
    #expect(try contents(path) == Self.text)
    #expect(try contents(try #require(undone.previousVersion).path) == edited)
    let versions = try store.history(of: path).get()
    #expect(versions.map(\.timestamp) == ["2026-12-07T10-00", "2026-12-07T10-05"])
    let restored = try store.restore(
      versions[1], to: path, basedOn: undone.saved.contentHash, timestamp: "2026-12-07T10-09"
    )
    .get()
    #expect(try contents(path) == edited)
    #expect(restored.previousVersion != nil)
    // A restore based on an old hash is refused like any save.
    guard
      case .failure(.changedOnDisk) = store.restore(
        versions[0], to: path, basedOn: first.contentHash, timestamp: "x")
    else {
      Issue.record("a stale restore must be refused")
      return
    }
  }

  @Test func xmlFilesAndUnusableTimestampsAreRefused() throws {
    let store = CaseFileStore()
    #expect(
      store.save("<casus/>", to: "zaak.xml", basedOn: "", timestamp: "t")
        == .failure(.notYAML(file: "zaak.xml")))
    for timestamp in ["", "../x", ".verborgen", "-x", "a/b", "2026 12 07"] {
      #expect(
        store.save(Self.text, to: "zaak.yaml", basedOn: "", timestamp: timestamp)
          == .failure(.invalidTimestamp(timestamp)))
    }
  }

  @Test func aBatchNeverReadsTheHistoryAsInput() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let store = CaseFileStore()
    let path = folder + "/zaak.yaml"
    let snapshot = try store.read(path).get()
    let edited = Self.text.replacingOccurrences(of: "Anna Bos", with: "Bea Bos")
    let kept = try #require(
      try store.save(edited, to: path, basedOn: snapshot.contentHash, timestamp: "t1").get().previousVersion)
    #expect(FileManager.default.fileExists(atPath: kept.path))
    #expect(try CaseDiscovery.files(in: [folder]) == [path])
  }
}
