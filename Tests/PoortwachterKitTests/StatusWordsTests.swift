import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The words for a milestone's status come from one place: the text reporter, the dossier context
/// and the agenda say the same thing.
@Suite struct StatusWordsTests {
  static let peildatum = TestSupport.date("2026-11-22")

  @Test func everyStateHasItsWords() {
    let due = TestSupport.date("2026-11-10")
    func row(_ status: Milestone.Status, done: String? = nil, id: Milestone.ID = .probleemanalyse)
      -> StatusWords
    {
      let milestone = Milestone(
        id: id, vanaf: nil, uiterlijk: due, gedaan: done.map(TestSupport.date), status: status, basis: "")
      return StatusWords(milestone, peildatum: Self.peildatum)
    }
    #expect(row(.opTijd, done: "2026-11-01").text == "✔ op tijd")
    #expect(row(.teLaat, done: "2026-11-22").text == "✘ te laat (12 dagen)")
    #expect(row(.verlopen).text == "✘ verlopen (12 dagen te laat)")
    #expect(row(.verlopen, id: .eindeWachttijd).text == "✔ verstreken")
    #expect(row(.nietVanToepassing).text == "– niet van toepassing")
    #expect(row(.teVroeg, done: "2026-10-01").text == "! te vroeg (vóór week 46)")
    #expect(
      StatusWords.due(TestSupport.date("2026-12-01"), peildatum: Self.peildatum).text
        == "… open (nog 9 dagen)")
    #expect(StatusWords.due(Self.peildatum, peildatum: Self.peildatum).text == "… open (vandaag uiterlijk)")
    #expect(StatusWords.due(due, peildatum: Self.peildatum).tone == .bad)
  }

  @Test func reporterDossierAndAgendaUseTheSameWords() throws {
    let reporter = TextReporter(out: Terminal(colours: false), err: Terminal(colours: false))
    var seen: Set<Milestone.Status> = []
    for file in TestSupport.sampleFiles() {
      guard case .loaded(let loaded) = TestSupport.loader().load(path: file) else { continue }
      let evaluation = RuleEngine().evaluate(loaded, peildatum: Self.peildatum)
      let context = DossierContext(evaluation: evaluation)
      let items = AgendaItem.items(from: [evaluation], days: AgendaItem.unlimited)
      for row in evaluation.timeline.milestones {
        seen.insert(row.status)
        let words = StatusWords(row, peildatum: Self.peildatum)
        #expect(reporter.status(row, peildatum: Self.peildatum).hasPrefix(words.text))
        #expect(context.statusText(row) == words.words)
        if let item = items.first(where: { $0.kind == .milestone(row.id) }), item.deadline == row.uiterlijk {
          #expect(item.status == words)
        }
      }
    }
    #expect(seen.count >= 4)
  }
}
