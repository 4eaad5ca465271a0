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
  }

  @Test(.enabled(if: PDFTestSupport.chromium != nil, PDFTestSupport.skipMessage))
  func packFolderSitsInsideTheDossier() throws {
    let out = Self.temporary()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try TestSupport.run([
      "batch", "--pakket", "SampleCases/vz-2025-0419.yaml", "SampleCases/vz-2024-0231.yaml", "--out", out,
      "--as-of", "2026-11-22",
    ])
    #expect(run.status == 0, "\(run.err)")
    let files = try FileManager.default.contentsOfDirectory(atPath: out + "/VZ-2025-0419/uwv").sorted()
    #expect(files.first == "01-probleemanalyse-2025-09-11.pdf")
    #expect(files.contains("06-eindevaluatie-2025-12-31.jpg"))
    #expect(files.contains("uploadlijst.json") && files.contains("uploadlijst.html"))
    // A case without a re-integratieverslag: its dossier, no pack, and one line saying why.
    #expect(FileManager.default.fileExists(atPath: out + "/VZ-2024-0231/riv.html"))
    #expect(!FileManager.default.fileExists(atPath: out + "/VZ-2024-0231/uwv"))
    let reasons = run.err.split(separator: "\n").filter { $0.contains("geen UWV-pakket") }
    #expect(reasons.count == 1)
    var status = stat()
    #expect(stat(out + "/VZ-2025-0419/uwv", &status) == 0 && status.st_mode & 0o777 == 0o700)
    #expect(stat(out + "/VZ-2025-0419/uwv/uploadlijst.json", &status) == 0 && status.st_mode & 0o777 == 0o600)
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
