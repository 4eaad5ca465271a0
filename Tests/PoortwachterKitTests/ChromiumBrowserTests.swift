import Foundation
import PoortwachterTemplates
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The PDF engine: one headless Chromium driven over the DevTools pipe. Skipped only when no
/// Chromium is installed (CI installs it).
@Suite(.enabled(if: PDFTestSupport.chromium != nil, PDFTestSupport.skipMessage))
struct ChromiumBrowserTests {
  @Test func printsSeveralDocumentsAtOnceWithHeaderAndFooter() throws {
    let browser = try ChromiumBrowser(executable: try #require(PDFTestSupport.chromium))
    defer { browser.close() }
    let jobs = (1...6).map { number in
      PrintJob(
        html: "<!DOCTYPE html><html><body><h1>Document \(number)</h1>"
          + String(repeating: "<p>regel</p>", count: number * 40) + "</body></html>",
        header: "<div style=\"font-size:8pt\">Kop \(number)</div>",
        footer:
          "<div style=\"font-size:8pt\">pagina <span class=\"pageNumber\"></span> van <span class=\"totalPages\"></span></div>"
      )
    }
    let pdfs = try browser.print(jobs)
    #expect(pdfs.count == 6)
    for (index, pdf) in pdfs.enumerated() {
      #expect(pdf.starts(with: Array("%PDF-".utf8)))
      let text = try PDFTestSupport.text(of: pdf)
      #expect(text.contains("Document \(index + 1)"))
      #expect(text.contains("Kop \(index + 1)"))
      #expect(text.contains("pagina 1 van"))
    }
  }

  @Test func runsNoScriptAndLoadsNothing() throws {
    let browser = try ChromiumBrowser(executable: try #require(PDFTestSupport.chromium))
    defer { browser.close() }
    let html = """
      <!DOCTYPE html><html><body><p id="p">statisch</p>
      <script>document.getElementById('p').textContent = 'SCRIPT-LIEP';</script>
      <img src="http://127.0.0.1:1/x.png" alt="geen-afbeelding">
      </body></html>
      """
    let pdf = try #require(
      try browser.print([PrintJob(html: html, header: "<span></span>", footer: "<span></span>")]).first)
    let text = try PDFTestSupport.text(of: pdf)
    #expect(text.contains("statisch"))
    #expect(!text.contains("SCRIPT-LIEP"))
  }

  @Test func closingLeavesNoBrowserProcess() throws {
    let browser = try ChromiumBrowser(executable: try #require(PDFTestSupport.chromium))
    let group = browser.processID
    let profile = browser.profileFolder
    _ = try browser.print([PrintJob(html: "<p>x</p>", header: "<span></span>", footer: "<span></span>")])
    #expect(!PDFTestSupport.liveProcesses(group: group, mentioning: profile).isEmpty)
    browser.close()
    #expect(PDFTestSupport.liveProcesses(group: group, mentioning: profile).isEmpty)
    #expect(!FileManager.default.fileExists(atPath: profile))
  }

  /// Many calls at once (as `batch --jobs N --pakket` makes) share the capped tabs: all print,
  /// none deadlocks, and never more than `maxTabs` tabs are open.
  @Test func concurrentCallsStayWithinTheTabCap() throws {
    let browser = try ChromiumBrowser(executable: try #require(PDFTestSupport.chromium), maxTabs: 3)
    defer { browser.close() }
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: 4) { call in
      let jobs = (1...5).map { number in
        PrintJob(
          html: "<p>oproep \(call) document \(number)</p>", header: "<span></span>", footer: "<span></span>")
      }
      results.add(Result { try browser.print(jobs).count })
    }
    #expect(results.all.count == 4)
    for result in results.all { #expect(try result.get() == 5) }
    #expect(browser.peakTabs <= 3)
    #expect(browser.peakTabs >= 1)
    #expect(ChromiumBrowser.defaultMaxTabs >= ChromiumBrowser.tabsPerCall)
  }

  final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var results: [Result<Int, any Error>] = []
    func add(_ result: Result<Int, any Error>) { lock.withLock { results.append(result) } }
    var all: [Result<Int, any Error>] { lock.withLock { results } }
  }

  @Test func missingExecutableIsNotFound() {
    #expect(throws: BrowserError.self) { try ChromiumLocator.locate(explicit: "/bestaat/niet/chromium") }
    #expect(throws: BrowserError.self) { try ChromiumLocator.locate(explicit: nil, path: "/bestaat/niet") }
  }
}

/// Helpers for the tests that need Chromium and poppler-utils.
enum PDFTestSupport {
  static let chromium: String? = try? ChromiumLocator.locate(explicit: nil)
  static let skipMessage: Comment =
    "Chromium ontbreekt: installeer 'chromium' en 'poppler-utils' (apt-get install -y chromium poppler-utils) om de PDF-tests te draaien"

  /// Processes that still run (not zombies) in process group `group` or with `text` on their
  /// command line.
  static func liveProcesses(group: Int32, mentioning text: String) -> [String] {
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return entries.filter { $0.allSatisfy(\.isNumber) }.filter { pid in
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
        let close = stat.lastIndex(of: ")")
      else { return false }
      let fields = stat[stat.index(after: close)...].split(separator: " ")
      guard fields.count > 3, fields[0] != "Z" else { return false }
      let command = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))) ?? Data()
      return Int32(fields[2]) == group || String(decoding: command, as: UTF8.self).contains(text)
    }
  }

  /// The text of a PDF (`pdftotext -layout`).
  static func text(of pdf: [UInt8]) throws -> String {
    let path = NSTemporaryDirectory() + "/pdftekst-\(UUID().uuidString).pdf"
    try Data(pdf).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    return try tool("pdftotext", ["-layout", path, "-"]).out
  }

  /// The text of every page of a PDF (`pdftotext` separates pages with a form feed); empty when
  /// `pdfinfo` cannot open it.
  static func pages(of pdf: [UInt8]) throws -> [String] {
    let path = NSTemporaryDirectory() + "/pdfpaginas-\(UUID().uuidString).pdf"
    try Data(pdf).write(to: URL(fileURLWithPath: path))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let info = try tool("pdfinfo", [path])
    guard info.status == 0,
      let line = info.out.split(separator: "\n").first(where: { $0.hasPrefix("Pages:") }),
      let count = Int(line.dropFirst("Pages:".count).trimmingCharacters(in: .whitespaces))
    else { return [] }
    let text = try tool("pdftotext", [path, "-"]).out
    return Array(
      text.split(separator: "\u{0C}", omittingEmptySubsequences: false).prefix(count).map(String.init))
  }

  /// Runs a poppler tool.
  static func tool(_ name: String, _ arguments: [String]) throws -> (out: String, status: Int32) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/" + name)
    process.arguments = arguments
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (String(decoding: data, as: UTF8.self), process.terminationStatus)
  }
}

/// Profile folders of killed runs are cleaned up by the next run.
@Suite struct BrowserProfilesTests {
  @Test func abandonedProfilesAreRemovedAndLiveOnesKept() throws {
    let folder = NSTemporaryDirectory() + "/pw-profielen-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: folder) }
    // A process id that does not exist: above the kernel's pid_max.
    let gone = folder + "/" + BrowserProfiles.prefix + "99999999-abc123"
    let live = folder + "/" + BrowserProfiles.prefix + "\(getpid())-def456"
    let other = folder + "/iets-anders"
    for path in [gone, live, other] {
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }
    BrowserProfiles.removeAbandoned(in: folder)
    #expect(!FileManager.default.fileExists(atPath: gone))
    #expect(FileManager.default.fileExists(atPath: live))
    #expect(FileManager.default.fileExists(atPath: other))
  }
}
