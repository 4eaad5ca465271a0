import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// One definition of a case's category: the index rows, the index totals, the summary lines and the
/// check report agree; "gereed" only when a re-integratieverslag is due.
@Suite(.serialized) struct CaseCategoryTests {
  static func evaluation(_ file: String, _ peildatum: String) throws -> CaseEvaluation {
    guard case .loaded(let loaded) = TestSupport.loader().load(path: TestSupport.sampleCases + "/" + file)
    else { throw CancellationError() }
    return RuleEngine().evaluate(loaded, peildatum: TestSupport.date(peildatum))
  }

  @Test func aWeekTwelveCaseWithoutFindingsIsInOrdeNotGereed() throws {
    let evaluation = try Self.evaluation("vz-2026-0301.yaml", "2026-12-06")
    #expect(evaluation.timeline.currentWeek == 12 && evaluation.findings.isEmpty)
    #expect(CaseCategory(evaluation) == .inOrde)
    let documents = try RenderingTests.renderer().render(evaluation)
    #expect(documents.controleHTML.contains("<title>Controle VZ-2026-0301: in orde</title>"))
    #expect(!documents.controleHTML.contains("Gereed voor"))
    // After the waiting period, with every part in place, the same kind of case is ready for UWV.
    #expect(CaseCategory(try Self.evaluation("vz-2023-0412.yaml", "2026-11-22")) == .gereed)
    // Fully recovered: nothing to hand in.
    #expect(CaseCategory(try Self.evaluation("vz-2024-0059.yaml", "2026-11-22")) == .inOrde)
  }

  @Test func closedCasesHaveNoRunningWeek() throws {
    let recovered = try Self.evaluation("vz-2024-0059.yaml", "2026-11-22")
    let phase = CasePhase(caseFile: recovered.loaded.caseFile, timeline: recovered.timeline)
    guard case .hersteld = phase else {
      Issue.record("expected hersteld, got \(phase)")
      return
    }
    let over = try Self.evaluation("vz-2023-0412.yaml", "2026-11-22")
    #expect(
      CasePhase(caseFile: over.loaded.caseFile, timeline: over.timeline).shortText == "wachttijd voorbij")
    let reporter = TextReporter(out: Terminal(colours: false), err: Terminal(colours: false))
    #expect(!reporter.report(over).contains("week 167"))
    #expect(reporter.report(over).contains("wachttijd geëindigd op"))
  }

  /// The texts of the cells of one index row.
  static func cells(_ row: String) -> [String] {
    row.components(separatedBy: "<td").dropFirst().map { cell in
      let text = cell.drop { $0 != ">" }.dropFirst()
      return String(text.prefix { $0 != "<" })
    }
  }

  @Test func indexTotalsAgreeWithTheRows() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("pw-index-\(UUID().uuidString)")
      .path
    defer { try? FileManager.default.removeItem(atPath: out) }
    let run = try TestSupport.run(["batch", "SampleCases", "--out", out, "--as-of", "2026-11-22"])
    let html = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
    let body = try #require(
      html.components(separatedBy: "<tbody>").last?.components(separatedBy: "</tbody>").first)
    let rows = body.components(separatedBy: "\n").filter { $0.hasPrefix("<tr>") }
    #expect(rows.count == 13)
    var perCategory: [String: Int] = [:]
    var errors = 0, warnings = 0
    for row in rows {
      let cells = Self.cells(row)
      errors += Int(cells[4]) ?? -1000
      warnings += Int(cells[5]) ?? -1000
      let category = try #require(
        CaseCategory.allCases.first { row.contains("status status-\($0.rawValue)\"") })
      perCategory[category.title, default: 0] += 1
      #expect(cells[6] == category.title)
      // A closed case shows how it closed, not a running week.
      if row.contains("afgesloten") { #expect(Int(cells[2]) == nil, "\(row)") }
    }
    #expect(warnings > 0 && errors > 0)
    let foot = try #require(html.components(separatedBy: "<tfoot>").last)
    #expect(foot.contains("<td class=\"getal\">\(errors)</td><td class=\"getal\">\(warnings)</td>"))
    for category in CaseCategory.allCases {
      let count = perCategory[category.title] ?? 0
      #expect(html.contains("<b>\(count)</b>\(category.title)</div>"), "\(category)")
      #expect(run.out.contains("\(count) \(category.title)"))
    }
    // vz-2024-0163 has one warning (less activity than the tweede spoor's werkplan promised);
    // vz-2025-0419 one too: its jpg original (80 dpi) does not show its BSN to OCR, or without
    // tesseract cannot be read at all.
    #expect(
      perCategory["compleet"] == 4 && perCategory["in orde"] == 5
        && perCategory["alleen waarschuwingen"] == 2)
    #expect(
      rows.contains { $0.contains(">hersteld</td>") }
        && rows.contains { $0.contains(">wachttijd voorbij</td>") })
  }
}
