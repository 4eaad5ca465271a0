import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The library returns typed outcomes and Dutch messages that name no option of a front end; the
/// command line adds `--force`, `--wacht`, `--dagen`, `--max-grootte` and `--chromium` itself
/// (`Sources/poortwachter/CommandWords.swift`), so a web app can say the same in its own words.
@Suite struct LibraryWordsTests {
  static let options = [
    "--force", "--overschrijven", "--wacht", "--dagen", "--max-grootte", "--chromium", "--sjablonen",
    "--templates",
  ]

  @Test func toolErrorsNameNoOption() {
    for error in [PoortwachterError.outputExists("uit/VZ-1"), .outputBusy("uit")] {
      let text = error.errorDescription ?? ""
      #expect(!text.isEmpty)
      #expect(!Self.options.contains { text.contains($0) }, "\(text)")
    }
    let missing = BrowserError.notFound(searched: "chromium op PATH").errorDescription ?? ""
    #expect(missing.hasSuffix("Installeer het met 'apt-get install -y chromium'."), "\(missing)")
  }

  /// No string in the library targets names an option of the command line (comments may).
  @Test func librarySourcesNameNoCommandLineOption() throws {
    var checked = 0
    for target in ["PoortwachterCore", "PoortwachterOutput", "PoortwachterWorkspace"] {
      let root = TestSupport.packageRoot.appendingPathComponent("Sources/" + target)
      let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
      for file in files where file.hasSuffix(".swift") {
        checked += 1
        let text = try String(contentsOfFile: root.appendingPathComponent(file).path, encoding: .utf8)
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
          for option in Self.options where line.contains(option) {
            Issue.record("Sources/\(target)/\(file):\(index + 1): names the command-line option \(option)")
          }
        }
      }
    }
    #expect(checked > 100)
  }
}
