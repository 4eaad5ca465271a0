import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Runs that are interrupted or cannot write (issue #19, items 12 to 14): a batch that inherited
/// an ignored SIGINT still ends on it, `pakket` leaves nothing of Chromium in TMPDIR, and the pack
/// summary counts only what was written.
@Suite(.serialized) struct InterruptionTests {
  /// Waits up to `seconds` for `condition`.
  static func waitFor(_ seconds: Double, _ condition: () -> Bool) -> Bool {
    let end = Date().addingTimeInterval(seconds)
    while Date() < end {
      if condition() { return true }
      usleep(50_000)
    }
    return condition()
  }

  @Test func aBatchStartedWithSIGINTIgnoredStillEndsOnIt() throws {
    let input = try BatchTests.temporaryFolder()
    try FileManager.default.copyItem(
      atPath: TestSupport.sampleCases + "/vz-2023-0412.yaml", toPath: input + "/zaak.yaml")
    let outFolder = try BatchTests.temporaryFolder()
    defer {
      try? FileManager.default.removeItem(atPath: input)
      try? FileManager.default.removeItem(atPath: outFolder)
    }
    let out = outFolder + "/uit"
    // The lock held here keeps the batch waiting (--wacht), so it is surely running when interrupted.
    let holder = LockHolder(try OutputLock(folder: out, wait: false))
    defer { holder.release() }
    let log = input + "/stderr.txt"
    _ = FileManager.default.createFile(atPath: log, contents: nil)
    let process = Process()
    // As a script starts a background job: SIGINT ignored, and the ignore inherited through exec;
    // SIGHUP ignored as `nohup` does.
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", "trap '' INT HUP; exec \"$0\" \"$@\"",
      TestSupport.productsFolder().appendingPathComponent("poortwachter").path,
      "batch", input + "/zaak.yaml", "--out", out, "--as-of", "2026-11-22", "--wacht",
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle(forWritingAtPath: log)
    try process.run()
    let waiting = Self.waitFor(20) {
      ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("wacht: in \(out)")
    }
    #expect(waiting, "the batch did not start waiting")
    // `nohup`'s ignored SIGHUP is kept: the run outlives its terminal.
    kill(process.processIdentifier, SIGHUP)
    #expect(!Self.waitFor(1) { !process.isRunning }, "SIGHUP ended a run started under nohup")
    kill(process.processIdentifier, SIGINT)
    let ended = Self.waitFor(10) { !process.isRunning }
    if !ended { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    #expect(ended, "the batch ignored SIGINT")
    #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGINT)
  }

  @Test(.enabled(if: PDFTestSupport.chromium != nil, PDFTestSupport.skipMessage))
  func anInterruptedPackLeavesNothingInTMPDIR() throws {
    let out = PackCommandTests.temporary()
    // A short TMPDIR, so the browser's temporary folder is made inside it (see BrowserProfiles.base).
    var template = Array("/tmp/pw-XXXXXX".utf8CString)
    let scratch = String(cString: try #require(mkdtemp(&template)))
    #expect(BrowserProfiles.base(scratch) == scratch)
    defer {
      try? FileManager.default.removeItem(atPath: out)
      try? FileManager.default.removeItem(atPath: scratch)
    }
    for signalNumber in [SIGINT, SIGTERM] {
      let process = Process()
      process.executableURL = TestSupport.productsFolder().appendingPathComponent("poortwachter")
      process.arguments = ["pakket", "SampleCases", "--out", out, "--as-of", "2026-11-22"]
      process.currentDirectoryURL = TestSupport.packageRoot
      var environment = ProcessInfo.processInfo.environment
      environment["TMPDIR"] = scratch
      process.environment = environment
      let log = scratch + "-stderr.txt"
      _ = FileManager.default.createFile(atPath: log, contents: nil)
      defer { try? FileManager.default.removeItem(atPath: log) }
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle(forWritingAtPath: log)
      try process.run()
      // Interrupted while the browser prints: once the first pack is in place.
      let printing = Self.waitFor(60) {
        ((try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []).contains { name in
          FileManager.default.fileExists(atPath: out + "/" + name + "/uwv")
            || FileManager.default.fileExists(atPath: out + "/" + name + "/uwv-concept")
        }
      }
      #expect(printing, "no pack was written: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
      kill(process.processIdentifier, signalNumber)
      process.waitUntilExit()
      #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signalNumber)
      let left = try FileManager.default.contentsOfDirectory(atPath: scratch)
      #expect(left.isEmpty, "\(left)")
      try? FileManager.default.removeItem(atPath: out)
    }
  }

  @Test func theBrowsersFolderGoesToTmpWhenTMPDIRIsTooLongForItsSocket() {
    #expect(BrowserProfiles.base("/tmp/") == "/tmp")
    #expect(BrowserProfiles.base("/var/tmp") == "/var/tmp")
    let long = "/var/folders/zz/zyxvpxvq6csfxvn_n0000000000000/T/"
    #expect(BrowserProfiles.base(long) == "/tmp")
  }

  @Test(.enabled(if: PDFTestSupport.chromium != nil, PDFTestSupport.skipMessage))
  func thePackSummaryCountsOnlyWhatWasWritten() throws {
    let out = PackCommandTests.temporary()
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: out) }
    // The dossier's name is taken by a file of the user's: the pack is made, but cannot be written.
    try Data("van de gebruiker".utf8).write(to: URL(fileURLWithPath: out + "/VZ-2025-0419"))
    let run = try TestSupport.run([
      "pakket", "SampleCases/vz-2025-0419.yaml", "--out", out, "--as-of", "2026-11-22",
    ])
    #expect(run.status == 1, "\(run.err)")
    #expect(run.err.contains("VZ-2025-0419: bestaat al en is geen dossier van poortwachter"), "\(run.err)")
    #expect(
      run.out.contains("UWV-pakket: 0 klaar voor UWV (uwv/), 0 concept (uwv-concept/), samen 0 document(en)"),
      "\(run.out)")
  }
}
