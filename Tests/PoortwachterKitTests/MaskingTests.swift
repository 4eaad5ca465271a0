import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Masking hides what may be a BSN (it passes the 11-proef), and nothing else.
@Suite struct MaskingTests {
  @Test func aDateWrittenAsANumberIsShownAsWritten() {
    let yaml =
      "formaat: poortwachter/1\nkenmerk: X\nwerknemer: { naam: J }\n"
      + "verzuim: { eerste_ziektedag: 20240105 }\n"
    let found = TestSupport.diagnostics(yaml).first { $0.message.contains("eerste_ziektedag") }
    #expect(found?.message.contains("'20240105'") == true, "\(found?.message ?? "no message")")
    #expect(found?.sourceLine?.contains("20240105") == true)
  }

  @Test func onlyNumbersThatPassTheElevenTestAreMasked() {
    #expect(Masking.maskBSNs(in: "nummer 123456782 en 123456789") == "nummer ******782 en 123456789")
    #expect(Masking.maskBSNs(in: "datum 20240105, kvk 12345678") == "datum 20240105, kvk 12345678")
    #expect(Masking.maskBSNs(in: "loonheffingennummer 123456782L01") == "loonheffingennummer 123456782L01")
    #expect(Masking.maskBSNs(in: "1234567820") == "1234567820")
    #expect(Masking.sourceLine("  bsn: \"123456789\"") == "  bsn: \"*********\"")
  }

  /// The byte-wise search for ASCII texts finds what the character-wise search finds.
  @Test func asciiNumberSearchAgreesWithTheCharacterSearch() {
    let pieces = ["123456782", "111222333", "12345678", "L", "L01", " ", ".", "9", "0", "a", "-", "\n"]
    var state: UInt64 = 0xB5_4E
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(state >> 33) % bound
    }
    for _ in 0..<5_000 {
      let text = (0..<next(8)).map { _ in pieces[next(pieces.count)] }.joined()
      #expect(
        PersonalNumbers.asciiNumbers(in: text) == PersonalNumbers.characterNumbers(in: text),
        "\(text.debugDescription)")
    }
    #expect(PersonalNumbers.asciiNumbers(in: "Één 123456782") == nil)
  }
}
