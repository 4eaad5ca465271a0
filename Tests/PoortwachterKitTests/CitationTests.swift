import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Issue #23 B: BWBR0015184 is the Beleidsregels vorm- en herkenbaarheidsvereisten
/// reïntegratieverslagen, the Regeling procesgang eerste en tweede ziektejaar is BWBR0013540; every
/// `bron` and the UWV-pakket page cite each by its own title.
@Suite struct CitationTests {
  static let beleidsregels = "Beleidsregels vorm- en herkenbaarheidsvereisten reïntegratieverslagen"
  static let regeling = "Regeling procesgang eerste en tweede ziektejaar"

  /// The problems of one citation text, empty when it is right.
  static func problems(_ text: String) -> [String] {
    var problems: [String] = []
    // Each citation is one clause between semicolons.
    for clause in text.components(separatedBy: ";") {
      if clause.contains("BWBR0015184"), !clause.contains(beleidsregels) {
        problems.append("BWBR0015184 zonder '\(beleidsregels)': \(clause)")
      }
      if clause.contains(regeling), clause.contains("BWBR0015184") {
        problems.append("Regeling procesgang met BWBR0015184: \(clause)")
      }
      if clause.contains(regeling), !clause.contains("BWBR0013540") {
        problems.append("Regeling procesgang zonder BWBR0013540: \(clause)")
      }
    }
    return problems
  }

  @Test func everyRuleCitesEachRegulationByItsOwnTitle() {
    for rule in RuleCatalogue.standard {
      #expect(Self.problems(rule.description.bron).isEmpty, "\(rule.description.id)")
    }
    for vraag in ToetsVraag.allCases { #expect(Self.problems(vraag.bron).isEmpty, "\(vraag)") }
  }

  @Test func theUwvPakketPageDoesNotMixThemUp() throws {
    let path = TestSupport.packageRoot.appendingPathComponent("docs/uwv-pakket.md").path
    let page = try String(contentsOfFile: path, encoding: .utf8)
    // Sentences, joined across line breaks.
    for sentence in page.replacingOccurrences(of: "\n", with: " ").components(separatedBy: "). ") {
      let mixed = sentence.contains("Regeling procesgang eerste en tweede ziektejaar, BWBR0015184")
      #expect(!mixed, "\(sentence)")
    }
    #expect(page.contains("BWBR0013540"))
  }
}
