import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The documentation in `docs/` stays honest: every key the decoder accepts is described in
/// `docs/casusformaat.md`, and the repository points only at files it contains.
@Suite struct DocumentationTests {
  static func read(_ relative: String) throws -> String {
    try String(contentsOfFile: TestSupport.packageRoot.appendingPathComponent(relative).path, encoding: .utf8)
  }

  /// Every mapping the samples and fixtures exercise, with the keys the decoder accepts there.
  static func catalogue() throws -> [String: [String]] {
    var catalogue: [String: [String]] = [:]
    let files = TestSupport.sampleFiles() + [TestSupport.fixtures + "/xml/vz-2024-0117.xml"]
    for file in files {
      let text = try String(contentsOfFile: file, encoding: .utf8)
      let syntax = CaseLoader.Syntax(path: file) ?? .yaml
      catalogue.merge(KeyCatalogue.accepted(in: text, syntax: syntax)) { a, _ in a }
    }
    return catalogue
  }

  @Test func everyAcceptedKeyIsDocumented() throws {
    let doc = try Self.read("docs/casusformaat.md")
    let catalogue = try Self.catalogue()
    #expect(catalogue.count > 20, "the samples exercise too few sections: \(catalogue.keys.sorted())")
    for (path, keys) in catalogue.sorted(by: { $0.key < $1.key }) {
      for key in keys where !doc.contains("`\(key)`") {
        Issue.record("docs/casusformaat.md beschrijft '\(key)' (in '\(path)') niet")
      }
    }
  }

  @Test func theRepositoryPointsOnlyAtItsOwnFiles() throws {
    let root = TestSupport.packageRoot.path
    let manager = FileManager.default
    var checked = 0
    for folder in ["Sources", "Templates", "docs", "Tests", "SampleCases"] {
      for file in manager.enumerator(atPath: root + "/" + folder)?.compactMap({ $0 as? String }) ?? []
      where [".swift", ".md", ".mustache", ".xsd", ".yaml"].contains(where: file.hasSuffix) {
        let text = try String(contentsOfFile: root + "/" + folder + "/" + file, encoding: .utf8)
        checked += 1
        #expect(!text.contains("../" + "shared") && !text.contains("../" + "spec/"), "\(folder)/\(file)")
      }
    }
    #expect(!(try Self.read("README.md")).contains("../" + "shared"))
    #expect(checked > 50)
  }
}
