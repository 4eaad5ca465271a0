import Foundation
import PoortwachterTestSupport
import Testing

/// The exit codes the code uses are the ones the top-level help, README and docs list, so the
/// lists cannot drift; and template problems have their own documented code.
@Suite(.serialized) struct ExitCodeTests {
  /// The codes a list names: the number at the start of each item of the paragraph that begins
  /// with `Exitcodes:` (items are separated by commas, numbers may be in backticks).
  static func listed(in text: String) throws -> Set<Int32> {
    let start = try #require(text.range(of: "Exitcodes:"), "no 'Exitcodes:' paragraph")
    let paragraph = text[start.lowerBound...].components(separatedBy: "\n\n")[0]
    let pattern = try NSRegularExpression(pattern: "(?:^Exitcodes:|,)\\s+`?(\\d+)`?\\s")
    let range = NSRange(paragraph.startIndex..., in: paragraph)
    return Set(
      pattern.matches(in: paragraph, range: range).compactMap { match in
        Range(match.range(at: 1), in: paragraph).flatMap { Int32(paragraph[$0]) }
      })
  }

  /// Every exit code in `Sources/`: `ExitCode(N)`, constants `…ExitCode: Int32 = N`,
  /// `exitCode: Int32 { N }` and the `return N` of the CLI's error-to-code mappings; plus 0
  /// (success) and 64 (ArgumentParser's code for a usage error).
  static func used() throws -> Set<Int32> {
    let root = TestSupport.packageRoot.appendingPathComponent("Sources").path
    let everywhere = try NSRegularExpression(
      pattern: "ExitCode\\((\\d+)\\)|ExitCode: Int32 = (\\d+)|exitCode: Int32 \\{ (\\d+) \\}")
    let cli = try NSRegularExpression(pattern: ": return (\\d+)\\b")
    var codes: Set<Int32> = [0, 64]
    for file in FileManager.default.enumerator(atPath: root)?.compactMap({ $0 as? String }) ?? []
    where file.hasSuffix(".swift") {
      let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
      let patterns = file.hasPrefix("poortwachter/") ? [everywhere, cli] : [everywhere]
      for pattern in patterns {
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
          for group in 1..<match.numberOfRanges {
            if let range = Range(match.range(at: group), in: text), let code = Int32(text[range]) {
              codes.insert(code)
            }
          }
        }
      }
    }
    return codes
  }

  @Test func theHelpReadmeAndDocsListEveryExitCodeTheCodeUses() throws {
    let used = try Self.used()
    #expect(used.isSuperset(of: [0, 1, 64, 65, 69, 73, 75]), "the scan finds too little: \(used.sorted())")
    let help = try TestSupport.run(["--help"])
    #expect(try Self.listed(in: help.out).sorted() == used.sorted(), "poortwachter --help")
    for document in ["README.md", "docs/dossiers.md", "docs/werkwijze.md"] {
      let text = try String(
        contentsOfFile: TestSupport.packageRoot.appendingPathComponent(document).path, encoding: .utf8)
      #expect(try Self.listed(in: text).sorted() == used.sorted(), "\(document)")
    }
  }

  /// A `--templates` folder that is missing or holds a broken template is a problem of the set-up
  /// (78, EX_CONFIG), not of the case file (65).
  @Test func templateProblemsExit78() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-sjablonen-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "{{#a}}\n".write(
      to: folder.appendingPathComponent("riv.html.mustache"), atomically: true, encoding: .utf8)
    let sample = TestSupport.sampleCases + "/vz-2023-0412.yaml"
    let out = folder.appendingPathComponent("uit").path
    let broken = try TestSupport.run(
      ["render", sample, "--out", out, "--as-of", "2026-11-22", "--templates", folder.path])
    #expect(broken.status == 78)
    #expect(broken.err.contains("riv.html.mustache:1:1: fout in sjabloon: sectie 'a' niet afgesloten"))
    let missing = try TestSupport.run(
      ["batch", sample, "--out", out, "--as-of", "2026-11-22", "--templates", folder.path + "/geen"])
    #expect(missing.status == 78)
    #expect(missing.err.contains("fout: sjablonenmap \(folder.path)/geen bestaat niet"))
    #expect(!FileManager.default.fileExists(atPath: out), "nothing is written without templates")
  }
}
