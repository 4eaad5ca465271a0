import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The poortwachtertoets estimate: the mapping from findings to toets questions is complete and
/// its worked examples hold; the three reference samples give laag, middel and hoog.
@Suite struct ToetsTests {
  static func evaluation(_ file: String) throws -> CaseEvaluation {
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/" + file))
    return RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2026-11-22"))
  }

  @Test func everyRuleBelongsToExactlyOneQuestionOrIsOutsideTheToets() {
    for rule in RuleCatalogue.standard {
      let id = rule.description.id
      let entries = ToetsMapping.standard.filter { $0.covers(id) }
      let outside = ToetsMapping.outside.contains { $0.hasSuffix(".") ? id.hasPrefix($0) : id == $0 }
      #expect(
        entries.count + (outside ? 1 : 0) == 1, "\(id): \(entries.map(\.regel)), buiten de toets: \(outside)")
    }
  }

  @Test(arguments: ToetsExample.standard.indices) func workedExample(_ index: Int) throws {
    let example = ToetsExample.standard[index]
    let timeline = try Self.evaluation("vz-2023-0412.yaml").timeline
    let findings = example.bevindingen.map {
      Finding(ruleID: $0.0, severity: $0.1, message: "", bron: "", location: nil, path: nil)
    }
    let toets = Poortwachtertoets(findings: findings, timeline: timeline)
    #expect(toets.risico == example.risico, "\(example.situatie)")
    for vraag in toets.vragen {
      #expect(vraag.oordeel == example.oordelen[vraag.id] ?? .voldoende, "\(example.situatie): \(vraag.id)")
      let counted = example.bevindingen.filter {
        ToetsMapping.oordeel(
          .init(
            ruleID: $0.0, severity: $0.1, message: "", bron: "", location: nil, path: nil))?.0 == vraag.id
      }
      // The first question is answered by an info finding, which counts for no verdict.
      let answers =
        vraag.id == .bevredigendResultaat
        ? example.bevindingen.filter { $0.0 == SatisfactoryResultRule.id } : counted
      #expect(Set(vraag.regels) == Set(answers.map(\.0)), "\(example.situatie): \(vraag.id)")
      let order = vraag.regels.map { Poortwachtertoets.catalogueOrder[$0] ?? -1 }
      #expect(order == order.sorted(), "regels in catalogue order: \(vraag.regels)")
    }
  }

  @Test(arguments: [
    // VZ-2024-0163 works 32 of 40 hours in other work since March 2026: a satisfactory result, so
    // its warning about the werkplan no longer weighs (issue #23 B).
    ("vz-2023-0412.yaml", ToetsRisico.laag), ("vz-2024-0163.yaml", .laag), ("vz-2023-0274.yaml", .hoog),
  ])
  func referenceSamples(_ file: String, _ risico: ToetsRisico) throws {
    let toets = try Self.evaluation(file).toets
    #expect(toets.risico == risico)
    #expect(toets.vragen.map(\.id) == ToetsVraag.allCases)
  }

  @Test func theHighRiskSampleNamesItsReasons() throws {
    let toets = try Self.evaluation("vz-2023-0274.yaml").toets
    let byID = Dictionary(uniqueKeysWithValues: toets.vragen.map { ($0.id, $0) })
    #expect(byID[.tweedeSpoor]?.oordeel == .onvoldoende)
    #expect(byID[.tweedeSpoor]?.regels.first == "wvp.tweede-spoor.te-laat")
    #expect(byID[.adAdvies]?.regels == ["wvp.arbeidsdeskundig-advies.niet-opgevolgd"])
    #expect(
      byID[.eindevaluatie]?.toelichting.contains("Eindevaluatie terwijl een advies over spoor 1 nog open is")
        == true)
  }

  @Test func aRunningCaseSaysWhatIsNotYetDue() throws {
    let toets = try Self.evaluation("vz-2026-0301.yaml").toets
    #expect(toets.risico == .laag)
    let spoor2 = try #require(toets.vragen.first { $0.id == .tweedeSpoor })
    #expect(spoor2.toelichting.hasPrefix("Nog niet aan de orde op de peildatum"))
  }

  @Test func checkJSONCarriesTheEstimateWithItsLabel() throws {
    let json = CheckJSON(try Self.evaluation("vz-2024-0163.yaml")).compactJSON()
    #expect(
      json.contains("\"toets\":{\"inschatting\":\"inschatting, geen oordeel van UWV\",\"risico\":\"laag\""))
    #expect(json.contains("\"regels\":[\"wvp.tweede-spoor.onder-werkplan\"]"))
    #expect(json.contains("\"regels\":[\"wvp.toets.bevredigend-resultaat\"]"))
    let unreadable = CheckJSON(file: "x.yaml", diagnostics: [], peildatum: TestSupport.date("2026-11-22"))
    #expect(unreadable.compactJSON().contains("\"toets\":null"))
  }

  @Test func theIndexShowsTheRiskAndSortsByIt() throws {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("pw-toets-\(UUID().uuidString)")
      .path
    defer { try? FileManager.default.removeItem(atPath: out) }
    _ = try TestSupport.run(["batch", "SampleCases", "--out", out, "--as-of", "2026-11-22"])
    let html = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
    #expect(
      html.contains(
        "<th data-type=\"getal\" title=\"Inschatting van de poortwachtertoets, geen oordeel van UWV\">"))
    let rows = html.components(separatedBy: "\n").filter { $0.hasPrefix("<tr><td>VZ-") }
    #expect(rows.count == 13)
    let risks = [
      ("VZ-2023-0412", "1\">laag risico"), ("VZ-2024-0163", "1\">laag risico"),
      ("VZ-2023-0274", "3\">hoog risico"),
    ]
    for (kenmerk, cell) in risks {
      #expect(
        rows.contains { $0.hasPrefix("<tr><td>\(kenmerk)<") && $0.contains("data-sort=\"\(cell)") },
        "\(kenmerk)")
    }
    let controle = try String(contentsOfFile: out + "/VZ-2023-0274/controle.html", encoding: .utf8)
    #expect(
      controle.contains("hoog risico op een loonsanctie")
        && controle.contains("inschatting, geen oordeel van UWV"))
  }
}

/// Issue #23 B: the toets starts with "is there a satisfactory result?".
@Suite struct SatisfactoryResultTests {
  static let yaml = """
    formaat: poortwachter/1
    kenmerk: VZ-BEVREDIGEND
    werknemer: { naam: J. Jansen, uren_per_week: 32 }
    verzuim:
      eerste_ziektedag: 2024-01-08
      werkhervattingen: [ { vanaf: 2025-05-01, uren_per_week: 24, soort: aangepast_werk } ]

    """

  @Test func theFirstQuestionIsTheSatisfactoryResult() {
    #expect(ToetsVraag.allCases.first == .bevredigendResultaat)
  }

  @Test func aSatisfactoryResultMakesTheEffortsMoot() throws {
    let loaded = try #require(TestSupport.loaded(Self.yaml))
    let evaluation = RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2025-09-01"))
    // The case misses its probleemanalyse, plan and more: without the result that is hoog.
    #expect(evaluation.findings.contains { $0.ruleID == "wvp.probleemanalyse.ontbreekt" })
    let toets = evaluation.toets
    #expect(toets.isSatisfactory)
    #expect(
      toets.vragen.first?.toelichting.hasPrefix(
        "Ja, waarschijnlijk: bevredigend resultaat: sinds 1 mei 2025 24 van 32 uur per week (75%) aangepast werk"
      ) == true)
    #expect(
      toets.risico
        == (toets.vragen.contains { $0.id == .dossierCompleet && $0.oordeel != .voldoende } ? .middel : .laag)
    )
    let fewer = try #require(
      TestSupport.loaded(Self.yaml.replacingOccurrences(of: "uren_per_week: 24", with: "uren_per_week: 16")))
    let without = RuleEngine().evaluate(fewer, peildatum: TestSupport.date("2025-09-01")).toets
    #expect(!without.isSatisfactory && without.risico == .hoog)
  }
}
