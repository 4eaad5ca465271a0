import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// What the reader sees: the re-integratieverslag for UWV carries dates, not the employer's own
/// verdicts; the timeline marks steps where they were done, the peildatum where it is, markers that
/// never hide each other, and bands for tweede spoor, verlenging and loonsanctie.
@Suite struct DossierViewTests {
  static let peildatum = TestSupport.date("2026-11-22")

  static func evaluation(_ file: String) throws -> CaseEvaluation {
    let loaded = try #require(
      TestSupport.loaded(path: TestSupport.sampleCases + "/" + file), "\(file) does not load")
    return RuleEngine().evaluate(loaded, peildatum: peildatum)
  }

  /// Words and classes that carry a verdict on deadlines; they belong in controle.html only.
  static let verdicts = [
    "mk-", "staat-ontbreekt", "sk-ontbreekt", "staat-nog", "Ontbreekt", "te laat (", "verlopen (",
    "nog niet nodig", "op tijd", ">Peildatum<", "peildatum ", "Status",
  ]

  @Test(arguments: TestSupport.sampleFiles())
  func theRivCarriesDatesNotVerdicts(_ file: String) throws {
    let loaded = try #require(TestSupport.loaded(path: file), "\(file) does not load")
    let evaluation = RuleEngine().evaluate(loaded, peildatum: Self.peildatum)
    let documents = try RenderingTests.renderer().render(evaluation)
    for word in Self.verdicts {
      #expect(!documents.rivHTML.contains(word), "riv.html of \(file) contains '\(word)'")
    }
    #expect(documents.rivHTML.contains("<div><dt>Opgesteld op</dt><dd>22 november 2026</dd></div>"))
    // An afspraak's own `status` (open, lopend, afgerond) is case data, not a verdict on a deadline.
    let withoutAfspraken = documents.rivXML.replacing(
      /<afspraak>.*?<\/afspraak>/.dotMatchesNewlines(), with: "")
    #expect(!withoutAfspraken.contains("<status>") && !documents.rivXML.contains("<bevinding"))
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
    let drawing = Self.drawing(try Self.evaluation("vz-2025-0142.yaml"))
    let pa = try #require(drawing.markers.first { $0.milestone.id == .probleemanalyse })
    // Due 13 July 2025, done 23 July 2025: ten days (1.4 weeks) to the right of its deadline.
    #expect(pa.x > pa.deadlineX + 5)
    let (x, deadline) = (Self.coordinate(pa.x), Self.coordinate(pa.deadlineX))
    #expect(documents.controleHTML.contains("<line class=\"te-laat\" x1=\"\(deadline)\" y1="))
    #expect(documents.controleHTML.contains("<circle cx=\"\(x)\""))
    #expect(documents.rivHTML.contains("<line class=\"termijn\" x1=\"\(deadline)\""))
  }

  @Test func thePeildatumIsDrawnWhereItIsAfterWeek104() throws {
    let drawing = Self.drawing(try Self.evaluation("vz-2023-0412.yaml"))
    #expect(drawing.weeks == 167)
    let end = try #require(drawing.markers.first { $0.milestone.id == .eindeWachttijd })
    #expect(drawing.peildatumX > end.x + 100)
    #expect(drawing.peildatumX == TimelineLayout.width - TimelineLayout.margin)
  }

  @Test func markersInOneRowNeverOverlap() throws {
    for file in TestSupport.sampleFiles() {
      guard case .loaded(let loaded) = TestSupport.loader().load(path: file) else { continue }
      let markers = Self.drawing(RuleEngine().evaluate(loaded, peildatum: Self.peildatum)).markers
      for a in markers.indices {
        for b in markers.indices where b > a && markers[a].y == markers[b].y {
          #expect(abs(markers[a].x - markers[b].x) >= 2 * TimelineLayout.markerRadius, "\(file)")
        }
      }
    }
  }

  @Test func bandsShowTweedeSpoorVerlengingAndLoonsanctie() throws {
    let extended = Self.drawing(try Self.evaluation("vz-2024-0163.yaml")).bands.map(\.band.kind)
    #expect(extended == ["tweede_spoor", "verlenging"])
    let sanctioned = Self.drawing(try Self.evaluation("vz-2023-0274.yaml")).bands.map(\.band.kind)
    #expect(sanctioned == ["tweede_spoor", "loonsanctie"])
    let documents = try RenderingTests.renderer().render(Self.evaluation("vz-2023-0274.yaml"))
    #expect(documents.rivHTML.contains("loonsanctie 52 weken"))
  }

  /// A coordinate as the templates get it (at most one decimal).
  static func coordinate(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
  }

  /// The drawing's geometry.
  static func drawing(_ evaluation: CaseEvaluation) -> TimelineLayout {
    TimelineLayout(caseFile: evaluation.loaded.caseFile, timeline: evaluation.timeline)
  }
}
