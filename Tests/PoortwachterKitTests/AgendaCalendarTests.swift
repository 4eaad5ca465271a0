import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Issue #23 C: `agenda --ics` holds every open step by default, reminds a number of working days
/// ahead, puts an overdue step on today, and still loads in a standard parser.
@Suite(.serialized) struct AgendaCalendarTests {
  func icsOfSamples(_ extra: [String] = []) throws -> (
    run: (out: String, err: String, status: Int32), ics: String
  ) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-ics-\(UUID().uuidString).ics"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let run = try TestSupport.run(["agenda", "SampleCases", "--as-of", "2026-11-22", "--ics", path] + extra)
    return (run, try String(contentsOfFile: path, encoding: .utf8))
  }

  @Test func byDefaultTheCalendarHoldsEveryOpenStepNotOnlyTheListsWindow() throws {
    let (run, ics) = try icsOfSamples()
    #expect(run.status == 0)
    // The actueel oordeel of VZ-2025-0088 is due in 49 days: outside the list's 14 days.
    #expect(!run.out.contains("Actueel oordeel"))
    #expect(ics.contains("UID:VZ-2025-0088-actueel_oordeel@poortwachter\r\n"))
    let (_, limited) = try icsOfSamples(["--dagen", "14"])
    #expect(!limited.contains("UID:VZ-2025-0088-actueel_oordeel@poortwachter"))
  }

  @Test func eachEventRemindsThreeWorkingDaysAheadByDefault() throws {
    let (_, ics) = try icsOfSamples()
    // Due Sunday 10 January 2027: 3 working days before is Wednesday 6 January, 9:00.
    let event = try #require(
      ics.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("VZ-2025-0088-actueel_oordeel") })
    #expect(event.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\n"))
    #expect(event.contains("TRIGGER:-P3DT15H\r\nEND:VALARM\r\n"))
    let (_, none) = try icsOfSamples(["--herinnering", "0"])
    #expect(!none.contains("BEGIN:VALARM"))
  }

  @Test func anOverdueStepIsAReminderToday() throws {
    let loaded = try #require(TestSupport.loaded(AgendaTests.runningSpoor))
    let peildatum = TestSupport.date("2025-04-10")
    let items = AgendaItem.items(from: [RuleEngine().evaluate(loaded, peildatum: peildatum)], days: 60)
    let ics = ICalendar.calendar(items, peildatum: peildatum, withNames: false, reminderWorkingDays: 3)
      .replacingOccurrences(of: "\r\n ", with: "")
    let event = try #require(
      ics.components(separatedBy: "BEGIN:VEVENT").first { $0.contains("VZ-SPOOR-rapportage_tweede_spoor") })
    #expect(event.contains("DTSTART;VALUE=DATE:20250410\r\n"))
    #expect(
      event.contains("SUMMARY:Verlopen: Rapportage tweede spoor (uiterlijk 5 april 2025) – VZ-SPOOR\r\n"))
    #expect(event.contains("TRIGGER:PT9H\r\n"))
  }

  @Test func workingDaysBeforeSkipWeekendsAndHolidays() {
    // Tuesday 29 December 2026: Monday 28, then (skipping the weekend that holds both Christmas
    // days) Thursday 24 and Wednesday 23 December.
    #expect(DutchHolidays.workingDay(3, before: TestSupport.date("2026-12-29")).description == "2026-12-23")
    #expect(ICalendar.trigger(daysBefore: 7) == "-P6DT15H")
  }

  /// The file loads in the Python `icalendar` package (PyPI), as calendar programs read it.
  @Test func theCalendarLoadsInAStandardParser() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-ics-\(UUID().uuidString).ics"
    ).path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let (_, ics) = try icsOfSamples()
    try ics.write(toFile: path, atomically: true, encoding: .utf8)
    let script = """
      import sys, icalendar
      cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
      events = cal.walk('VEVENT')
      alarms = [a.decoded('TRIGGER') for e in events for a in e.walk('VALARM')]
      print(len(events), len(alarms), len({str(e['UID']) for e in events}))
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script, path]
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let problem = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "python3 -m pip install icalendar? \(problem)")
    let events = ics.components(separatedBy: "BEGIN:VEVENT").count - 1
    #expect(events > 0)
    #expect(output == "\(events) \(events) \(events)\n")
  }
}
