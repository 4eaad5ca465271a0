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
}
