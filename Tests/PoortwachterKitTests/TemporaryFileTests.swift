import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Temporary files skip names that are taken, never remove a file they did not make, and say why
/// they cannot be made; an old folder is removed through the folder itself, never through a link.
@Suite(.serialized) struct TemporaryFileTests {
  static let manager = FileManager.default

  static func folder() throws -> String { try BatchTests.temporaryFolder() }

  /// Takes the next `count` temporary names for `path` (as files holding "van een ander"), so the
  /// next attempts of this process find them taken. Other tests may draw names meanwhile, so
  /// callers take more than they need.
  static func takeNextNames(for path: String, count: Int) throws -> [String] {
    let next = TemporaryName.next()
    guard let dash = next.lastIndex(of: "-"), let counter = Int(next[next.index(after: dash)...]) else {
      return []
    }
    return try (counter + 1...counter + count).map { number in
      let name = PathName.hiddenSibling(of: path, suffix: ".tmp-\(next[..<dash])-\(number)")
      try "van een ander".write(toFile: name, atomically: false, encoding: .utf8)
      return name
    }
  }

  /// A leftover temporary report (same pid in a container) once made the run fail with
  /// "kan niet schrijven".
  @Test func aTakenTemporaryNameIsSkipped() throws {
    let out = try Self.folder()
    let taken = try Self.takeNextNames(for: out + "/j.xml", count: 5)
    let file = try StreamingFile(path: out + "/j.xml")
    try file.write("<testsuites/>")
    try file.commit()
    #expect(try String(contentsOfFile: out + "/j.xml", encoding: .utf8) == "<testsuites/>")
    let takenToo = try Self.takeNextNames(for: out + "/a.txt", count: 5)
    try AtomicFile.write("a", to: out + "/a.txt")
    #expect(try String(contentsOfFile: out + "/a.txt", encoding: .utf8) == "a")
    let takenAlso = try Self.takeNextNames(for: out + "/s.json", count: 5)
    try AtomicFile.copy(from: out + "/a.txt", to: out + "/s.json")
    #expect(try String(contentsOfFile: out + "/s.json", encoding: .utf8) == "a")
    for name in taken + takenToo + takenAlso {
      #expect(try String(contentsOfFile: name, encoding: .utf8) == "van een ander")
    }
  }

  /// When no name can be made, the error says why, and the file of that name (someone else's) is
  /// left alone: the deinit once removed it after a failed open.
  @Test func aFailedOpenRemovesNothingAndSaysWhy() throws {
    let out = try Self.folder()
    let taken = try Self.takeNextNames(for: out + "/j.xml", count: AtomicFile.attempts * 10)
    do {
      _ = try StreamingFile(path: out + "/j.xml")
      Issue.record("opened although every name was taken")
    } catch {
      #expect("\(error)".contains("kan niet schrijven (bestaat al)"), "\(error)")
    }
    for name in taken { #expect(Self.manager.fileExists(atPath: name), "\(name)") }
    do {
      _ = try StreamingFile(path: out + "/geen/map/j.xml")
      Issue.record("opened in a folder that does not exist")
    } catch {
      #expect("\(error)".contains("kan niet schrijven (bestand of map bestaat niet)"), "\(error)")
    }
  }

  /// A report that cannot be put in place says why (a folder of that name is in the way).
  @Test func aFailedRenameSaysWhy() throws {
    let out = try Self.folder()
    try Self.manager.createDirectory(atPath: out + "/j.xml/in-de-weg", withIntermediateDirectories: true)
    let file = try StreamingFile(path: out + "/j.xml")
    try file.write("<testsuites/>")
    do {
      try file.commit()
      Issue.record("placed over a folder")
    } catch {
      #expect("\(error)".contains("kan niet plaatsen (is een map)"), "\(error)")
    }
    #expect(try Self.manager.contentsOfDirectory(atPath: out) == ["j.xml"])
  }

  /// A folder to remove that was swapped for a link to another folder: what the link points to
  /// survives (the likely names were once unlinked through the path, following the link).
  @Test func removingAFolderNeverFollowsALinkInItsPlace() throws {
    let out = try Self.folder()
    try Self.manager.createDirectory(atPath: out + "/elders", withIntermediateDirectories: false)
    for name in ["riv.html", "riv.xml", "ander.txt"] {
      try name.write(toFile: out + "/elders/" + name, atomically: false, encoding: .utf8)
    }
    #expect(symlink(out + "/elders", out + "/.A.oud-pw0123456789abcdef-1") == 0)
    #expect(!FolderTree.remove(out + "/.A.oud-pw0123456789abcdef-1", likely: ["riv.html", "riv.xml"]))
    #expect(
      try Self.manager.contentsOfDirectory(atPath: out + "/elders").sorted() == [
        "ander.txt", "riv.html", "riv.xml",
      ])
    // A file in the folder's place is no folder: nothing happens either.
    try "x".write(toFile: out + "/bestand", atomically: false, encoding: .utf8)
    #expect(!FolderTree.remove(out + "/bestand", likely: ["riv.html"]))
    #expect(Self.manager.fileExists(atPath: out + "/bestand"))
    // A real folder goes, likely names and the rest; a missing one counts as gone.
    try Self.manager.createDirectory(atPath: out + "/weg/uwv", withIntermediateDirectories: true)
    for name in ["weg/riv.html", "weg/uwv/riv.xml", "weg/extra"] {
      try "x".write(toFile: out + "/" + name, atomically: false, encoding: .utf8)
    }
    #expect(FolderTree.remove(out + "/weg", likely: ["riv.html"]))
    #expect(!Self.manager.fileExists(atPath: out + "/weg"))
    #expect(FolderTree.remove(out + "/weg"))
  }
}
