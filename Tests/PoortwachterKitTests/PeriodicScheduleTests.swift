import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Issue #23 A.1-A.3: documents dated after the peildatum set no deadline, the periodic steps have
/// one definition (rules, agenda and dossier agree), and the tweede spoor is checked until a
/// plaatsing, the eindevaluatie or the WIA application.
@Suite struct PeriodicScheduleTests {
  static let head = "formaat: poortwachter/1\nkenmerk: VZ-PERIODE\nwerknemer: { naam: J. Jansen }\n"

  func evaluate(_ yaml: String, _ peildatum: String) throws -> CaseEvaluation {
    let loaded = try #require(TestSupport.loaded(yaml), "\(TestSupport.diagnostics(yaml).map(\.formatted))")
    return RuleEngine().evaluate(loaded, peildatum: TestSupport.date(peildatum))
  }

  func ids(_ evaluation: CaseEvaluation) -> [String] { evaluation.findings.map(\.ruleID) }

  // MARK: A.1 documents dated after the peildatum

  @Test func aProbleemanalyseAfterThePeildatumSetsNoPlanDeadline() throws {
    let yaml =
      Self.head
      + "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
      + "probleemanalyse: { datum: 2024-03-10, benutbare_mogelijkheden: false }\n"
    let evaluation = try evaluate(yaml, "2024-03-05")
    let plan = try #require(evaluation.timeline[.planVanAanpak])
    // As without an analysis: the last day of week 8, overdue, and still required.
    #expect(plan.uiterlijk.description == "2024-03-03")
    #expect(plan.basis == "laatste dag van week 8 (geen probleemanalyse van deze wachttijd op de peildatum)")
    #expect(plan.status == .verlopen)
    #expect(ids(evaluation).contains("wvp.plan-van-aanpak.ontbreekt"))
    #expect(ids(evaluation).contains("wvp.invoer.datum-na-peildatum"))
  }

  @Test func anEerstejaarsevaluatieAfterThePeildatumSetsNoTweedeSpoorDeadline() throws {
    let yaml =
      Self.head + "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
      + "eerstejaarsevaluatie: { datum: 2024-12-02 }\n"
    let row = try #require(try evaluate(yaml, "2024-11-20").timeline[.tweedeSpoor])
    #expect(row.uiterlijk.description == "2025-02-16")
    #expect(row.basis == "laatste dag van week 52 + 42 dagen")
  }

  @Test func anEerstejaarsevaluatieAfterThePeildatumExcusesNoMissingTweedeSpoor() throws {
    let yaml =
      Self.head + "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
      + "eerstejaarsevaluatie: { datum: 2025-03-10, tweede_spoor_nodig: false, "
      + "onderbouwing: Terugkeer in eigen werk verwacht. }\n"
    #expect(ids(try evaluate(yaml, "2025-03-01")).contains("wvp.tweede-spoor.ontbreekt"))
    #expect(!ids(try evaluate(yaml, "2025-03-10")).contains("wvp.tweede-spoor.ontbreekt"))
  }

  // MARK: A.2 one definition of the periodic steps

  /// The reproducer of the issue: the running tweede spoor of the agenda tests on 4 April 2025.
  @Test func agendaAndCheckAgreeOnTheTweedeSpoorReport() throws {
    let evaluation = try evaluate(AgendaTests.runningSpoor, "2025-04-04")
    let report = try #require(evaluation.agenda.first { $0.kind == .rapportageTweedeSpoor })
    #expect(report.deadline.description == "2025-04-05" && report.daysLeft == 1)
    #expect(!ids(evaluation).contains("wvp.tweede-spoor.rapportage"))
  }

  /// On every peildatum the agenda's step is overdue exactly when the rule reports an open period.
  @Test(arguments: ["evaluatie", "rapportage"])
  func agendaIsOverdueExactlyWhenTheRuleFires(_ step: String) throws {
    let kind: AgendaItem.Kind = step == "evaluatie" ? .evaluatie : .rapportageTweedeSpoor
    let rules =
      step == "evaluatie"
      ? ["wvp.evaluaties.interval", "wvp.evaluaties.interval-ernstig"]
      : [
        "wvp.tweede-spoor.rapportage"
      ]
    var day = TestSupport.date("2025-02-21")
    while day <= TestSupport.date("2025-05-31") {
      let evaluation = try evaluate(AgendaTests.runningSpoor, day.description)
      let overdue = evaluation.agenda.contains { $0.kind == kind && $0.daysLeft < 0 }
      // The open period: since the last evaluation, or since the only rapportage.
      let fired = evaluation.findings.contains {
        rules.contains($0.ruleID)
          && ($0.message.contains("sinds") || $0.path?.description == "tweede_spoor.rapportages[1].datum")
      }
      #expect(overdue == fired, "\(step) op \(day)")
      day = day.adding(days: 1)
    }
  }

  @Test func aBijstellingOfThePlanRestartsTheEvaluationInterval() throws {
    let yaml =
      Self.head + "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
      + "plan_van_aanpak:\n  datum: 2024-02-22\n  bijstellingen: [ { datum: 2024-03-20 } ]\n"
    let evaluation = try evaluate(yaml, "2024-04-20")
    #expect(!ids(evaluation).contains("wvp.evaluaties.interval"))
    let next = try #require(evaluation.agenda.first { $0.kind == .evaluatie })
    #expect(next.deadline.description == "2024-05-01")
    #expect(next.basis == "laatste bijstelling van het plan van aanpak (20 maart 2024) + 6 weken")
    let late = try evaluate(yaml, "2024-05-02")
    let finding = try #require(late.findings.first { $0.ruleID == "wvp.evaluaties.interval" })
    #expect(finding.path?.description == "plan_van_aanpak.bijstellingen[1].datum")
  }

  @Test func theDeadlineIsTheLastDayWithinFortyTwoSickDays() throws {
    let loaded = try #require(TestSupport.loaded(AgendaTests.runningSpoor))
    let timeline = Timeline(caseFile: loaded.caseFile, peildatum: TestSupport.date("2025-03-01"))
    let schedule = try #require(PeriodicSchedule.reports(loaded.caseFile, timeline: timeline))
    // 15 February + 42 days is 29 March; the interruption 3 to 10 March adds 7 days.
    #expect(schedule.deadline(after: TestSupport.date("2025-02-15")).description == "2025-04-05")
    // 20 January + 42 days is 3 March, the day of recovery: the 7 interruption days (3 to 9 March)
    // do not count, so the next one is due on 10 March, the first sick day again.
    #expect(schedule.deadline(after: TestSupport.date("2025-01-20")).description == "2025-03-10")
  }

  // MARK: A.3 the tweede spoor runs until a plaatsing, the eindevaluatie or the WIA application

  static let spoor =
    head + """
      verzuim: { eerste_ziektedag: 2024-01-08 }
      tweede_spoor:
        gestart_op: 2025-01-10
        fasen: [ { fase: intake, van: 2025-01-10, tot: 2025-02-01 } ]
        activiteiten: [ { datum: 2025-02-10, soort: sollicitatie } ]
        rapportages: [ { datum: 2025-02-15 } ]

      """

  @Test func closedPhasesDoNotEndTheTweedeSpoor() throws {
    let evaluation = try evaluate(Self.spoor, "2025-06-01")
    #expect(ids(evaluation).contains("wvp.tweede-spoor.rapportage"))
    #expect(ids(evaluation).contains("wvp.tweede-spoor.zoekactiviteit"))
    #expect(evaluation.agenda.contains { $0.kind == .rapportageTweedeSpoor })
  }

  @Test func ninetyEightDaysWithoutARapportageBeforeTheEindevaluatieIsAFinding() throws {
    let yaml = Self.spoor + "eindevaluatie: { datum: 2025-05-24 }\n"
    let evaluation = try evaluate(yaml, "2025-10-01")
    let finding = try #require(evaluation.findings.first { $0.ruleID == "wvp.tweede-spoor.rapportage" })
    #expect(finding.message.contains("van 15 februari 2025 tot 24 mei 2025 (98 ziektedagen"))
    #expect(evaluation.findings.filter { $0.ruleID == "wvp.tweede-spoor.rapportage" }.count == 1)
    #expect(!evaluation.agenda.contains { $0.kind == .rapportageTweedeSpoor })
  }

  @Test(arguments: ["eindevaluatie: { datum: 2025-03-10 }\n", "wia_aanvraag: { datum: 2025-03-10 }\n"])
  func theEindevaluatieOrTheWiaApplicationEndsTheTweedeSpoor(_ end: String) throws {
    let evaluation = try evaluate(Self.spoor + end, "2025-06-01")
    #expect(!ids(evaluation).contains("wvp.tweede-spoor.rapportage"))
    #expect(!ids(evaluation).contains("wvp.tweede-spoor.zoekactiviteit"))
  }

  @Test func aPlaatsingEndsTheTweedeSpoor() throws {
    let placed = Self.spoor.replacingOccurrences(
      of: "tot: 2025-02-01 } ]", with: "tot: 2025-02-01 }, { fase: plaatsing, van: 2025-03-01 } ]")
    #expect(!ids(try evaluate(placed, "2025-06-01")).contains("wvp.tweede-spoor.rapportage"))
  }
}

/// The one definition holds over many generated cases and peildata: the agenda's evaluation is
/// overdue exactly when the evaluation rules report an open period.
@Suite struct PeriodicScheduleAgreementTests {
  @Test func agendaAndRulesAgreeOnGeneratedCases() throws {
    let generator = SyntheticCases(peildatum: TestSupport.date("2026-11-22"))
    let rules: Set<String> = ["wvp.evaluaties.interval", "wvp.evaluaties.interval-ernstig"]
    var compared = 0
    for index in 0..<60 {
      let loaded = try #require(TestSupport.loaded(generator.yaml(index)))
      for offset in stride(from: -700, through: 0, by: 37) {
        let peildatum = TestSupport.date("2026-11-22").adding(days: offset)
        let evaluation = RuleEngine().evaluate(loaded, peildatum: peildatum)
        guard let schedule = PeriodicSchedule.evaluations(loaded.caseFile, timeline: evaluation.timeline),
          schedule.stop.map({ $0 > peildatum }) ?? true
        else { continue }
        let overdue = evaluation.agenda.contains { $0.kind == .evaluatie && $0.daysLeft < 0 }
        let open = evaluation.findings.contains { rules.contains($0.ruleID) && $0.message.hasPrefix("sinds") }
        #expect(overdue == open, "case \(index) on \(peildatum)")
        compared += 1
      }
    }
    #expect(compared > 100)
  }
}
