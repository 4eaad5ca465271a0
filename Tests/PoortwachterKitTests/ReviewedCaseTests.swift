import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Issue #23 B: the problems a UWV assessor found in a reviewed case are findings, and the
/// estimate names them instead of only a missing functieoverzicht.
@Suite struct ReviewedCaseTests {
  static let yaml = """
    formaat: poortwachter/1
    kenmerk: VZ-REVIEW
    werknemer: { naam: J. Jansen, uren_per_week: 36 }
    betrokkenen:
      arbeidsdeskundige: { naam: niet ingeschakeld }
    verzuim:
      eerste_ziektedag: 2024-01-08
      werkhervattingen: [ { vanaf: 2024-06-03, uren_per_week: 12, soort: aangepast_werk } ]
    probleemanalyse: { datum: 2024-02-12, advies: Uren geleidelijk opbouwen in aangepast werk. }
    plan_van_aanpak: { datum: 2024-02-22 }
    evaluaties:
      - { datum: 2024-04-01, verslag: Werknemer is gemotiveerd. Afspraken blijven staan. }
      - { datum: 2024-05-10, verslag: Afspraken blijven staan. Werknemer is gemotiveerd. }
    arbeidsdeskundige_onderzoeken: [ { datum: 2024-11-20, conclusie: Aangepast werk voortzetten. } ]
    tweede_spoor:
      gestart_op: 2025-01-10
      rapportages: [ { datum: 2025-02-15 } ]
    actueel_oordeel: { datum: 2025-05-20, passend_werk_bij_werkgever: Geen passend werk. }
    eindevaluatie: { datum: 2025-05-24 }
    riv_aan_werknemer: { datum: 2025-06-01 }
    oordeel_werknemer: { datum: 2025-05-28 }

    """

  @Test func theAssessorsPointsAreFindingsAndWeighInTheEstimate() throws {
    let loaded = try #require(
      TestSupport.loaded(Self.yaml), "\(TestSupport.diagnostics(Self.yaml).map(\.formatted))")
    let evaluation = RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2025-06-10"))
    let ids = Set(evaluation.findings.map(\.ruleID))
    for id in [
      "wvp.riv.betrokkenen-tegenstrijdig", "wvp.riv.oordeel-werknemer-voor-riv",
      "wvp.actueel-oordeel.passend-werk-tegenstrijdig", "wvp.evaluaties.herhaalde-tekst",
      "wvp.tweede-spoor.rapportage",
    ] {
      #expect(ids.contains(id), "\(id)")
    }
    let toets = evaluation.toets
    #expect(toets.risico == .hoog)
    let named = Set(toets.vragen.flatMap(\.regels))
    #expect(named.contains("wvp.riv.betrokkenen-tegenstrijdig"))
    #expect(named.contains("wvp.evaluaties.herhaalde-tekst"))
    #expect(named.contains("wvp.actueel-oordeel.passend-werk-tegenstrijdig"))
  }

  @Test func hoursStuckAfterAnAdviceToBuildUpAreAFinding() throws {
    let loaded = try #require(TestSupport.loaded(Self.yaml))
    let evaluation = RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2024-10-01"))
    let finding = try #require(
      evaluation.findings.first { $0.ruleID == "wvp.arbeidsdeskundig-advies.opbouw-stil" })
    #expect(finding.message.hasPrefix("de uren staan sinds 3 juni 2024 op 12 per week (17 weken"))
  }

  @Test func sentencesAreComparedNormalised() {
    #expect(
      RecycledTextRules.sentences("Gaat  goed.\nOpbouw, volgens plan!") == [
        "gaat goed", "opbouw volgens plan",
      ])
  }

  /// The byte-wise path for ASCII texts gives what the character-wise path gives.
  @Test func asciiSentencesAgreeWithTheCharacterPath() {
    let alphabet = Array("aB .!?,;\t\n\r\u{0B}\u{0C}xZ9-:")
    var state: UInt64 = 0x5EED
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    for _ in 0..<5_000 {
      let text = String((0..<next(40)).map { _ in alphabet[next(alphabet.count)] })
      #expect(
        RecycledTextRules.asciiSentences(text) == RecycledTextRules.characterSentences(text),
        "\(text.debugDescription)")
    }
    #expect(RecycledTextRules.asciiSentences("Één zin.") == nil)
  }
}
