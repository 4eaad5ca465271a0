import Foundation
import PoortwachterTemplates
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// `poortwachter pakket` from the command line: the folder layout, exit 69 without Chromium, and no
/// browser left behind after Ctrl-C.
@Suite struct PackCommandTests {
  static func temporary() -> String { NSTemporaryDirectory() + "/pw-pakket-\(UUID().uuidString)" }

  @Test func withoutChromiumTheDossiersAreWrittenAndTheExitCodeIs69() throws {
    let out = Self.temporary()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try TestSupport.run([
      "pakket", "SampleCases/vz-2026-0301.yaml", "--out", out, "--as-of", "2026-11-22", "--chromium",
      "/bestaat/niet/chromium",
    ])
    #expect(run.status == 69)
    #expect(run.err.contains("Chromium niet gevonden"))
    #expect(run.err.contains("apt-get install -y chromium"))
    #expect(FileManager.default.fileExists(atPath: out + "/VZ-2026-0301/riv.html"))
    #expect(FileManager.default.fileExists(atPath: out + "/VZ-2026-0301/riv.xml"))
    #expect(!FileManager.default.fileExists(atPath: out + "/VZ-2026-0301/uwv"))
    #expect(!FileManager.default.fileExists(atPath: out + "/VZ-2026-0301/uwv-concept"))
  }

  @Test(.enabled(if: PDFTestSupport.chromium != nil, PDFTestSupport.skipMessage))
  func packFolderSitsInsideTheDossier() throws {
    let out = Self.temporary()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try TestSupport.run([
      "batch", "--pakket", "SampleCases/vz-2025-0419.yaml", "SampleCases/vz-2024-0231.yaml",
      "SampleCases/vz-2026-0301.yaml", "--out", out, "--as-of", "2026-11-22",
    ])
    #expect(run.status == 0, "\(run.err)")
    // Not ready (expert documents without their originals): a concept with the drafts to sign
    // (the second evaluation is signed digitally: its proof is its original, no draft).
    #expect(!FileManager.default.fileExists(atPath: out + "/VZ-2025-0419/uwv"))
    let files = try FileManager.default.contentsOfDirectory(atPath: out + "/VZ-2025-0419/uwv-concept")
      .sorted()
    #expect(
      files == [
        "03-evaluatie-2025-10-27-concept.pdf", "07-oordeel-werknemer-2025-12-31-formulier.pdf",
        "te-doen.html",
        "te-doen.json",
      ])
    // A case without a re-integratieverslag, and one in week 10: their dossier, no pack, and one
    // line each saying why.
    #expect(FileManager.default.fileExists(atPath: out + "/VZ-2024-0231/riv.html"))
    #expect(!FileManager.default.fileExists(atPath: out + "/VZ-2024-0231/uwv"))
    #expect(!FileManager.default.fileExists(atPath: out + "/VZ-2026-0301/uwv-concept"))
    let reasons = run.err.split(separator: "\n").filter { $0.contains("geen UWV-pakket") }
    #expect(reasons.count == 2)
    #expect(
      reasons.contains {
        $0.contains("vz-2026-0301.yaml: nog geen UWV-pakket: week 10")
          && $0.hasSuffix("met --altijd wordt het toch gemaakt")
      })
    #expect(
      run.out.contains(
        "UWV-pakket: 0 klaar voor UWV (uwv/), 1 concept (uwv-concept/), samen 2 document(en); 2 casus(sen) zonder pakket; open per dossier uwv-concept/te-doen.html"
      ))
    var status = stat()
    #expect(stat(out + "/VZ-2025-0419/uwv-concept", &status) == 0 && status.st_mode & 0o777 == 0o700)
    #expect(
      stat(out + "/VZ-2025-0419/uwv-concept/te-doen.json", &status) == 0 && status.st_mode & 0o777 == 0o600)
    // index.html: the pack column links the to-do list.
    let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
    #expect(index.contains("<th data-type=\"tekst\">UWV-pakket</th>"))
    #expect(index.contains("<a href=\"VZ-2025-0419/uwv-concept/te-doen.html\">5 te doen</a>"))
    // The cell reads "concept", then the link: never "concept, 5 te doen te doen".
    #expect(!index.contains("te doen</span>"))
    // --altijd makes the week-10 case's concept now.
    let always = try TestSupport.run([
      "pakket", "SampleCases/vz-2026-0301.yaml", "--out", out, "--as-of", "2026-11-22", "--altijd",
    ])
    #expect(always.status == 0, "\(always.err)")
    #expect(FileManager.default.fileExists(atPath: out + "/VZ-2026-0301/uwv-concept/te-doen.html"))
  }

  @Test(.enabled(if: PDFTestSupport.chromium != nil, PDFTestSupport.skipMessage))
  func interruptingTheRunLeavesNoBrowser() throws {
    let out = Self.temporary()
    // Short enough for the browser's folder to be made inside it (BrowserProfiles.base).
    var template = Array("/tmp/pw-XXXXXX".utf8CString)
    let scratch = String(cString: try #require(mkdtemp(&template)))
    defer {
      try? FileManager.default.removeItem(atPath: out)
      try? FileManager.default.removeItem(atPath: scratch)
    }
    let process = Process()
    process.executableURL = TestSupport.productsFolder().appendingPathComponent("poortwachter")
    process.arguments = ["pakket", "SampleCases", "--out", out, "--as-of", "2026-11-22"]
    process.currentDirectoryURL = TestSupport.packageRoot
    // The browser profile goes below TMPDIR, so this run's browser is recognisable by its command line.
    var environment = ProcessInfo.processInfo.environment
    environment["TMPDIR"] = scratch
    process.environment = environment
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    var started = false
    for _ in 0..<200 where !started {
      usleep(50_000)
      started = !PDFTestSupport.liveProcesses(group: -1, mentioning: scratch).isEmpty
    }
    #expect(started, "the browser did not start")
    process.interrupt()
    process.waitUntilExit()
    #expect(process.terminationReason == .uncaughtSignal)
    usleep(300_000)
    #expect(PDFTestSupport.liveProcesses(group: -1, mentioning: scratch).isEmpty)
    // The interrupted run removed its profile folder; what a killed run leaves, the next removes.
    BrowserProfiles.removeAbandoned(in: scratch)
    let left = try FileManager.default.contentsOfDirectory(atPath: scratch)
    #expect(!left.contains { $0.hasPrefix(BrowserProfiles.prefix) }, "\(left)")
  }
}
