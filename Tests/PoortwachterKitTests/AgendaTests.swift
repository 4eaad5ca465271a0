import Testing

@testable import PoortwachterKit

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
        $0.kenmerk == "VZ-2026-0155" && $0.milestone.id == .melding42eWeek && $0.daysLeft == 65
      })
    #expect(items.first?.whenText == "nog 49 dagen")
  }

  @Test func verlengingMovesTheAgendaDateToo() throws {
    let items = AgendaItem.items(from: [try evaluation("vz-2024-0163.yaml")], days: 400)
    let wia = try #require(items.first { $0.milestone.id == .wiaAanvraag })
    #expect(wia.deadline.description == "2027-03-14" && wia.daysLeft > 0)
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
