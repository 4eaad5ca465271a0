import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// One test per diagnostic kind: exact position and message.
@Suite struct LoaderDiagnosticsTests {
  static let head = "formaat: poortwachter/1\nkenmerk: VZ-1\nwerknemer: { naam: J. Jansen }\n"

  func only(_ yaml: String) -> Diagnostic? {
    let found = TestSupport.diagnostics(yaml)
    #expect(found.count == 1, "expected one diagnostic, got \(found.map(\.formatted))")
    return found.first
  }

  @Test func yamlSyntaxErrorNamesLineAndShowsIt() {
    let d = only(
      Self.head + "verzuim:\n  eerste_ziektedag: 2024-01-08\n    melding_bedrijfsarts: 2024-01-09\n")
    #expect(d?.code == "invoer.yaml-syntax")
    #expect(d?.location == SourceLocation(line: 6, column: 25))
    #expect(d?.message.hasPrefix("YAML-syntaxfout: ':' op een plek waar geen sleutel kan staan") == true)
    #expect(d?.sourceLine == "    melding_bedrijfsarts: 2024-01-09")
  }

  @Test func wrongTypeForDate() {
    let d = only(Self.head + "verzuim:\n  eerste_ziektedag: 12\n")
    #expect(
      d?.formatted == "case.yaml:5:21: fout: 'verzuim.eerste_ziektedag' moet een datum zijn in de vorm "
        + "JJJJ-MM-DD (bijv. 2024-01-08), gevonden '12'")
  }

  @Test func impossibleDateSaysWhy() {
    let d = only(Self.head + "verzuim:\n  eerste_ziektedag: 2024-02-30\n")
    #expect(
      d?.formatted == "case.yaml:5:21: fout: '2024-02-30' is geen bestaande datum "
        + "('verzuim.eerste_ziektedag'): februari 2024 heeft 29 dagen")
  }

  @Test func missingRequiredKeyPointsAtTheMapping() {
    let d = only(Self.head + "verzuim:\n  melding_bedrijfsarts: 2024-01-09\n")
    #expect(
      d?.formatted
        == "case.yaml:5:3: fout: 'verzuim.eerste_ziektedag' ontbreekt; deze sleutel is verplicht: "
        + "voeg 'eerste_ziektedag' toe onder 'verzuim'")
  }

  @Test func missingRequiredKeyAtTheTopSaysWhereToAddIt() {
    let d = only(
      "formaat: poortwachter/1\nwerknemer: { naam: J. Jansen }\nverzuim: { eerste_ziektedag: 2024-01-08 }\n")
    #expect(
      d?.formatted
        == "case.yaml:1:1: fout: 'kenmerk' ontbreekt; deze sleutel is verplicht: voeg 'kenmerk' bovenaan toe")
  }

  /// A document or list item without its required date is missing that date, plainly, and the
  /// case does not load: nothing downstream sees a made-up date.
  @Test(arguments: [
    ("probleemanalyse: { prognose: goed }\n", "5:18", "probleemanalyse.datum", "probleemanalyse"),
    ("evaluaties:\n  - { verslag: goed }\n", "6:5", "evaluaties[1].datum", "evaluaties[1]"),
    (
      "tweede_spoor:\n  voortgang:\n    - { van: 2025-01-06, sollicitaties: 2 }\n", "7:7",
      "tweede_spoor.voortgang[1].tot", "tweede_spoor.voortgang[1]"
    ),
  ])
  func missingRequiredDateIsMissing(_ yaml: String, _ at: String, _ path: String, _ parent: String) {
    let text = Self.head + "verzuim: { eerste_ziektedag: 2024-01-08 }\n" + yaml
    let d = only(text)
    let key = path.split(separator: ".").last.map(String.init) ?? path
    #expect(
      d?.formatted
        == "case.yaml:\(at): fout: '\(path)' ontbreekt; deze sleutel is verplicht: voeg '\(key)' toe onder '\(parent)'"
    )
    #expect(TestSupport.loaded(text) == nil)
  }

  @Test func unknownKeySuggestsTheNearestAndListsTheAllowed() {
    let found = TestSupport.diagnostics(Self.head + "verzuim:\n  eerste_ziekte_dag: 2024-01-08\n")
    // The misspelt key is unknown, so the required key is also missing: both are reported.
    #expect(found.map(\.code) == ["invoer.onbekende-sleutel", "invoer.ontbreekt"])
    let d = found.first
    #expect(d?.location == SourceLocation(line: 5, column: 3))
    #expect(
      d?.message.hasPrefix(
        "onbekende sleutel 'eerste_ziekte_dag' in 'verzuim' (bedoelde u 'eerste_ziektedag'?); toegestaan: "
          + "eerste_ziektedag, melding_bedrijfsarts,") == true)
  }

  @Test func wrongFormat() {
    let d = only(
      "formaat: poortwachter/2\nkenmerk: VZ-1\nwerknemer: { naam: J. Jansen }\n"
        + "verzuim: { eerste_ziektedag: 2024-01-08 }\n")
    #expect(
      d?.formatted == "case.yaml:1:10: fout: onbekend formaat 'poortwachter/2'; dit programma leest "
        + "'formaat: poortwachter/1'")
  }

  @Test func kenmerkWithForbiddenCharacters() {
    let d = only(
      "formaat: poortwachter/1\nkenmerk: VZ 2024/1\nwerknemer: { naam: J. Jansen }\n"
        + "verzuim: { eerste_ziektedag: 2024-01-08 }\n")
    #expect(d?.location == SourceLocation(line: 2, column: 10))
    #expect(d?.message.hasPrefix("kenmerk 'VZ 2024/1' is ongeldig: gebruik 1 tot 64 tekens") == true)
  }

  @Test func bsnFailingTheElfproefIsMasked() {
    let d = only(
      "formaat: poortwachter/1\nkenmerk: VZ-1\nwerknemer: { naam: J. Jansen, bsn: \"123456789\" }\n"
        + "verzuim: { eerste_ziektedag: 2024-01-08 }\n")
    #expect(
      d?.formatted
        == "case.yaml:3:36: fout: BSN '******789' voldoet niet aan de elfproef; controleer het nummer")
    #expect(d?.formatted.contains("123456789") == false)
  }

  @Test func malformedLoonheffingennummer() {
    let d = only(
      Self.head + "werkgever: { loonheffingennummer: 12345L01 }\nverzuim: { eerste_ziektedag: 2024-01-08 }\n")
    #expect(
      d?.formatted == "case.yaml:4:35: fout: loonheffingennummer '12345L01' heeft niet de vorm 9 cijfers + "
        + "'L' + 2 cijfers (bijv. 123456789L01)")
  }

  @Test func documentDatedBeforeTheFirstSickDay() {
    let d = only(
      Self.head + "verzuim: { eerste_ziektedag: 2024-01-08 }\nprobleemanalyse: { datum: 2023-12-20 }\n")
    #expect(
      d?.formatted == "case.yaml:5:27: fout: 'probleemanalyse.datum' (2023-12-20) ligt vóór de eerste "
        + "ziektedag (2024-01-08); controleer beide datums")
  }

  @Test func sickAgainMustFollowRecovery() {
    let d = only(
      Self.head + "verzuim:\n  eerste_ziektedag: 2024-01-08\n  onderbrekingen:\n"
        + "    - { hersteld_op: 2024-03-05, weer_ziek_op: 2024-03-01 }\n")
    #expect(
      d?.formatted
        == "case.yaml:7:48: fout: weer_ziek_op (2024-03-01) moet na hersteld_op (2024-03-05) liggen")
  }

  @Test func overlappingInterruptions() {
    let d = only(
      Self.head + "verzuim:\n  eerste_ziektedag: 2024-01-08\n  onderbrekingen:\n"
        + "    - { hersteld_op: 2024-03-01, weer_ziek_op: 2024-03-18 }\n"
        + "    - { hersteld_op: 2024-03-10, weer_ziek_op: 2024-03-20 }\n")
    #expect(d?.location == SourceLocation(line: 8, column: 22))
    #expect(d?.message.hasPrefix("onderbreking 2 overlapt met onderbreking 1") == true)
  }

  @Test func extensionWeeksOutOfRangeShowsTheNumber() {
    let found = only(
      Self.head
        + "verzuim:\n  eerste_ziektedag: 2024-01-08\n  verlengingen: [ { besluit_op: 2025-10-01, weken: 200 } ]\n"
    )
    #expect(found?.formatted.hasPrefix("case.yaml:6:52: fout: ") == true, "\(found?.formatted ?? "")")
    #expect(
      found?.message == "'verzuim.verlengingen[1].weken' moet tussen 1 en 104 weken liggen, gevonden 200")
  }

  @Test func aKenmerkThatIsABSNIsRefusedMasked() {
    let found = TestSupport.diagnostics(
      "formaat: poortwachter/1\nkenmerk: \"402015447\"\nwerknemer: { naam: J. Jansen }\n"
        + "verzuim: { eerste_ziektedag: 2024-01-08 }\n")
    #expect(found.map(\.code) == ["invoer.kenmerk"])
    #expect(found.first?.formatted.contains("402015447") == false)
    #expect(found.first?.message.hasPrefix("kenmerk '******447' is een BSN") == true)
  }

  @Test func anAbsurdWerkplanPromiseIsAnInputErrorNotACrash() throws {
    let sample = try String(
      contentsOfFile: TestSupport.sampleCases + "/vz-2023-0412.yaml", encoding: .utf8)
    let text = sample.replacingOccurrences(
      of: #"sollicitaties_per_week: \d+"#, with: "sollicitaties_per_week: 99999999999999999999",
      options: .regularExpression)
    #expect(text != sample)
    let found = TestSupport.diagnostics(text)
    #expect(found.count == 1)
    #expect(
      found.first?.message
        == "'tweede_spoor.werkplan.sollicitaties_per_week' moet tussen 0 en 100 per week liggen")
  }

  @Test func wrongEnumValueSuggests() {
    let d = only(
      Self.head + "verzuim:\n  eerste_ziektedag: 2024-01-08\n  werkhervattingen:\n"
        + "    - { vanaf: 2024-03-01, soort: aangepastwerk }\n")
    #expect(d?.location == SourceLocation(line: 7, column: 35))
    #expect(
      d?.message.hasPrefix(
        "'verzuim.werkhervattingen[1].soort' heeft onbekende waarde 'aangepastwerk' "
          + "(bedoelde u 'aangepast_werk'?)") == true)
  }

  @Test func allProblemsAreReportedInFileOrder() {
    let yaml =
      "formaat: poortwachter/1\nkenmerk: VZ-1\nwerknemer: { naam: J. Jansen, bsn: \"111111111\" }\n"
      + "verzuim:\n  eerste_ziektedag: 2024-13-01\n  onbekend: 1\nplan_van_aanpak: { datum: nooit }\n"
    let found = TestSupport.diagnostics(yaml)
    #expect(found.map(\.location?.line) == [3, 5, 6, 7])
    #expect(found.map(\.code) == ["invoer.bsn", "invoer.datum", "invoer.onbekende-sleutel", "invoer.datum"])
  }
}
