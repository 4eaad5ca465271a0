import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

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
    // A vrijwillige verlenging moves the RIV parts and the WIA application by its 26 weeks
    // (art. 64 lid 3 WIA); the loonsanctie moves only the end.
    #expect(deadline(t, .actueelOordeel) == "2026-03-31")
    #expect(deadline(t, .eindevaluatie) == "2026-03-31")
    #expect(deadline(t, .rivAanWerknemer) == "2026-03-31")
    #expect(deadline(t, .wiaAanvraag) == "2026-04-14")
    #expect(t?[.wiaAanvraag]?.basis == "laatste dag van week 93 + 26 weken vrijwillige verlenging")
    let sanctionOnly = timeline("verzuim:\n  eerste_ziektedag: 2024-01-03\n  loonsanctie: { weken: 52 }\n")
    #expect(deadline(sanctionOnly, .wiaAanvraag) == "2025-10-14")
    #expect(deadline(sanctionOnly, .eindeWachttijd) == "2026-12-29")
  }

  @Test func verlengingWeeksAddUp() {
    let t = timeline(
      "verzuim:\n  eerste_ziektedag: 2024-01-03\n  verlengingen: [ { weken: 10 }, { weken: 16 } ]\n")
    #expect(deadline(t, .wiaAanvraag) == "2026-04-14")
    #expect(deadline(t, .eindeWachttijd) == "2026-06-30")
  }

  @Test func fitOnTheDeadlineDayOwesNothing() {
    // Week 6 of a case from 2024-01-08 ends on 2024-02-18; fit on that day: no probleemanalyse owed.
    let t = timeline("verzuim: { eerste_ziektedag: 2024-01-08, volledig_hersteld_op: 2024-02-18 }\n")
    #expect(t?[.probleemanalyse]?.status == .nietVanToepassing)
    let dayAfter = timeline("verzuim: { eerste_ziektedag: 2024-01-08, volledig_hersteld_op: 2024-02-19 }\n")
    #expect(dayAfter?[.probleemanalyse]?.status == .verlopen)
  }

  @Test func aDocumentAfterThePeildatumIsNotDone() {
    let t = timeline(
      "verzuim: { eerste_ziektedag: 2024-01-08 }\n", peildatum: "2024-02-10",
      extra: "probleemanalyse: { datum: 2024-02-15 }\n")
    #expect(t?[.probleemanalyse]?.gedaan == nil)
    #expect(t?[.probleemanalyse]?.status == .open)
  }

  @Test func ziekUitDienstRowsCarryTheLastDay() throws {
    let yaml =
      "formaat: poortwachter/1\nkenmerk: T\nwerknemer: { naam: J, uit_dienst: 2024-04-30 }\n"
      + "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
    let loaded = try #require(TestSupport.loaded(yaml))
    let t = Timeline(caseFile: loaded.caseFile, peildatum: TestSupport.date("2024-06-01"))
    // 114 days employed while sick: volledig RIV, all three parts due on the last day.
    for id in [Milestone.ID.actueelOordeel, .eindevaluatie, .rivAanWerknemer] {
      #expect(t[id]?.uiterlijk.description == "2024-04-30")
      #expect(t[id]?.basis == "laatste dag van het dienstverband (ziek uit dienst)")
    }
    #expect(t[.wiaAanvraag]?.status == .nietVanToepassing)
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
    ("2026-05-14", "2026-05-18", "Hemelvaartsdag en de gelijkgestelde vrijdag 15 mei 2026"),
    ("2026-12-25", "2026-12-28", "beide Kerstdagen en de zondag"),
    ("2024-03-29", "2024-04-02", "Goede Vrijdag (art. 3 lid 2), weekend en Tweede Paasdag"),
    ("2026-04-03", "2026-04-07", "Goede Vrijdag 2026, weekend en Tweede Paasdag"),
    ("2013-04-30", "2013-05-01", "Koninginnedag 2013 (dinsdag)"),
    ("2024-05-10", "2024-05-13", "gelijkgestelde vrijdag na Hemelvaartsdag 2024"),
    ("2024-12-27", "2024-12-30", "gelijkgestelde vrijdag na Tweede Kerstdag 2024"),
    ("2018-12-24", "2018-12-27", "gelijkgestelde 24 december 2018 en beide Kerstdagen"),
    ("2026-01-02", "2026-01-05", "gelijkgestelde vrijdag 2 januari 2026"),
    ("2024-10-26", "2024-10-28", "zaterdag"),
  ]

  @Test(arguments: holidayCases)
  func report42MovesToTheNextWorkingDay(_ c: (afterWeek42: String, expected: String, why: String)) {
    let first = TestSupport.date(c.afterWeek42).adding(days: -294)
    let t = timeline("verzuim: { eerste_ziektedag: \(first) }\n")
    #expect(deadline(t, .melding42eWeek) == c.expected, "\(c.why)")
  }

  @Test func goodFridayExampleOfTheIssue() {
    // F 2025-06-13: week 42 ends 2026-04-02; 3 April is Goede Vrijdag, 6 April Tweede Paasdag.
    let t = timeline(
      "verzuim: { eerste_ziektedag: 2025-06-13 }\n", peildatum: "2026-05-01",
      extra: "melding_42e_week: { datum: 2026-04-07 }\n")
    #expect(deadline(t, .melding42eWeek) == "2026-04-07")
    #expect(t?[.melding42eWeek]?.status == .opTijd)
    #expect(t?[.melding42eWeek]?.basis.contains("3 april 2026 is Goede Vrijdag") == true)
  }

  @Test func aYearWithoutKnownEquatedDaysIsSaid() {
    // Week 42 of a case from 2030-09-02 ends in June 2031, a year no decree covers yet.
    let t = timeline("verzuim: { eerste_ziektedag: 2030-09-02 }\n")
    #expect(t?[.melding42eWeek]?.basis.contains("gelijkgestelde dagen voor 2031 niet bekend") == true)
    let known = timeline("verzuim: { eerste_ziektedag: 2025-06-13 }\n")
    #expect(known?[.melding42eWeek]?.basis.contains("niet bekend") == false)
    #expect(!EquatedDays.isKnown(2021) && EquatedDays.isKnown(2024) && EquatedDays.isKnown(2018))
  }

  @Test func kingsAndQueensDay() {
    #expect(DutchHolidays.holiday(on: TestSupport.date("2013-04-30")) == "Koninginnedag")
    #expect(DutchHolidays.holiday(on: TestSupport.date("2006-04-29")) == "Koninginnedag")
    #expect(DutchHolidays.holiday(on: TestSupport.date("2014-04-26")) == "Koningsdag")
    #expect(DutchHolidays.holiday(on: TestSupport.date("2013-04-27")) == nil)
    #expect(DutchHolidays.holiday(on: TestSupport.date("2025-04-18")) == "Goede Vrijdag")
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
