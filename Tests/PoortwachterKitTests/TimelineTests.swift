import Testing

@testable import PoortwachterKit

/// The deadline arithmetic against hand-worked examples (see `docs/rekenregels.md`) and
/// every holiday of the Algemene termijnenwet.
@Suite struct TimelineTests {
  func timeline(_ verzuim: String, peildatum: String = "2026-11-22", extra: String = "") -> Timeline? {
    let yaml = "formaat: poortwachter/1\nkenmerk: T\nwerknemer: { naam: J }\n\(verzuim)\(extra)"
    guard let loaded = TestSupport.loaded(yaml) else {
      Issue.record("case did not load: \(TestSupport.diagnostics(yaml).map(\.formatted))")
      return nil
    }
    return Timeline(caseFile: loaded.caseFile, peildatum: TestSupport.date(peildatum))
  }

  func deadline(_ t: Timeline?, _ id: Milestone.ID) -> String? { t?[id]?.uiterlijk.description }

  @Test func e1SamentellingShiftsTheEndByTheGap() {
    let t = timeline(
      "verzuim:\n  eerste_ziektedag: 2022-01-03\n  onderbrekingen: [ { hersteld_op: 2022-07-04, weer_ziek_op: 2022-07-25 } ]\n"
    )
    #expect(t?.calendar.totalGapDays == 21)
    #expect(deadline(t, .eindeWachttijd) == "2024-01-21")  // last day; first WIA day 2024-01-22
  }

  @Test func e2LastDayOfTheWaitingPeriod() {
    #expect(
      deadline(timeline("verzuim: { eerste_ziektedag: 2007-06-26 }\n"), .eindeWachttijd) == "2009-06-22")
  }

  @Test func e3ShortRecoveryMergesThePeriods() {
    let t = timeline(
      "verzuim:\n  eerste_ziektedag: 2009-03-01\n  onderbrekingen: [ { hersteld_op: 2009-06-01, weer_ziek_op: 2009-06-15 } ]\n"
    )
    #expect(deadline(t, .eindeWachttijd) == "2011-03-12")
    #expect(t?.calendar.restarts.isEmpty == true)
  }

  @Test func e5EveryMilestoneOfAWednesdayStart() {
    let t = timeline("verzuim: { eerste_ziektedag: 2024-01-03 }\n")
    #expect(deadline(t, .probleemanalyse) == "2024-02-13")
    #expect(deadline(t, .planVanAanpak) == "2024-02-27")
    #expect(deadline(t, .melding42eWeek) == "2024-10-23")
    #expect(t?[.eerstejaarsevaluatie]?.vanaf?.description == "2024-11-13")
    #expect(deadline(t, .eerstejaarsevaluatie) == "2024-12-31")
    #expect(deadline(t, .tweedeSpoor) == "2025-02-11")
    #expect(deadline(t, .actueelOordeel) == "2025-09-30")
    #expect(deadline(t, .eindevaluatie) == "2025-09-30")
    #expect(deadline(t, .rivAanWerknemer) == "2025-09-30")
    #expect(deadline(t, .wiaAanvraag) == "2025-10-14")
    #expect(deadline(t, .eindeWachttijd) == "2025-12-30")
    #expect(t?.calendar.lastDay(ofWeek: 68).description == "2025-04-22")
  }

  @Test func longGapStartsANewWaitingPeriod() {
    let t = timeline(
      "verzuim:\n  eerste_ziektedag: 2024-01-08\n  onderbrekingen: [ { hersteld_op: 2024-03-01, weer_ziek_op: 2024-03-29 } ]\n"
    )
    #expect(t?.calendar.firstSickDay.description == "2024-03-29")
    #expect(deadline(t, .probleemanalyse) == "2024-05-09")
  }

  @Test func planFollowsTheProbleemanalyseAndIsNotDueWithoutPossibilities() {
    let t = timeline(
      "verzuim: { eerste_ziektedag: 2024-01-08 }\n",
      extra: "probleemanalyse: { datum: 2024-03-01, benutbare_mogelijkheden: false }\n")
    #expect(deadline(t, .planVanAanpak) == "2024-03-15")
    #expect(t?[.planVanAanpak]?.status == .nietVanToepassing)
  }

  @Test func fullRecoveryMakesLaterMilestonesNotApplicable() {
    let t = timeline("verzuim: { eerste_ziektedag: 2024-01-08, volledig_hersteld_op: 2024-02-10 }\n")
    #expect(t?[.probleemanalyse]?.status == .nietVanToepassing)
    #expect(t?[.eindeWachttijd]?.status == .nietVanToepassing)
    let partial = timeline(
      "verzuim:\n  eerste_ziektedag: 2024-01-08\n  werkhervattingen: [ { vanaf: 2024-02-01, uren_per_week: 20 } ]\n",
      peildatum: "2024-02-10")
    #expect(partial?[.probleemanalyse]?.status == .open)
  }

  @Test func extensionsMoveTheEndOfTheWaitingPeriod() {
    let t = timeline(
      "verzuim:\n  eerste_ziektedag: 2024-01-03\n  verlengingen: [ { weken: 26 } ]\n  loonsanctie: { weken: 52 }\n"
    )
    #expect(deadline(t, .eindeWachttijd) == "2027-06-29")
    #expect(deadline(t, .wiaAanvraag) == "2025-10-14")  // the contract keeps week 93; the rules move with it
  }

  @Test func statusesOnAPeildatum() {
    let t = timeline(
      "verzuim: { eerste_ziektedag: 2024-01-08 }\n", peildatum: "2024-12-01",
      extra: "probleemanalyse: { datum: 2024-02-12 }\nplan_van_aanpak: { datum: 2024-03-01 }\n"
        + "eerstejaarsevaluatie: { datum: 2024-11-01 }\n")
    #expect(t?[.probleemanalyse]?.status == .opTijd)
    #expect(t?[.planVanAanpak]?.status == .teLaat)
    #expect(t?[.melding42eWeek]?.status == .verlopen)
    #expect(t?[.eerstejaarsevaluatie]?.status == .teVroeg)
    #expect(t?[.actueelOordeel]?.status == .open)
  }

  /// First sick day = target - 294, so the day after week 42 falls on the target.
  static let holidayCases: [(afterWeek42: String, expected: String, why: String)] = [
    ("2026-04-27", "2026-04-28", "Koningsdag (maandag)"),
    ("2025-04-26", "2025-04-28", "Koningsdag op zaterdag 26 april omdat 27 april een zondag is"),
    ("2026-05-05", "2026-05-06", "5 mei"),
    ("2026-05-25", "2026-05-26", "Tweede Pinksterdag"),
    ("2027-01-01", "2027-01-04", "Nieuwjaarsdag (vrijdag) en weekend"),
    ("2026-04-06", "2026-04-07", "Tweede Paasdag"),
    ("2026-05-14", "2026-05-15", "Hemelvaartsdag"),
    ("2026-12-25", "2026-12-28", "beide Kerstdagen en de zondag"),
    ("2024-03-29", "2024-03-29", "Goede Vrijdag is geen feestdag van de Algemene termijnenwet"),
    ("2024-10-26", "2024-10-28", "zaterdag"),
  ]

  @Test(arguments: holidayCases)
  func report42MovesToTheNextWorkingDay(_ c: (afterWeek42: String, expected: String, why: String)) {
    let first = TestSupport.date(c.afterWeek42).adding(days: -294)
    let t = timeline("verzuim: { eerste_ziektedag: \(first) }\n")
    #expect(deadline(t, .melding42eWeek) == c.expected, "\(c.why)")
  }

  @Test func easterDates() {
    #expect(DutchHolidays.easterSunday(2024).description == "2024-03-31")
    #expect(DutchHolidays.easterSunday(2025).description == "2025-04-20")
    #expect(DutchHolidays.easterSunday(2026).description == "2026-04-05")
    #expect(DutchHolidays.easterSunday(2038).description == "2038-04-25")
    #expect(DutchHolidays.easterSunday(2285).description == "2285-03-22")
  }

  @Test func civilDateRoundTrips() {
    for day in stride(from: -700_000, through: 2_900_000, by: 997) {
      let date = CivilDate(dayNumber: day)
      #expect(date.dayNumber == day)
      #expect(CivilDate(iso: date.description) == date)
    }
    #expect(CivilDate(iso: "2024-02-29") != nil)
    #expect(CivilDate(iso: "2023-02-29") == nil)
    #expect(CivilDate(iso: "2024-1-05") == nil)
    #expect(CivilDate(iso: "2024-01-08")?.isoWeekday == 1)
  }
}
