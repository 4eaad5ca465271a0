import Foundation
import Testing

@testable import PoortwachterKit

/// What the reader sees: the re-integratieverslag for UWV carries dates, not the employer's own
/// verdicts; the timeline marks steps where they were done, the peildatum where it is, markers that
/// never hide each other, and bands for tweede spoor, verlenging and loonsanctie.
@Suite struct DossierViewTests {
  static let peildatum = TestSupport.date("2026-11-22")

  static func evaluation(_ file: String) throws -> CaseEvaluation {
    guard case .loaded(let loaded) = TestSupport.loader().load(path: TestSupport.sampleCases + "/" + file)
    else { throw CancellationError() }
    return RuleEngine().evaluate(loaded, peildatum: peildatum)
  }

  /// Words and classes that carry a verdict on deadlines; they belong in controle.html only.
  static let verdicts = [
    "mk-", "staat-ontbreekt", "sk-ontbreekt", "staat-nog", "Ontbreekt", "te laat (", "verlopen (",
    "nog niet nodig", "op tijd", ">Peildatum<", "peildatum ", "Status",
  ]

  @Test(arguments: TestSupport.sampleFiles())
  func theRivCarriesDatesNotVerdicts(_ file: String) throws {
    guard case .loaded(let loaded) = TestSupport.loader().load(path: file) else { return }
    let evaluation = RuleEngine().evaluate(loaded, peildatum: Self.peildatum)
    let documents = try RenderingTests.renderer().render(evaluation)
    for word in Self.verdicts {
      #expect(!documents.rivHTML.contains(word), "riv.html of \(file) contains '\(word)'")
    }
    #expect(documents.rivHTML.contains("<div><dt>Opgesteld op</dt><dd>22 november 2026</dd></div>"))
    #expect(!documents.rivXML.contains("<status>") && !documents.rivXML.contains("<bevinding"))
    #expect(
      documents.rivXML.contains("<gedaan>") || evaluation.timeline.milestones.allSatisfy { $0.gedaan == nil })
    // The check report keeps its verdicts.
    #expect(documents.controleHTML.contains("mk-"))
  }

  @Test func aRivXmlOfTheEarlierVersionWithStatusesStillReads() throws {
    let evaluation = try Self.evaluation("vz-2023-0412.yaml")
    let xml = try RenderingTests.renderer().render(evaluation).rivXML
    // Earlier versions wrote a status per milestone and the findings into <berekend>.
    let earlier = xml.replacingOccurrences(
      of: "</gedaan></mijlpaal>", with: "</gedaan><status>op_tijd</status></mijlpaal>"
    )
    .replacingOccurrences(
      of: "    </mijlpalen>\n",
      with: "    </mijlpalen>\n    <bevindingen><bevinding><regel>x.y</regel><ernst>info</ernst>"
        + "<melding>m</melding><bron>b</bron></bevinding></bevindingen>\n")
    #expect(earlier.contains("<status>op_tijd</status>") && earlier.contains("<bevindingen>"))
    let back = try #require(TestSupport.loaded(earlier, syntax: .xml))
    #expect(back.caseFile == evaluation.loaded.caseFile)
  }

  @Test func lateStepsAreMarkedWhereTheyWereDoneWithTheirDeadlineAsATick() throws {
    let documents = try RenderingTests.renderer().render(Self.evaluation("vz-2025-0142.yaml"))
    let drawing = try Self.drawing(Self.evaluation("vz-2025-0142.yaml"))
    let pa = try #require(drawing.markers.first { $0.id == "probleemanalyse" })
    // Due 13 July 2025, done 23 July 2025: ten days (1.4 weeks) to the right of its deadline.
    #expect(pa.x > pa.deadlineX + 5)
    #expect(documents.controleHTML.contains("<line class=\"te-laat\" x1=\"\(pa.deadlineText)\""))
    #expect(documents.rivHTML.contains("<line class=\"termijn\" x1=\"\(pa.deadlineText)\""))
  }

  @Test func thePeildatumIsDrawnWhereItIsAfterWeek104() throws {
    let drawing = try Self.drawing(Self.evaluation("vz-2023-0412.yaml"))
    #expect(drawing.weeks == 167)
    let end = try #require(drawing.markers.first { $0.id == "einde_wachttijd" })
    #expect(drawing.peildatumX > end.x + 100)
  }

  @Test func markersInOneRowNeverOverlap() throws {
    for file in TestSupport.sampleFiles() {
      guard case .loaded(let loaded) = TestSupport.loader().load(path: file) else { continue }
      let markers = try Self.drawing(RuleEngine().evaluate(loaded, peildatum: Self.peildatum)).markers
      for a in markers.indices {
        for b in markers.indices where b > a && markers[a].y == markers[b].y {
          #expect(abs(markers[a].x - markers[b].x) >= 2 * TimelineDrawing.markerRadius, "\(file)")
        }
      }
    }
  }

  @Test func bandsShowTweedeSpoorVerlengingAndLoonsanctie() throws {
    let extended = try Self.drawing(Self.evaluation("vz-2024-0163.yaml")).bands
    #expect(extended.contains("tweede_spoor") && extended.contains("verlenging"))
    let sanctioned = try Self.drawing(Self.evaluation("vz-2023-0274.yaml")).bands
    #expect(sanctioned.contains("loonsanctie"))
    let documents = try RenderingTests.renderer().render(Self.evaluation("vz-2023-0274.yaml"))
    #expect(documents.rivHTML.contains("loonsanctie 52 weken"))
  }

  struct Marker {
    let id: String
    let x: Double
    let y: Double
    let deadlineX: Double
    let deadlineText: String
  }

  /// The drawing's numbers, read back from its render context.
  static func drawing(_ evaluation: CaseEvaluation) throws -> (
    markers: [Marker], weeks: Int, peildatumX: Double, bands: [String]
  ) {
    let node = TimelineDrawing(context: DossierContext(evaluation: evaluation)).build()
    func text(_ node: RenderNode, _ key: String) -> String {
      if case .text(let value) = node.value(key, hash: RenderNode.hash(key)) { return value }
      return ""
    }
    func list(_ key: String) -> [RenderNode] {
      if case .list(let items) = node.value(key, hash: RenderNode.hash(key)) { return items }
      return []
    }
    let markers = list("markeringen").map {
      Marker(
        id: text($0, "id"), x: Double(text($0, "x")) ?? -1, y: Double(text($0, "rij_y")) ?? -1,
        deadlineX: Double(text($0, "termijn_x")) ?? -1, deadlineText: text($0, "termijn_x"))
    }
    return (
      markers, Int(text(node, "weken")) ?? 0, Double(text(node, "peildatum_x")) ?? -1,
      list("banden").map { text($0, "soort") }
    )
  }
}
