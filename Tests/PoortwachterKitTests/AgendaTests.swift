import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The casemanager's agenda and its iCalendar export.
@Suite struct AgendaTests {
  func evaluation(_ file: String) throws -> CaseEvaluation {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/" + file))
    return RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2026-11-22"))
  }

  @Test func itemsAreOpenWithinTheWindowOrOverdueSortedByDate() throws {
    let items = AgendaItem.items(
      from: [try evaluation("vz-2025-0088.yaml"), try evaluation("vz-2026-0155.yaml")], days: 70)
    #expect(items.map(\.deadline) == items.map(\.deadline).sorted())
    #expect(items.allSatisfy { $0.daysLeft <= 70 })
    #expect(
      items.contains {
        $0.kenmerk == "VZ-2026-0155" && $0.kind == .milestone(.melding42eWeek) && $0.daysLeft == 65
      })
    #expect(items.first { $0.kind == .milestone(.actueelOordeel) }?.status.text == "… open (nog 49 dagen)")
  }

  @Test func verlengingMovesTheAgendaDateToo() throws {
    let items = AgendaItem.items(from: [try evaluation("vz-2024-0163.yaml")], days: 400)
    let wia = try #require(items.first { $0.kind == .milestone(.wiaAanvraag) })
    #expect(wia.deadline.description == "2027-03-14" && wia.daysLeft > 0)
  }

  @Test func theNextEvaluationIsDueSixWeeksAfterTheLastOne() throws {
    // VZ-2025-0088: last evaluation 30 October 2026, so the next is due 11 December 2026.
    let items = AgendaItem.items(from: [try evaluation("vz-2025-0088.yaml")], days: 70)
    let next = try #require(items.first { $0.kind == .evaluatie })
    #expect(next.deadline.description == "2026-12-11" && next.daysLeft == 19)
    #expect(next.basis == "laatste evaluatie (30 oktober 2026) + 6 weken")
    #expect(next.status.text == "… open (nog 19 dagen)")
    #expect(items.filter { $0.kind == .evaluatie }.count == 1)
  }

  static let runningSpoor = """
    formaat: poortwachter/1
    kenmerk: VZ-SPOOR
    werknemer: { naam: J. Jansen }
    verzuim:
      eerste_ziektedag: 2024-01-08
      onderbrekingen: [ { hersteld_op: 2025-03-03, weer_ziek_op: 2025-03-10 } ]
    plan_van_aanpak: { datum: 2024-02-22 }
    evaluaties: [ { datum: 2025-02-20 } ]
    tweede_spoor:
      gestart_op: 2025-01-10
      rapportages: [ { datum: 2025-02-15 } ]

    """

  @Test func theNextTweedeSpoorReportAndEvaluationSkipInterruptionDays() throws {
    let loaded = try #require(TestSupport.loaded(Self.runningSpoor))
    let evaluation = RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2025-03-01"))
    let items = AgendaItem.items(from: [evaluation], days: 60)
    // 15 February + 42 days is 29 March; the week hersteld (3 to 10 March) moves it to 5 April.
    let report = try #require(items.first { $0.kind == .rapportageTweedeSpoor })
    #expect(report.deadline.description == "2025-04-05")
    #expect(report.basis == "laatste rapportage (15 februari 2025) + 6 weken")
    #expect(items.first { $0.kind == .evaluatie }?.deadline.description == "2025-04-10")
    let ics = ICalendar.calendar(items, peildatum: TestSupport.date("2025-03-01"), withNames: false)
    #expect(ics.contains("UID:VZ-SPOOR-rapportage_tweede_spoor@poortwachter\r\n"))
  }

  @Test func noPeriodicStepsAfterRecoveryOrPlacement() throws {
    let recovered = Self.runningSpoor.replacingOccurrences(
      of: "  onderbrekingen:", with: "  volledig_hersteld_op: 2025-03-20\n  onderbrekingen:")
    let loaded = try #require(TestSupport.loaded(recovered))
    let items = AgendaItem.items(
      from: [RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2025-03-01"))], days: 60)
    #expect(!items.contains { $0.kind == .evaluatie || $0.kind == .rapportageTweedeSpoor })
    let placed = Self.runningSpoor + "  fasen: [ { fase: plaatsing, van: 2025-02-20 } ]\n"
    let placedCase = try #require(TestSupport.loaded(placed))
    let placedItems = AgendaItem.items(
      from: [RuleEngine().evaluate(placedCase, peildatum: TestSupport.date("2025-03-01"))], days: 60)
    #expect(!placedItems.contains { $0.kind == .rapportageTweedeSpoor })
  }

  @Test func anEmptyWindowSaysSoAndNamesTheWindowThatHelps() throws {
    let evaluations = [try evaluation("vz-2025-0088.yaml")]
    #expect(AgendaItem.items(from: evaluations, days: 14).isEmpty)
    let next = AgendaItem.items(from: evaluations, days: AgendaItem.unlimited).first
    #expect(
      AgendaItem.emptyWindowNotice(days: 14, next: next)
        == "0 termijnen in de komende 14 dagen; de eerstvolgende is evaluatie plan van aanpak van "
        + "VZ-2025-0088 op 11 december 2026 (over 19 dagen)")
    // The window that helps is the next item's days left; the command line names its option.
    #expect(next?.daysLeft == 19)
  }

  @Test func anOverdueEvaluationIsAdvisedWithoutAReasonField() throws {
    guard
      case .loaded(let loaded) = TestSupport.loader().load(
        path: TestSupport.sampleCases + "/vz-2025-0088.yaml")
    else { throw CancellationError() }
    let evaluation = RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2026-12-20"))
    let step = try #require(
      NextStep.steps(for: evaluation).first { $0.text.hasPrefix("Evaluatie plan van aanpak") })
    #expect(
      step.text
        == "Evaluatie plan van aanpak was uiterlijk 11 december 2026: alsnog zo snel mogelijk doen en vastleggen"
    )
    #expect(step.isUrgent)
  }

  @Test func icsIsRfc5545() throws {
    let items = AgendaItem.items(from: [try evaluation("vz-2025-0088.yaml")], days: 70)
    let ics = ICalendar.calendar(items, peildatum: TestSupport.date("2026-11-22"), withNames: false)
    #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
    #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
    #expect(ics.contains("UID:VZ-2025-0088-actueel_oordeel@poortwachter\r\n"))
    #expect(ics.contains("DTSTART;VALUE=DATE:20270110\r\nDTEND;VALUE=DATE:20270111\r\n"))
    #expect(!ics.contains("Fatima"))
    for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
    #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    #expect(
      ICalendar.calendar(items, peildatum: TestSupport.date("2026-11-22"), withNames: true).contains("Fatima")
    )
  }

  @Test func textValuesAreEscapedAndFoldedOnCharacterBoundaries() {
    #expect(ICalendar.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    let folded = ICalendar.fold("SUMMARY:" + String(repeating: "é", count: 60))
    #expect(folded.components(separatedBy: "\r\n ").allSatisfy { $0.utf8.count <= 75 })
    #expect(
      folded.replacingOccurrences(of: "\r\n ", with: "") == "SUMMARY:" + String(repeating: "é", count: 60))
  }
}
