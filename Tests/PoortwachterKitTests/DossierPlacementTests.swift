import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// A new dossier is placed without looking first, only a dossier is ever replaced, and old folders
/// are removed (and the UWV pack carried over) with plain system calls that never follow a link.
@Suite(.serialized) struct DossierPlacementTests {
  static let manager = FileManager.default

  static func folder() throws -> String { try BatchTests.temporaryFolder() }

  @Test func renameIfFreeNeverReplaces() throws {
    let out = try Self.folder()
    try Self.manager.createDirectory(atPath: out + "/nieuw/x", withIntermediateDirectories: true)
    try Self.manager.createDirectory(atPath: out + "/leeg", withIntermediateDirectories: true)
    // A plain rename would silently replace the empty folder.
    #expect(!FolderExchange.renameIfFree(out + "/nieuw", out + "/leeg"))
    #expect(errno == EEXIST)
    #expect(FolderExchange.renameIfFree(out + "/nieuw", out + "/vrij"))
    #expect(Self.manager.fileExists(atPath: out + "/vrij/x"))
  }

  /// A new dossier is placed by a rename that fails when the name is taken: nothing in the way is
  /// replaced unless it is a dossier, not even an empty folder, and no hidden folder is left.
  @Test(arguments: [true, false]) func onlyADossierIsEverReplaced(renameAt2: Bool) throws {
    let out = try Self.folder()
    var writer = DossierWriter(outputFolder: out, force: true)
    writer.atomicExchange = renameAt2
    try Self.manager.createDirectory(atPath: out + "/LEEG", withIntermediateDirectories: true)
    try "mijn".write(toFile: out + "/BESTAND", atomically: false, encoding: .utf8)
    for kenmerk in ["LEEG", "BESTAND"] {
      #expect(throws: PoortwachterError.self) {
        try writer.write(OutputSafetyTests.documents("x"), kenmerk: kenmerk)
      }
    }
    #expect(try Self.manager.contentsOfDirectory(atPath: out + "/LEEG").isEmpty)
    #expect(try String(contentsOfFile: out + "/BESTAND", encoding: .utf8) == "mijn")
    try writer.write(OutputSafetyTests.documents("een"), kenmerk: "K")
    try writer.write(OutputSafetyTests.documents("twee"), kenmerk: "K")
    #expect(try String(contentsOfFile: out + "/K/riv.html", encoding: .utf8) == "twee")
    #expect(throws: PoortwachterError.self) {
      try DossierWriter(outputFolder: out, force: false).write(
        OutputSafetyTests.documents("drie"), kenmerk: "K")
    }
    #expect(try String(contentsOfFile: out + "/K/riv.html", encoding: .utf8) == "twee")
    #expect(try Self.manager.contentsOfDirectory(atPath: out).sorted() == ["BESTAND", "K", "LEEG"])
  }

  @Test func removingATreeNeverFollowsALink() throws {
    let root = try Self.folder()
    let elsewhere = root + "/elders"
    try Self.manager.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
    try "bewaren".write(toFile: elsewhere + "/bestand", atomically: false, encoding: .utf8)
    let tree = root + "/boom"
    try Self.manager.createDirectory(atPath: tree + "/a/b", withIntermediateDirectories: true)
    try "x".write(toFile: tree + "/a/b/c.pdf", atomically: false, encoding: .utf8)
    try "y".write(toFile: tree + "/riv.html", atomically: false, encoding: .utf8)
    #expect(symlink(elsewhere, tree + "/link") == 0)
    #expect(symlink(elsewhere, tree + "/a/link") == 0)
    // A name that is not UTF-8 (byte 0xFF) is removed as well.
    let odd = open(
      Array((tree + "/").utf8CString.dropLast()) + [CChar(bitPattern: 0xFF), 0], O_CREAT | O_WRONLY, 0o600)
    #expect(odd >= 0)
    close(odd)
    // Linking the tree skips links and keeps files and folders.
    try FolderTree.linkCopy(from: tree + "/a", to: root + "/kopie")
    #expect(Self.manager.fileExists(atPath: root + "/kopie/b/c.pdf"))
    #expect((try? Self.manager.destinationOfSymbolicLink(atPath: root + "/kopie/link")) == nil)
    #expect(FolderTree.remove(tree, likely: ["riv.html", "controle.html"]))
    #expect(!Self.manager.fileExists(atPath: tree))
    #expect(try String(contentsOfFile: elsewhere + "/bestand", encoding: .utf8) == "bewaren")
    #expect(FolderTree.remove(root + "/kopie"))
    #expect(FolderTree.remove(root + "/bestaat-niet"))
  }
}
