import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Staging and temporary names are `pw` + a random token of the process + a counter (one random
/// draw per run), and only leftovers with exactly such names (or the UUIDs of earlier versions)
/// are repaired: a user's own hidden files are never touched.
@Suite(.serialized) struct StagingNameTests {
  static let manager = FileManager.default

  static func folder() throws -> String { try BatchTests.temporaryFolder() }

  @Test func stagingNamesComeFromATokenAndACounterThatRecoveryKnows() throws {
    let first = TemporaryName.next(), second = TemporaryName.next()
    #expect(first != second)
    #expect(first.hasPrefix(TemporaryName.token + "-") && second.hasPrefix(TemporaryName.token + "-"))
    #expect(TemporaryName.token.count == 18 && TemporaryName.token.hasPrefix("pw"))
    #expect(TemporaryName.isID(Substring(first)))
    let token = "pw0123456789abcdef"
    for (name, expected) in [
      (".K.nieuw-\(first)", "K"), (".VZ-1.oud-\(token)-3", "VZ-1"),
      (".index.html.tmp-\(token)-12", "index.html"),
      (".A.nieuw-1-2.nieuw-\(token)-4", "A.nieuw-1-2"), (".B.oud-\(UUID().uuidString)", "B"),
      (".B.oud-\(UUID().uuidString.lowercased())", "B"),
    ] {
      #expect(OutputRecovery.leftover(name)?.0 == expected, "\(name)")
    }
    for name in [
      // Dates and other names a person gives a backup or notes.
      ".mijnbackup.oud-2024-11", ".notities.tmp-2025-01", ".K.nieuw-2025-01-15", ".K.oud-1-1", ".K.tmp-1-2",
      ".K.nieuw-12", ".K.nieuw-1-a", ".K.nieuw--1", ".K.nieuw-1-2-3", ".nieuw-1-2", "K.nieuw-1-2",
      ".notities",
      // Near misses of the token form.
      ".K.nieuw-\(token)", ".K.nieuw-\(token)-", ".K.nieuw-\(token)-0", ".K.nieuw-\(token)-01",
      ".K.nieuw-\(token)-1a", ".K.nieuw-PW0123456789abcdef-1", ".K.nieuw-pw0123456789ABCDEF-1",
      ".K.nieuw-pw0123456789abcde-1", ".K.nieuw-pw0123456789abcdef0-1", ".K.nieuw-pw0123456789abcdeg-1",
      ".K.nieuw-xx0123456789abcdef-1", ".K.nieuw-\(token)-1-2",
      // Near misses of a UUID: 36 characters, but the dashes or digits are wrong.
      ".K.oud-2024-11-30-2024-11-30-2024-11-30-123", ".K.oud-012345678-0123-0123-0123-0123456789a",
      ".K.oud-G1234567-0123-0123-0123-0123456789ab",
    ] {
      #expect(OutputRecovery.leftover(name) == nil, "\(name)")
    }
    // A killed run's leftovers with such names are repaired as the UUID names were.
    let out = try Self.folder()
    let writer = DossierWriter(outputFolder: out, force: true)
    try writer.write(OutputSafetyTests.documents("A"), kenmerk: "A")
    #expect(rename(out + "/A", out + "/.A.oud-\(token)-7") == 0)
    try Self.manager.createDirectory(
      atPath: out + "/.A.nieuw-\(token)-8/uwv", withIntermediateDirectories: true)
    try "[".write(toFile: out + "/.samenvatting.json.tmp-\(token)-9", atomically: false, encoding: .utf8)
    let summary = OutputRecovery.recover(folder: out)
    #expect(summary.restored == ["A"] && summary.removed == 2)
    #expect(try Self.manager.contentsOfDirectory(atPath: out) == ["A"])
  }

  /// A reviewer's own hidden backup and notes in the output folder were taken for leftovers: the
  /// backup was renamed to a visible folder and the notes were removed with all they held.
  @Test func aBatchLeavesAUsersHiddenFilesAlone() throws {
    let input = try Self.folder()
    try OutputSafetyTests.copySamples(["vz-2023-0412.yaml"], to: input)
    let out = try Self.folder() + "/uit"
    try Self.manager.createDirectory(
      atPath: out + "/.mijnbackup.oud-2024-11", withIntermediateDirectories: true)
    try "bewaren".write(
      toFile: out + "/.mijnbackup.oud-2024-11/belangrijk.txt", atomically: false, encoding: .utf8)
    try Self.manager.createDirectory(
      atPath: out + "/.notities.tmp-2025-01", withIntermediateDirectories: true)
    try "n".write(toFile: out + "/.notities.tmp-2025-01/n.txt", atomically: false, encoding: .utf8)
    let run = try TestSupport.run(["batch", input, "--out", out, "--as-of", "2026-11-22"])
    #expect(!run.err.contains("afgebroken run"), "\(run.err)")
    #expect(!Self.manager.fileExists(atPath: out + "/mijnbackup"))
    #expect(
      try String(contentsOfFile: out + "/.mijnbackup.oud-2024-11/belangrijk.txt", encoding: .utf8)
        == "bewaren")
    #expect(try String(contentsOfFile: out + "/.notities.tmp-2025-01/n.txt", encoding: .utf8) == "n")
  }

  @Test func aStagingNameTakenByALeftoverIsSkipped() throws {
    let out = try Self.folder()
    // The next ids of this process are taken (a collision with a leftover, however improbable).
    let next = TemporaryName.next().split(separator: "-")
    guard let counter = Int(next[1]) else { return }
    for taken in (counter + 1)...(counter + 3) {
      try Self.manager.createDirectory(
        atPath: out + "/.K.nieuw-\(next[0])-\(taken)", withIntermediateDirectories: false)
    }
    try DossierWriter(outputFolder: out, force: true).write(OutputSafetyTests.documents("k"), kenmerk: "K")
    #expect(try String(contentsOfFile: out + "/K/riv.html", encoding: .utf8) == "k")
  }
}

/// Paths of one character: `NSString.deletingLastPathComponent` traps on them (`--out d` and
/// `--report json s` crashed the batch with "Illegal instruction").
@Suite struct PathNameTests {
  @Test func aOneCharacterNameIsAName() {
    #expect(PathName.split("d") == ("", "d"))
    #expect(PathName.split("a/b/c") == ("a/b", "c"))
    #expect(PathName.split("/c") == ("/", "c"))
    #expect(PathName.split("uit/") == ("", "uit"))
    #expect(PathName.hiddenSibling(of: "s", suffix: ".tmp-1-2") == "./.s.tmp-1-2")
    #expect(PathName.hiddenSibling(of: "/s", suffix: ".tmp-1-2") == "/.s.tmp-1-2")
    #expect(PathName.hiddenSibling(of: "uit/index.html", suffix: ".tmp-1-2") == "uit/.index.html.tmp-1-2")
    let here = FileManager.default.currentDirectoryPath
    let resolved = realpath(here, nil).map { pointer in
      defer { free(pointer) }
      return String(cString: pointer)
    }
    #expect(CaseDiscovery.canonical("d") == (resolved ?? here) + "/d")
  }
}
