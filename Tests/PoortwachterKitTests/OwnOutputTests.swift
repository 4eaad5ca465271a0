import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Files a run writes outside its dossiers (`index.html`, `samenvatting.json`, `--report`,
/// `agenda --ics`) replace only their own kind, never an input or a user's file (issue #19, items
/// 1, 2, 10 and 11); every refusal is exit 73 with nothing written.
@Suite(.serialized) struct OwnOutputTests {
  static let manager = FileManager.default

  /// A fresh folder holding `zaak.yaml` (a sample case) and its contents.
  static func caseFolder() throws -> (folder: String, file: String, text: Data) {
    let folder = try BatchTests.temporaryFolder()
    let file = folder + "/zaak.yaml"
    try manager.copyItem(atPath: TestSupport.sampleCases + "/vz-2023-0412.yaml", toPath: file)
    return (folder, file, try Data(contentsOf: URL(fileURLWithPath: file)))
  }

  static func contents(_ path: String) -> Data? { try? Data(contentsOf: URL(fileURLWithPath: path)) }

  static let asOf = ["--as-of", "2026-11-22"]

  @Test func aReportNeverReplacesAnInputEvenUnderAnotherName() throws {
    let (folder, file, text) = try Self.caseFolder()
    defer { try? Self.manager.removeItem(atPath: folder) }
    let out = folder + "/uit"
    let junit = try TestSupport.run(["batch", file, "--out", out, "--report", "junit", file] + Self.asOf)
    #expect(junit.status == 73)
    #expect(junit.err.contains("fout: \(file): is een invoerbestand van deze run"), "\(junit.err)")
    #expect(junit.err.contains("er is niets geschreven"))
    #expect(Self.contents(file) == text)
    #expect(!Self.manager.fileExists(atPath: out), "nothing written, not even the output folder")
    // A hard link outside the input folder is the same file: compared by device and inode.
    let aliasFolder = try BatchTests.temporaryFolder()
    defer { try? Self.manager.removeItem(atPath: aliasFolder) }
    let alias = aliasFolder + "/rapport.json"
    #expect(link(file, alias) == 0)
    let json = try TestSupport.run(["batch", folder, "--out", out, "--report", "json", alias] + Self.asOf)
    #expect(json.status == 73)
    #expect(json.err.contains("is een invoerbestand van deze run (\(file))"), "\(json.err)")
    #expect(Self.contents(file) == text)
  }

  @Test func theCalendarNeverReplacesAnInput() throws {
    let (folder, file, text) = try Self.caseFolder()
    defer { try? Self.manager.removeItem(atPath: folder) }
    let run = try TestSupport.run(["agenda", file, "--ics", file] + Self.asOf)
    #expect(run.status == 73)
    #expect(run.err.contains("fout: \(file): is een invoerbestand van deze run"), "\(run.err)")
    #expect(Self.contents(file) == text)
  }

  @Test func aReportReplacesNoUserFileAndNothingOfTheOutput() throws {
    let (folder, file, _) = try Self.caseFolder()
    defer { try? Self.manager.removeItem(atPath: folder) }
    let out = folder + "/uit"
    #expect(try TestSupport.run(["batch", file, "--out", out] + Self.asOf).status == 0)
    let index = Self.contents(out + "/index.html")
    let pdf = folder + "/pa.pdf"
    try Data("%PDF-1.4 eigen document".utf8).write(to: URL(fileURLWithPath: pdf))
    for (kind, target, reason) in [
      ("json", pdf, "bestaat al en is geen JSON-samenvatting van poortwachter"),
      ("junit", out + "/index.html", "is een eigen bestand van de uitvoermap"),
      ("junit", out + "/VZ-2023-0412/rapport.xml", "ligt in een map binnen de uitvoermap"),
      ("junit", out + "/VZ-2023-0412/riv.xml", "ligt in een map binnen de uitvoermap"),
    ] {
      let run = try TestSupport.run(["batch", file, "--out", out, "--report", kind, target] + Self.asOf)
      #expect(run.status == 73, "\(target)")
      #expect(run.err.contains("fout: \(target): \(reason)"), "\(run.err)")
    }
    #expect(Self.contents(pdf) == Data("%PDF-1.4 eigen document".utf8))
    #expect(Self.contents(out + "/index.html") == index)
    #expect(!Self.manager.fileExists(atPath: out + "/VZ-2023-0412/rapport.xml"))
    let ics = folder + "/agenda.ics"
    try "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Eigen//NL\r\nEND:VCALENDAR\r\n".write(
      toFile: ics, atomically: false, encoding: .utf8)
    let agenda = try TestSupport.run(["agenda", file, "--ics", ics] + Self.asOf)
    #expect(agenda.status == 73)
    #expect(agenda.err.contains("bestaat al en is geen agenda van poortwachter"), "\(agenda.err)")
  }

  @Test func aReportOfItsOwnKindIsReplaced() throws {
    let (folder, file, _) = try Self.caseFolder()
    defer { try? Self.manager.removeItem(atPath: folder) }
    let out = folder + "/uit"
    let reports = ["--report", "junit", folder + "/junit.xml", "--report", "json", out + "/rapport.json"]
    for _ in 0..<2 {
      let run = try TestSupport.run(["batch", file, "--out", out] + reports + Self.asOf)
      #expect(run.status == 0, "\(run.err)")
    }
    #expect(OwnOutput.recognises(file: folder + "/junit.xml", as: .junit))
    #expect(OwnOutput.recognises(file: out + "/rapport.json", as: .summary))
    #expect(OwnOutput.recognises(file: out + "/samenvatting.json", as: .summary))
    #expect(OwnOutput.recognises(file: out + "/index.html", as: .index))
    #expect(!OwnOutput.recognises(file: out + "/index.html", as: .junit))
    let ics = folder + "/agenda.ics"
    for _ in 0..<2 {
      let run = try TestSupport.run(["agenda", file, "--ics", ics, "--dagen", "3650"] + Self.asOf)
      #expect(run.status == 0, "\(run.err)")
    }
    #expect(OwnOutput.recognises(file: ics, as: .calendar))
  }

  @Test func eachKindIsRecognisedByItsOwnContentOnly() {
    let junit = JUnitReport.header(tests: 1, failures: 0, peildatum: TestSupport.date("2026-11-22"))
    let calendar = ICalendar.calendar([], peildatum: TestSupport.date("2026-11-22"), withNames: false)
    let summary = "[\n{\"bestand\":\"a.yaml\",\"bevindingen\":[],\"peildatum\":\"2026-11-22\"}\n]\n"
    let index = "<!DOCTYPE html><html><body></body></html>\n" + OwnOutput.indexMarker
    // index.html of an older version: no marker, the standard footer.
    let olderIndex =
      "<p class=\"klein\">Gemaakt met poortwachter 0.1.0. Klik op een kolomkop</p></body></html>\n"
    let texts: [OwnOutput.Kind: [String]] = [
      .junit: [junit], .calendar: [calendar], .summary: [summary], .index: [index, olderIndex],
    ]
    for (kind, own) in texts {
      for text in own { #expect(OwnOutput.recognises(text: text, as: kind), "\(kind)") }
      for (other, theirs) in texts where other != kind {
        for text in theirs { #expect(!OwnOutput.recognises(text: text, as: kind), "\(other) as \(kind)") }
      }
    }
    for foreign in [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"jest\">", "[\n{\"naam\":1}\n]\n",
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n",
      "<!DOCTYPE html><title>Mijn eigen index</title>",
    ] {
      #expect(!OwnOutput.Kind.allCases.contains { OwnOutput.recognises(text: foreign, as: $0) })
    }
  }

  @Test func anOutputFolderWithTheUsersOwnIndexIsRefused() throws {
    let (folder, file, _) = try Self.caseFolder()
    defer { try? Self.manager.removeItem(atPath: folder) }
    for name in ["index.html", "samenvatting.json"] {
      let out = folder + "/eigen-\(name)"
      try Self.manager.createDirectory(atPath: out, withIntermediateDirectories: true)
      let own = Data("mijn eigen \(name)\n".utf8)
      try own.write(to: URL(fileURLWithPath: out + "/" + name))
      let run = try TestSupport.run(["batch", file, "--out", out] + Self.asOf)
      #expect(run.status == 73, "\(run.err)")
      #expect(run.err.contains("fout: \(out)/\(name): bestaat al en is geen"), "\(run.err)")
      #expect(Self.contents(out + "/" + name) == own)
      #expect(try Self.manager.contentsOfDirectory(atPath: out) == [name], "no dossier, no lock")
    }
  }

  @Test func anOutputThatCannotBeWrittenIsExit73() throws {
    let (folder, file, _) = try Self.caseFolder()
    defer { try? Self.manager.removeItem(atPath: folder) }
    let plain = folder + "/bestand"
    try Data().write(to: URL(fileURLWithPath: plain))
    let asFile = try TestSupport.run(["batch", file, "--out", plain] + Self.asOf)
    #expect(asFile.status == 73)
    #expect(asFile.err.contains("er staat al een bestand met die naam"), "\(asFile.err)")
    let render = try TestSupport.run(["render", file, "--out", plain] + Self.asOf)
    #expect(render.status == 73)
    let reportFolder = folder + "/map"
    try Self.manager.createDirectory(atPath: reportFolder, withIntermediateDirectories: true)
    let out = folder + "/uit"
    let report = try TestSupport.run(
      ["batch", file, "--out", out, "--report", "junit", reportFolder] + Self.asOf)
    #expect(report.status == 73)
    #expect(report.err.contains("fout: \(reportFolder): is een map"), "\(report.err)")
    #expect(!Self.manager.fileExists(atPath: out + "/VZ-2023-0412"))
    let agenda = try TestSupport.run(["agenda", file, "--ics", reportFolder] + Self.asOf)
    #expect(agenda.status == 73)
  }

  /// `/sys` refuses new folders (EPERM as root, EACCES otherwise): the message says so, not
  /// "bestaat niet".
  @Test(.enabled(if: FileManager.default.fileExists(atPath: "/sys/kernel")))
  func anOutputFolderThatMayNotBeMadeSaysWhy() throws {
    let (folder, file, _) = try Self.caseFolder()
    defer { try? Self.manager.removeItem(atPath: folder) }
    let parent = "/sys/pw-\(UUID().uuidString)"
    for out in [parent, parent + "/uit"] {
      let run = try TestSupport.run(["batch", file, "--out", out] + Self.asOf)
      #expect(run.status == 73)
      // The folder that could not be made is named: for the nested one, its parent.
      #expect(
        run.err.contains("fout: \(parent): map kan niet gemaakt worden (geen toestemming)"), "\(run.err)")
      #expect(!run.err.contains("bestaat niet"))
    }
  }
}
