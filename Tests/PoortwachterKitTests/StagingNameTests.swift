import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterKit

/// Staging and temporary names come from a per-process counter (no random bytes), and the
/// leftovers of a killed run with such names are repaired.
@Suite(.serialized) struct StagingNameTests {
  static let manager = FileManager.default

  static func folder() throws -> String { try BatchTests.temporaryFolder() }

  @Test func stagingNamesComeFromACounterThatRecoveryKnows() throws {
    let first = TemporaryName.next(), second = TemporaryName.next()
    #expect(first != second)
    #expect(first.hasPrefix("\(getpid())-"))
    #expect(TemporaryName.isID(Substring(first)))
    for (name, expected) in [
      (".K.nieuw-\(first)", "K"), (".VZ-1.oud-77-3", "VZ-1"), (".index.html.tmp-12-1", "index.html"),
      (".A.nieuw-1-2.nieuw-3-4", "A.nieuw-1-2"), (".B.oud-\(UUID().uuidString)", "B"),
    ] {
      #expect(OutputRecovery.leftover(name)?.0 == expected, "\(name)")
    }
    for name in [
      ".K.nieuw-12", ".K.nieuw-1-a", ".K.nieuw--1", ".K.nieuw-1-2-3", ".nieuw-1-2", "K.nieuw-1-2",
      ".notities",
    ] {
      #expect(OutputRecovery.leftover(name) == nil, "\(name)")
    }
    // A killed run's leftovers with counter names are repaired as the UUID names were.
    let out = try Self.folder()
    let writer = DossierWriter(outputFolder: out, force: true)
    try writer.write(OutputSafetyTests.documents("A"), kenmerk: "A")
    #expect(rename(out + "/A", out + "/.A.oud-4242-7") == 0)
    try Self.manager.createDirectory(atPath: out + "/.A.nieuw-4242-8/uwv", withIntermediateDirectories: true)
    try "[".write(toFile: out + "/.samenvatting.json.tmp-4242-9", atomically: false, encoding: .utf8)
    let summary = OutputRecovery.recover(folder: out)
    #expect(summary.restored == ["A"] && summary.removed == 2)
    #expect(try Self.manager.contentsOfDirectory(atPath: out) == ["A"])
  }

  @Test func aStagingNameTakenByALeftoverIsSkipped() throws {
    let out = try Self.folder()
    // The next ids of this process are taken by a killed process that had the same pid.
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
