import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Nothing a user has is lost: a batch does not read its own output, duplicates never delete a
/// dossier, replacement is atomic, leftovers of a killed run are repaired, one run per folder.
@Suite(.serialized) struct OutputSafetyTests {
  static let manager = FileManager.default

  static func folder() throws -> String { try BatchTests.temporaryFolder() }

  static func copySamples(_ names: [String], to folder: String) throws {
    for name in names {
      try manager.copyItem(atPath: TestSupport.sampleCases + "/" + name, toPath: folder + "/" + name)
    }
  }

  static func dossiers(in folder: String) -> [String] {
    ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).filter {
      var isDirectory: ObjCBool = false
      return manager.fileExists(atPath: folder + "/" + $0, isDirectory: &isDirectory) && isDirectory.boolValue
    }.sorted()
  }

  static let three = ["vz-2023-0412.yaml", "vz-2025-0142.yaml", "vz-2026-0301.yaml"]

  @Test func anOutputFolderInsideTheInputIsNeverReadBack() throws {
    let input = try Self.folder()
    try Self.copySamples(Self.three, to: input)
    let out = input + "/dossiers"
    for _ in 0..<2 {
      let run = try TestSupport.run(["batch", input, "--out", out, "--as-of", "2026-11-22"])
      #expect(
        run.out
          == "3 dossiers: 1 compleet, 1 in orde, 0 alleen waarschuwingen, 1 met fouten, 0 onleesbaar; "
          + "met fouten: VZ-2025-0142 (3); overzicht: \(out)/index.html\n",
        "\(run.err)")
    }
    #expect(Self.dossiers(in: out) == ["VZ-2023-0412", "VZ-2025-0142", "VZ-2026-0301"])
    // Another output folder next to it, and a JUnit report inside the input, are skipped too.
    let second = try TestSupport.run([
      "batch", input, "--out", input + "/tweede", "--as-of", "2026-11-22", "--report", "junit",
      input + "/junit.xml",
    ])
    #expect(second.out.hasPrefix("3 dossiers:"))
    #expect(try CaseDiscovery.files(in: [input]).count == 3)
  }

  @Test func theInputFolderItselfAsOutputKeepsItsCasesAndSkipsItsDossiers() throws {
    let input = try Self.folder()
    try Self.copySamples(Self.three, to: input)
    for _ in 0..<2 {
      let run = try TestSupport.run(["batch", input, "--out", input, "--as-of", "2026-11-22"])
      #expect(run.out.hasPrefix("3 dossiers: "), "\(run.out) \(run.err)")
    }
    #expect(Self.dossiers(in: input) == ["VZ-2023-0412", "VZ-2025-0142", "VZ-2026-0301"])
    // A folder holding a lock file because a dossier was rendered into it is still searched.
    #expect(try CaseDiscovery.files(in: [input]).count == 3)
  }

  @Test func anOutputFolderOfAnOlderVersionIsRecognised() throws {
    let input = try Self.folder()
    try Self.copySamples(Self.three, to: input)
    _ = try TestSupport.run(["batch", input, "--out", input + "/oud", "--as-of", "2026-11-22"])
    unlink(input + "/oud/" + OutputLock.fileName)
    #expect(try CaseDiscovery.files(in: [input]).count == 3)
  }

  /// Two files with the same kenmerk are an error for both, whatever their order or the number of
  /// jobs: the dossier an earlier run wrote stays as it was. A copy made in a file manager
  /// ("vz-2026-0301 - Kopie.yaml") sorts before the original, so "the first file wins" would put
  /// the copy's content in the dossier.
  @Test func aDuplicateKenmerkLeavesTheExistingDossierAsItWas() throws {
    let input = try Self.folder()
    try Self.copySamples(["vz-2026-0301.yaml"], to: input)
    let out = try Self.folder() + "/uit"
    _ = try TestSupport.run(["batch", input, "--out", out, "--as-of", "2026-11-22"])
    let before = try Data(contentsOf: URL(fileURLWithPath: out + "/VZ-2026-0301/riv.xml"))
    let original = try String(contentsOfFile: input + "/vz-2026-0301.yaml", encoding: .utf8)
    let copy = original.replacingOccurrences(of: "naam: Jeroen Smeets", with: "naam: Kopie Persoon")
    #expect(copy != original)
    for name in ["zz-kopie.yaml", "vz-2026-0301 - Kopie.yaml"] {
      try copy.write(toFile: input + "/" + name, atomically: true, encoding: .utf8)
      var reports: [Data] = []
      for jobs in ["1", "2"] {
        let run = try TestSupport.run(["batch", input, "--out", out, "--as-of", "2026-11-22", "--jobs", jobs])
        #expect(run.status == 1)
        #expect(
          run.err.contains(
            "\(name): fout: kenmerk 'VZ-2026-0301' staat in 2 bestanden; geen dossier geschreven"))
        #expect(run.err.contains("vz-2026-0301.yaml: fout: kenmerk 'VZ-2026-0301' staat in 2 bestanden"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/VZ-2026-0301/riv.xml")) == before)
        reports.append(try Data(contentsOf: URL(fileURLWithPath: out + "/samenvatting.json")))
      }
      #expect(reports[0] == reports[1], "the reports do not depend on the timing")
      try Self.manager.removeItem(atPath: input + "/" + name)
    }
  }

  /// A kenmerk the pre-scan cannot see (past the head it reads) is still never written twice: the
  /// first file in input order keeps the dossier of this run and the later one is refused.
  @Test func aDuplicateThePreScanMissesIsRefusedInInputOrder() throws {
    let input = try Self.folder()
    try Self.copySamples(["vz-2026-0301.yaml"], to: input)
    let original = try String(contentsOfFile: input + "/vz-2026-0301.yaml", encoding: .utf8)
    let padding = String(repeating: "# opvulling voor de voorscan\n", count: 400)
    let late = padding + original.replacingOccurrences(of: "naam: Jeroen Smeets", with: "naam: Kopie Persoon")
    try late.write(toFile: input + "/zz-kopie.yaml", atomically: true, encoding: .utf8)
    #expect(KenmerkPreScan.kenmerk(ofFile: input + "/zz-kopie.yaml") == nil)
    let out = try Self.folder() + "/uit"
    for jobs in ["1", "2"] {
      let run = try TestSupport.run(["batch", input, "--out", out, "--as-of", "2026-11-22", "--jobs", jobs])
      #expect(run.status == 1)
      #expect(
        run.err.contains("zz-kopie.yaml: fout: kenmerk 'VZ-2026-0301' staat in 2 bestanden"), "\(run.err)")
      #expect(try String(contentsOfFile: out + "/VZ-2026-0301/riv.html", encoding: .utf8).contains("Smeets"))
    }
  }

  static func documents(_ text: String) -> DossierRenderer.Documents {
    DossierRenderer.Documents(
      rivHTMLBytes: Array(text.utf8), controleHTMLBytes: Array("c".utf8), rivXMLBytes: Array("x".utf8))
  }

  @Test(arguments: [true, false]) func replacingADossierSwapsItWhole(exchange: Bool) throws {
    let out = try Self.folder()
    var writer = DossierWriter(outputFolder: out, force: true)
    writer.atomicExchange = exchange
    try writer.write(Self.documents("oud"), kenmerk: "K")
    try "extra".write(toFile: out + "/K/weg.txt", atomically: false, encoding: .utf8)
    try writer.write(
      [
        DossierFile(path: "riv.html", bytes: Array("nieuw".utf8)),
        DossierFile(path: "uwv/a.txt", bytes: [0x41]),
      ],
      kenmerk: "K")
    #expect(try String(contentsOfFile: out + "/K/riv.html", encoding: .utf8) == "nieuw")
    #expect(try String(contentsOfFile: out + "/K/uwv/a.txt", encoding: .utf8) == "A")
    #expect(!Self.manager.fileExists(atPath: out + "/K/weg.txt"))
    #expect(try Self.manager.contentsOfDirectory(atPath: out).sorted() == ["K"])
    #expect(throws: PoortwachterError.self) {
      try writer.write([DossierFile(path: "../ontsnapt", bytes: [])], kenmerk: "K")
    }
  }

  @Test func exchangeSwapsTwoFolders() throws {
    let out = try Self.folder()
    try Self.manager.createDirectory(atPath: out + "/a/x", withIntermediateDirectories: true)
    try Self.manager.createDirectory(atPath: out + "/b/y", withIntermediateDirectories: true)
    #expect(FolderExchange.exchange(out + "/a", out + "/b"))
    #expect(Self.manager.fileExists(atPath: out + "/a/y") && Self.manager.fileExists(atPath: out + "/b/x"))
  }

  @Test func leftoversOfAKilledRunAreRepaired() throws {
    let out = try Self.folder()
    let id = UUID().uuidString
    let writer = DossierWriter(outputFolder: out, force: true)
    try writer.write(Self.documents("A"), kenmerk: "A")
    try writer.write(Self.documents("B"), kenmerk: "B")
    // Killed between the two renames of the fallback: only the old copy of A is left.
    #expect(rename(out + "/A", out + "/.A.oud-\(id)") == 0)
    try Self.manager.createDirectory(atPath: out + "/.A.nieuw-\(id)", withIntermediateDirectories: false)
    // B was replaced, but the old copy was not yet removed; a staging folder of C half written.
    try Self.manager.copyItem(atPath: out + "/B", toPath: out + "/.B.oud-\(UUID().uuidString)")
    try Self.manager.createDirectory(atPath: out + "/.C.nieuw-\(id)", withIntermediateDirectories: false)
    try "[".write(toFile: out + "/.samenvatting.json.tmp-\(id)", atomically: false, encoding: .utf8)
    try "mijn".write(toFile: out + "/.notities", atomically: false, encoding: .utf8)
    try "mijn".write(toFile: out + "/.x.tmp-geen-uuid", atomically: false, encoding: .utf8)

    let summary = OutputRecovery.recover(folder: out)
    #expect(summary.restored == ["A"])
    #expect(summary.removed == 4)
    #expect(try String(contentsOfFile: out + "/A/riv.html", encoding: .utf8) == "A")
    #expect(
      try Self.manager.contentsOfDirectory(atPath: out).sorted() == [
        ".notities", ".x.tmp-geen-uuid", "A", "B",
      ])
    #expect(
      summary.line(folder: "uit")
        == "let op: uit bevatte resten van een afgebroken run; 1 dossier teruggezet (A), "
        + "4 onvolledige tussenbestanden verwijderd")
    #expect(OutputRecovery.recover(folder: out).isEmpty)
  }

  @Test func theNextBatchRepairsAndSaysSoInOneLine() throws {
    let input = try Self.folder()
    try Self.copySamples(["vz-2023-0412.yaml"], to: input)
    let out = try Self.folder() + "/uit"
    _ = try TestSupport.run(["batch", input, "--out", out, "--as-of", "2026-11-22"])
    let id = UUID().uuidString
    #expect(rename(out + "/VZ-2023-0412", out + "/.VZ-2023-0412.oud-\(id)") == 0)
    try "x".write(toFile: out + "/.index.html.tmp-\(id)", atomically: false, encoding: .utf8)
    let run = try TestSupport.run(["batch", input, "--out", out, "--as-of", "2026-11-22"])
    let lines = run.err.split(separator: "\n").filter { $0.contains("afgebroken run") }
    #expect(lines.count == 1)
    #expect(
      lines.first?.contains("1 dossier teruggezet (VZ-2023-0412), 1 onvolledig tussenbestand verwijderd")
        == true)
    let left = try Self.manager.contentsOfDirectory(atPath: out).filter {
      $0.hasPrefix(".") && $0 != OutputLock.fileName
    }
    #expect(left.isEmpty)
  }

  @Test func renderAlsoLocksAndRepairs() throws {
    let out = try Self.folder() + "/uit"
    let file = TestSupport.sampleCases + "/vz-2023-0412.yaml"
    _ = try TestSupport.run(["render", file, "--out", out, "--as-of", "2026-11-22"])
    let id = UUID().uuidString
    #expect(rename(out + "/VZ-2023-0412", out + "/.VZ-2023-0412.oud-\(id)") == 0)
    let repaired = try TestSupport.run(["render", file, "--out", out, "--as-of", "2026-11-22", "--force"])
    #expect(repaired.err.contains("1 dossier teruggezet (VZ-2023-0412)"), "\(repaired.err)")
    #expect(repaired.status == 0)
    let holder = LockHolder(try OutputLock(folder: out, wait: false))
    let refused = try TestSupport.run(["render", file, "--out", out, "--as-of", "2026-11-22", "--force"])
    #expect(refused.status == 75)
    holder.release()
  }

  @Test func aSecondRunIntoTheSameFolderStopsOrWaits() throws {
    let input = try Self.folder()
    try Self.copySamples(["vz-2023-0412.yaml"], to: input)
    let out = try Self.folder() + "/uit"
    let holder = LockHolder(try OutputLock(folder: out, wait: false))
    let refused = try TestSupport.run(["batch", input, "--out", out, "--as-of", "2026-11-22"])
    #expect(refused.status == 75)
    #expect(refused.err.contains("schrijft al een andere poortwachter-run"))
    #expect(Self.dossiers(in: out).isEmpty)
    #expect(throws: PoortwachterError.outputBusy(out)) { try OutputLock(folder: out, wait: false) }
    DispatchQueue.global().asyncAfter(deadline: .now() + 1) { holder.release() }
    let waited = try TestSupport.run(["batch", input, "--out", out, "--as-of", "2026-11-22", "--wacht"])
    #expect(waited.status <= 1, "\(waited.err)")
    #expect(waited.err.contains("wacht: in \(out)"))
    #expect(Self.dossiers(in: out) == ["VZ-2023-0412"])
  }

  @Test func kenmerkenThatWouldHideOrLookLikeAnOptionAreRefused() {
    for kenmerk in [".verborgen", "-rf", "--force", "."] {
      let found = TestSupport.diagnostics(
        "formaat: poortwachter/1\nkenmerk: \"\(kenmerk)\"\nwerknemer: { naam: J }\nverzuim: { eerste_ziektedag: 2024-01-08 }\n"
      )
      #expect(found.first?.code == "invoer.kenmerk", "\(kenmerk)")
      #expect(found.first?.message.contains("niet beginnend met '.' of '-'") == true)
    }
    #expect(Kenmerk.isValid("VZ.2024-1_a"))
  }
}

/// Holds a lock until another thread releases it.
final class LockHolder: @unchecked Sendable {
  private let guardLock = NSLock()
  private var lock: OutputLock?

  init(_ lock: OutputLock) { self.lock = lock }

  func release() { guardLock.withLock { lock = nil } }
}
