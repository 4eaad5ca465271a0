import Testing

@testable import PoortwachterCore

/// How the text of an original is read for BSNs, names and browser print marks.
@Suite struct OriginalTextTests {
  static func numbers(_ text: String) -> [String] { OriginalText.numbers(in: text).map(\.bsn.digits) }

  @Test func aBSNIsFoundWithOrWithoutSeparators() {
    #expect(Self.numbers("BSN 304182771") == ["304182771"])
    #expect(Self.numbers("BSN: 3041.82.771") == ["304182771"])
    #expect(Self.numbers("bsn 304 182 771, geboren 12-03-1980") == ["304182771"])
    #expect(Self.numbers("BSN 304-18-2771") == ["304182771"])
    // A date before the number does not swallow it; mixed separators do not make a number.
    #expect(Self.numbers("12-03-2024 304182771") == ["304182771"])
    #expect(Self.numbers("3041.82 771") == [])
  }

  @Test func numbersThatAreNoBSNAreLeftAlone() {
    #expect(Self.numbers("loonheffingennummer 123456782L01") == [])
    #expect(Self.numbers("telefoon 06-12345678, IBAN NL91ABNA0417164300") == [])
    #expect(Self.numbers("dossier 1234567820") == [])
    #expect(Self.numbers("dossier 123456789") == [])  // fails the 11-proef
  }

  @Test func aLabelOnTheSameLineMakesItABSNPosition() {
    let found = OriginalText.numbers(in: "Burgerservicenummer:   111222333\nDossier 304182771\n")
    #expect(found.map(\.labelled) == [true, false])
    // Sofinummer is the old name.
    #expect(OriginalText.numbers(in: "sofi-nummer 111222333").first?.labelled == true)
  }

  @Test func namesAreComparedWithoutCaseDiacriticsOrSpacing() {
    #expect(OriginalText.mentions("Dhr. R.  HERMANS", name: "Ruud Hermans"))
    #expect(OriginalText.mentions("de heer J. de Vries", name: "Jan de Vries"))
    #expect(OriginalText.mentions("mevrouw Zoë Çelik", name: "Zoe Celik"))
    #expect(OriginalText.mentions("M. van den Berg", name: "Maria van den Berg-Smit"))
    #expect(!OriginalText.mentions("P. Bakker", name: "Ruud Hermans"))
    #expect(!OriginalText.mentions("Hermansen", name: "Ruud Hermans"))
  }

  @Test func theEmployeePositionHoldsAName() {
    let page = """
      Naam werknemer: P. Bakker                 Datum: 12-02-2024
      Werknemer:  de werknemer heeft aangegeven dat het werk te zwaar is
      Werknemer        Werkgever
      Medewerker\tmevrouw A.M. van Dijk
      """
    #expect(OriginalText.employeeNames(in: [page]).map(\.name) == ["P. Bakker", "mevrouw A.M. van Dijk"])
  }

  @Test func browserPrintMarksAreFound() {
    #expect(PrintArtefacts.startsWithDateAndTime("07-12-2026 14:32   Probleemanalyse"))
    #expect(PrintArtefacts.startsWithDateAndTime("12/7/26, 2:32 PM    Probleemanalyse"))
    #expect(!PrintArtefacts.startsWithDateAndTime("12-02-2024 gesprek met werknemer"))
    let footer = "https://portaal.example.nl/dossier/17          2/3"
    #expect(PrintArtefacts.marks(in: ["Kop\nTekst\n" + footer]).map(\.page) == [1])
    #expect(PrintArtefacts.marks(in: ["Zie https://www.uwv.nl voor meer.\nTekst\nEinde"]).isEmpty)
  }

  @Test func pageSizesAllowForRounding() {
    #expect(PageSize(width: 594.96, height: 841.92).isA4)
    #expect(PageSize(width: 842, height: 595).isA4)
    #expect(!PageSize.letter.isA4)
    #expect(PageSize.letter.description == "216 × 279 mm")
  }
}
