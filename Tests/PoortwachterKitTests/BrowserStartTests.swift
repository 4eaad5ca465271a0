import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// A program that is not Chromium (or a Chromium that does not start) gives one Dutch sentence:
/// what happened and what to do, with the program's own last line only as "(melding van Chromium: …)",
/// never a Swift value.
@Suite struct BrowserStartTests {
  static func startError(_ executable: String) throws -> BrowserError {
    do {
      let browser = try ChromiumBrowser(executable: executable)
      browser.close()
    } catch let error as BrowserError {
      return error
    }
    Issue.record("\(executable) started as a browser")
    throw CancellationError()
  }

  @Test func aProgramThatStopsSaysSoInDutch() throws {
    let text = try #require(try Self.startError("/bin/false").errorDescription)
    #expect(
      text.hasPrefix("fout: Chromium kan niet gestart worden: '/bin/false' stopte zonder te antwoorden"))
    // The library names no option of the command line; the command line adds its own.
    #expect(!text.contains("--chromium"))
    let named = try Self.startError("/bin/false").message(givingProgramWith: "--chromium <pad>")
    #expect(named.hasSuffix(", of geef het juiste programma op met --chromium <pad>"), "\(named)")
    #expect(!text.contains("protocolError") && !text.contains("(\""), "\(text)")
    #expect(!text.contains("melding van Chromium"), "\(text)")
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/cat")))
  func theProgramsOwnLastLineIsQuotedAsItsMessage() throws {
    let text = try #require(try Self.startError("/usr/bin/cat").errorDescription)
    #expect(
      text.hasPrefix("fout: Chromium kan niet gestart worden: '/usr/bin/cat' stopte zonder te antwoorden"))
    #expect(
      text.contains("antwoorden (melding van Chromium: Try '/usr/bin/cat --help' for more information.); "),
      "\(text)")
  }

  @Test func theQuotedLineIsTheLastOneTrimmedAndShort() {
    #expect(BrowserError.lastLine(of: "eerste\nlaatste \u{1B}[0m\n\n") == "laatste [0m")
    #expect(BrowserError.lastLine(of: " \n") == nil)
    #expect(BrowserError.lastLine(of: String(repeating: "x", count: 500))?.count == 201)
  }

  @Test func theCommandLinePrintsTheDutchSentence() throws {
    let out = NSTemporaryDirectory() + "/pw-geen-chromium-\(UUID().uuidString)"
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try TestSupport.run([
      "pakket", "SampleCases/vz-2026-0301.yaml", "--out", out, "--as-of", "2026-11-22", "--chromium",
      "/bin/false",
    ])
    #expect(run.status == 69)
    #expect(
      run.err.contains("fout: Chromium kan niet gestart worden: '/bin/false' stopte zonder te antwoorden"))
    #expect(!run.err.contains("protocolError") && !run.err.contains("Error("), "\(run.err)")
  }
}
