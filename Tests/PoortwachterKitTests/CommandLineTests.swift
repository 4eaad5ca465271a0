import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// End-to-end: the built `poortwachter` binary, its stdout, stderr and exit code.
@Suite(.serialized) struct CommandLineTests {
  @Test func checkReportsTheBrokenFileAndStillChecksTheRest() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pw-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(
      atPath: TestSupport.sampleCases + "/vz-2023-0412.yaml",
      toPath: folder.appendingPathComponent("a.yaml").path)
    try
      "formaat: poortwachter/1\nkenmerk: KAPOT\nwerknemer: { naam: J, bsn: \"123456789\" }\nverzuim:\n  eerste_ziekte_dag: 2024-01-08\n"
      .write(to: folder.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
    let result = try TestSupport.run(["check", folder.path, "--as-of", "2026-11-22"])
    #expect(result.status == 65)
    #expect(
      result.out.hasSuffix(
        "2 dossiers gecontroleerd: 1 compleet, 0 in orde, 0 alleen waarschuwingen, 0 met fouten, 1 onleesbaar\n"
      ))
    #expect(result.out.contains("VZ-2023-0412"))
    #expect(result.err.contains("/b.yaml:3:28: fout: BSN '******789' voldoet niet aan de elfproef"))
    #expect(result.err.contains("/b.yaml:5:3: fout: onbekende sleutel 'eerste_ziekte_dag'"))
    #expect(!result.err.contains("123456789") && !result.out.contains("123456789"))
  }

  @Test func findingsGiveExitOneAndJsonFollowsTheContract() throws {
    let file = TestSupport.sampleCases + "/vz-2025-0142.yaml"
    let text = try TestSupport.run(["check", file, "--as-of", "2026-11-22"])
    #expect(text.status == 1)
    #expect(text.out.contains("vz-2025-0142.yaml:65:10: fout: [wvp.plan-van-aanpak.te-laat]"))
    let json = try TestSupport.run(["check", file, "--as-of", "2026-11-22", "--format", "json"])
    #expect(json.status == 1)
    let object = try JSONSerialization.jsonObject(with: Data(json.out.utf8)) as? [String: Any]
    #expect(object?["kenmerk"] as? String == "VZ-2025-0142")
    #expect(object?["peildatum"] as? String == "2026-11-22")
    let milestones = object?["mijlpalen"] as? [[String: Any]]
    #expect(milestones?.map { $0["id"] as? String } == Milestone.ID.allCases.map(\.rawValue))
    #expect(milestones?.first?["vanaf"] is NSNull)
    let findings = object?["bevindingen"] as? [[String: Any]]
    #expect(findings?.contains { $0["regel"] as? String == "wvp.plan-van-aanpak.te-laat" } == true)
    let again = try TestSupport.run(["check", file, "--as-of", "2026-11-22", "--format", "json"])
    #expect(again.out == json.out)
  }

  @Test func usageErrorsExit64() throws {
    #expect(try TestSupport.run(["check", "SampleCases", "--as-of", "2026-02-30"]).status == 64)
    #expect(try TestSupport.run(["check", "bestaat-niet"]).status == 64)
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("pw-leeg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    let nothing = try TestSupport.run(["check", empty.path])
    #expect(nothing.status == 64)
    #expect(nothing.err.contains("geen casusbestanden (.yaml, .yml of .xml) gevonden in"))
    let folder = try TestSupport.run(["render", "SampleCases", "--out", "/tmp/pw-niet-gebruikt"])
    #expect(folder.status == 64)
    #expect(folder.err.contains("'SampleCases' is een map; render maakt het dossier van één casusbestand"))
    #expect(!folder.err.contains("NSCocoaErrorDomain"))
    let missing = try TestSupport.run(["render", "bestaat-niet.yaml", "--out", "/tmp/pw-niet-gebruikt"])
    #expect(missing.status == 64)
    #expect(missing.err.contains("'bestaat-niet.yaml' bestaat niet"))
  }

  @Test func usageErrorsAndHelpAreDutch() throws {
    let typo = try TestSupport.run(["check", "SampleCases", "--peildatun", "2026-11-22"])
    #expect(typo.status == 64)
    #expect(
      typo.err.hasPrefix(
        "fout: onbekende optie '--peildatun'; bedoelde u '--peildatum'?\nGebruik: poortwachter check"))
    #expect(typo.err.contains("Zie 'poortwachter check --help' voor meer informatie."))
    let missing = try TestSupport.run(["render"])
    #expect(missing.status == 64)
    #expect(missing.err.hasPrefix("fout: verplicht argument '<bestand>' ontbreekt"))
    let choice = try TestSupport.run(["check", "SampleCases", "--format", "xml"])
    #expect(choice.status == 64)
    #expect(
      choice.err.hasPrefix(
        "fout: de waarde 'xml' is ongeldig voor '--formaat <formaat>'. Kies een van: 'tekst' en 'json'."),
      "\(choice.err)")
    let help = try TestSupport.run(["check", "--help"])
    #expect(help.status == 0)
    for heading in [
      "OVERZICHT:", "GEBRUIK:", "ARGUMENTEN:", "OPTIES:", "Toont deze hulp.", "(waarden: tekst, json",
    ] {
      #expect(help.out.contains(heading), "\(heading)")
    }
    for english in ["OVERVIEW", "USAGE", "OPTIONS", "Show help", "default:", "values:"] {
      #expect(!help.out.contains(english), "\(english)")
    }
  }

  /// `genereer` is for measuring a set-up: not in the top-level help, but it runs and has its own help.
  @Test func genereerIsHiddenFromTheTopLevelHelpOnly() throws {
    let help = try TestSupport.run(["--help"])
    #expect(help.status == 0 && help.out.contains("  nieuw "))
    #expect(!help.out.contains("genereer"))
    let own = try TestSupport.run(["genereer", "--help"])
    #expect(own.status == 0 && own.out.contains("Schrijft synthetische casussen"))
  }

  @Test func strictTurnsWarningsIntoFailure() throws {
    // On 10 January 2027 the week-10 sample has gone 52 days without evaluation: a warning only.
    let file = TestSupport.sampleCases + "/vz-2026-0301.yaml"
    #expect(try TestSupport.run(["check", file, "--as-of", "2027-01-10"]).status == 0)
    #expect(try TestSupport.run(["check", file, "--as-of", "2027-01-10", "--strict"]).status == 1)
  }

  @Test func anEmptyAgendaCalendarIsNotWrittenSilently() throws {
    let ics = FileManager.default.temporaryDirectory.appendingPathComponent("pw-\(UUID().uuidString).ics")
      .path
    defer { try? FileManager.default.removeItem(atPath: ics) }
    let file = TestSupport.sampleCases + "/vz-2025-0088.yaml"
    // By default the calendar holds every open step, also beyond the list's 14 days.
    let all = try TestSupport.run(["agenda", file, "--as-of", "2026-11-22", "--ics", ics])
    #expect(all.out.contains("0 termijnen in de komende 14 dagen"))
    #expect(all.err.contains("(7 termijnen)"))
    // Limited with --dagen, an empty calendar says so.
    let result = try TestSupport.run(["agenda", file, "--as-of", "2026-11-22", "--dagen", "14", "--ics", ics])
    #expect(result.status == 0)
    #expect(result.out.contains("0 termijnen in de komende 14 dagen"))
    #expect(result.err.contains("(leeg: 0 termijnen in de komende 14 dagen;"))
    #expect(result.err.contains("gebruik --dagen 19 of meer"))
    let wider = try TestSupport.run(["agenda", file, "--as-of", "2026-11-22", "--dagen", "19", "--ics", ics])
    #expect(wider.err.contains("(1 termijn)"))
    #expect(try String(contentsOfFile: ics, encoding: .utf8).contains("VZ-2025-0088-evaluatie@poortwachter"))
  }

  @Test func rulesReferenceIsUpToDate() throws {
    let committed = try String(
      contentsOfFile: TestSupport.packageRoot.appendingPathComponent("docs/regels.md").path, encoding: .utf8)
    #expect(
      committed == RuleReference.markdown(RuleCatalogue.standard),
      "docs/regels.md is verouderd: draai 'swift run poortwachter regels --format markdown > docs/regels.md'")
  }
}
