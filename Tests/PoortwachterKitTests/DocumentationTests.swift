import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The documentation in `docs/` stays honest: every key the decoder accepts is described in
/// `docs/casusformaat.md` under its own section, and the repository points only at files it contains.
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

  @Test func everyAcceptedKeyIsDocumentedInItsOwnSection() throws {
    let doc = try Self.read("docs/casusformaat.md")
    let catalogue = try Self.catalogue()
    #expect(catalogue.count > 20, "the samples exercise too few sections: \(catalogue.keys.sorted())")
    for problem in Self.undocumented(catalogue, in: doc) { Issue.record("docs/casusformaat.md \(problem)") }
  }

  /// A key documented, but in another section than its own, is reported; a file-wide search (the
  /// check before) let it pass.
  @Test func aKeyDocumentedOnlyElsewhereIsReported() {
    let doc = """
      # Formaat

      Een **persoon** heeft `naam`.

      ## `verzuim`

      `eerste_ziektedag`

      ## `werknemer`

      `uren_per_week`, `naam`
      """
    let catalogue = ["verzuim": ["eerste_ziektedag", "uren_per_week"], "werknemer": ["naam"]]
    #expect(
      Self.undocumented(catalogue, in: doc)
        == ["beschrijft 'uren_per_week' (in 'verzuim') niet onder ## `verzuim`"])
  }

  /// One section of the document: its heading level, its title and its text up to the next
  /// heading of the same or a higher level (`own` is the text up to the next heading of any level).
  struct Section {
    let level: Int
    let title: String
    let body: String
    let own: String
  }

  static func sections(_ doc: String) -> [Section] {
    let lines = doc.components(separatedBy: "\n")
    let headings = lines.indices.compactMap { index -> (Int, Int)? in
      let level = lines[index].prefix { $0 == "#" }.count
      return level > 0 && lines[index].dropFirst(level).hasPrefix(" ") ? (index, level) : nil
    }
    return headings.enumerated().map { position, heading in
      let (start, level) = heading
      let later = headings[(position + 1)...]
      let end = later.first { $0.1 <= level }?.0 ?? lines.count
      let ownEnd = later.first?.0 ?? lines.count
      return Section(
        level: level, title: lines[start],
        body: lines[(start + 1)..<end].joined(separator: "\n"),
        own: lines[(start + 1)..<ownEnd].joined(separator: "\n"))
    }
  }

  /// The keys of `catalogue` (path pattern -> keys) that `doc` does not describe where they
  /// belong: under the heading of the path's first key (`verzuim.onderbrekingen[]` under
  /// `` ## `verzuim` ``); a key at the top under "Bovenaan" or as a heading of its own. A person,
  /// an address and `ondertekend` are described once in the opening rules; the keys every document
  /// has (`datum`, `opgesteld_door`, `ondertekend`, `origineel`, `reden_te_laat`) in the opening of
  /// "Documenten" and under `origineel`, for every document (a heading one level below it).
  static func undocumented(_ catalogue: [String: [String]], in doc: String) -> [String] {
    let sections = sections(doc)
    let opening = doc.components(separatedBy: "\n## ").first ?? ""
    func heading(_ key: String) -> Section? { sections.first { $0.title.contains("`\(key)`") } }
    let documents = sections.first { $0.level == 2 && $0.title.hasSuffix(" Documenten") }
    let documentWide = (documents?.own ?? "") + (heading("origineel")?.own ?? "")
    let shared = [
      "opgesteld_door", "contactpersoon", "uitvoerder", "beoordeeld_door", "adres", "ondertekend",
    ]
    var problems: [String] = []
    for (path, keys) in catalogue.sorted(by: { $0.key < $1.key }) {
      let parts = path.split(separator: ".").map { String($0.filter { $0 != "[" && $0 != "]" }) }
      for key in keys {
        let mark = "`\(key)`"
        let place: String
        let found: Bool
        if let first = parts.first {
          let section = heading(first)
          let isShared =
            parts.count > 1 && (shared.contains(parts[parts.count - 1]) || first == "betrokkenen")
          let isDocument = section.map { $0.level > 2 } ?? false
          place = section?.title ?? "een eigen kop voor `\(first)`"
          found =
            (section?.body.contains(mark) ?? false) || (isShared && opening.contains(mark))
            || (isDocument
              && ["datum", "opgesteld_door", "ondertekend", "origineel", "reden_te_laat"]
                .contains(key)
              && documentWide.contains(mark))
        } else {
          let top = sections.first { $0.title.hasSuffix(" Bovenaan") }
          place = "## Bovenaan of een eigen kop"
          found = (top?.body.contains(mark) ?? false) || heading(key) != nil
        }
        if !found { problems.append("beschrijft '\(key)' (in '\(path)') niet onder \(place)") }
      }
    }
    return problems
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
