import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Issue #23 C: a key moved to the left is reported on its own line, as an indentation error,
/// without the advice to put quotes around text.
@Suite struct IndentationMessageTests {
  static let head = """
    formaat: poortwachter/1
    kenmerk: VZ-IND
    werknemer: { naam: J. Jansen }
    verzuim: { eerste_ziektedag: 2024-01-08 }
    probleemanalyse:
      datum: 2024-02-12
      mogelijkheden_en_beperkingen: Kan 4 uur per dag licht werk doen.

    """

  @Test func aKeyMovedToColumnOneIsNamedOnItsOwnLine() throws {
    let yaml =
      Self.head + "prognose: Verwacht wordt dat hij binnen drie maanden terugkeert.\n"
      + "  advies: Opbouwen in eigen werk.\n"
    let found = try #require(TestSupport.diagnostics(yaml).first)
    #expect(found.location == SourceLocation(line: 8, column: 1))
    #expect(
      found.message
        == "YAML-syntaxfout: de inspringing klopt niet: 'prognose' staat op kolom 1, maar de regel erna "
        + "('advies', regel 9) springt weer in tot kolom 3; zet 'prognose' op kolom 3 als het bij "
        + "dezelfde onderdelen hoort")
    #expect(!found.message.contains("aanhalingstekens"))
  }

  @Test func aBlankLineOrCommentBetweenDoesNotHideIt() throws {
    let yaml =
      Self.head + "  # prognose van de bedrijfsarts\nprognose: Terugkeer verwacht.\n\n  advies: Opbouwen.\n"
    let found = try #require(TestSupport.diagnostics(yaml).first)
    #expect(found.location == SourceLocation(line: 9, column: 1))
    #expect(found.message.contains("'prognose' staat op kolom 1"))
  }

  /// Text with ': ' on a continuation line, without a key moved left, keeps the advice to quote.
  @Test func aColonInContinuedTextStillSuggestsQuotes() throws {
    let yaml =
      "formaat: poortwachter/1\nkenmerk: VZ-IND\nwerknemer: { naam: J. Jansen }\n"
      + "verzuim: { eerste_ziektedag: 2024-01-08 }\nprobleemanalyse:\n  datum: 2024-02-12\n"
      + "  prognose: Verwacht wordt\n    advies: opbouwen\n"
    let found = try #require(TestSupport.diagnostics(yaml).first)
    #expect(found.location?.line == 8)
    #expect(found.message.contains("aanhalingstekens"))
  }
}
