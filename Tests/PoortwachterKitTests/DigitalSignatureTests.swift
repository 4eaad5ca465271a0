import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// A joint document signed in a signing system (`ondertekend: { wijze: digitaal, bewijs: <pdf> }`):
/// the proof counts as the signed original, is checked like every original, and its embedded
/// signatures are read with `pdfsig`. The signed PDFs in `Fixtures/ondertekend/` are real (made
/// with `Scripts/onderteken-pdf.py`).
@Suite(
  .enabled(
    if: OriginalTools.standard.pdfsig != nil && OriginalTools.standard.pdftotext != nil,
    "pdfsig of pdftotext ontbreekt: installeer poppler-utils (apt-get install -y poppler-utils) om deze tests te draaien"
  ))
struct DigitalSignatureTests {
  static let fixtures = TestSupport.fixtures + "/ondertekend"

  /// A case folder whose plan van aanpak is signed digitally with `bijlagen/<proof>` (a copy of the
  /// fixture), the employee signing on `employeeSigned`; `extra` is appended to the plan.
  static func caseFile(
    proof: String, employeeSigned: String = "2024-02-23", wijze: String = "wijze: digitaal, ",
    extra: String = ""
  ) throws -> String {
    let folder = NSTemporaryDirectory() + "/pw-digitaal-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder + "/bijlagen", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: fixtures + "/" + proof, toPath: folder + "/bijlagen/" + proof)
    let text = """
      formaat: poortwachter/1
      kenmerk: VZ-2024-0901
      werknemer: { naam: J. de Vries, bsn: "123456782" }
      verzuim: { eerste_ziektedag: 2024-01-08 }
      plan_van_aanpak:
        datum: 2024-02-22
        opgesteld_door: { naam: P. Bakker, functie: Casemanager }
        ondertekend: { werkgever: 2024-02-22, werknemer: \(employeeSigned), \(wijze)bewijs: bijlagen/\(proof) }
      \(extra)
      """
    try text.write(toFile: folder + "/case.yaml", atomically: true, encoding: .utf8)
    return folder + "/case.yaml"
  }

  static func remove(_ file: String) {
    try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent)
  }

  /// The findings of the rules on originals and signatures, by rule id.
  static func findings(_ evaluation: CaseEvaluation) -> [String: Finding] {
    var result: [String: Finding] = [:]
    for finding in evaluation.findings
    where finding.ruleID.hasPrefix("wvp.origineel.") || finding.ruleID.hasPrefix("wvp.ondertekend.") {
      result[finding.ruleID] = finding
    }
    return result
  }

  static func plan(_ evaluation: CaseEvaluation) throws -> CaseDocument {
    try #require(evaluation.loaded.documents.of(.planVanAanpak).first)
  }

  @Test func aValidDigitalSignatureCountsAsACheckedOriginalWithoutAScan() throws {
    let file = try Self.caseFile(proof: "pva-digitaal.pdf")
    defer { Self.remove(file) }
    let evaluation = try HostileOriginalTests.evaluation(file)
    #expect(Self.findings(evaluation).isEmpty)
    let plan = try Self.plan(evaluation)
    #expect(plan.origineel == "bijlagen/pva-digitaal.pdf" && plan.origineelIsProof)
    #expect(plan.originalPath.description == "plan_van_aanpak.ondertekend.bewijs")
    #expect(evaluation.isCheckedOriginal(plan))
    let read = try #require(evaluation.originals?["bijlagen/pva-digitaal.pdf"]?.signatures)
    #expect(read.signatures.map(\.signer) == ["P. Bakker", "J. de Vries"])
    #expect(
      read.signatures.map(\.signedOn) == [TestSupport.date("2024-02-22"), TestSupport.date("2024-02-23")])
    #expect(read.signatures.allSatisfy { $0.isValid })
    // The pack takes the proof as the plan's original and says how it was signed.
    let pack = try #require(try? PackPlan.make(evaluation, always: true).get())
    let document = try #require(pack.documents.first { $0.kind == .planVanAanpak })
    #expect(document.handling == .original)
    #expect(
      document.ondertekening
        == "digitaal ondertekend (2 handtekeningen: P. Bakker, 22 februari 2024; J. de Vries, 23 februari 2024)"
    )
  }

  @Test func aProofWithoutSignaturesIsAWarning() throws {
    let file = try Self.caseFile(proof: "pva-ongetekend.pdf")
    defer { Self.remove(file) }
    let found = Self.findings(try HostileOriginalTests.evaluation(file))
    #expect(Set(found.keys) == ["wvp.origineel.digitaal-geen-handtekening"])
    let finding = try #require(found["wvp.origineel.digitaal-geen-handtekening"])
    #expect(finding.severity == .waarschuwing)
    #expect(
      finding.message.hasPrefix(
        "geen digitale handtekening gevonden in het origineel 'bijlagen/pva-ongetekend.pdf'"))
    #expect(finding.message.contains("controleer het ondertekeningsbewijs van het systeem"))
    #expect(finding.location?.line == 8)
  }

  @Test func aProofChangedAfterSigningIsAFout() throws {
    let file = try Self.caseFile(proof: "pva-gewijzigd.pdf")
    defer { Self.remove(file) }
    let evaluation = try HostileOriginalTests.evaluation(file)
    let found = Self.findings(evaluation)
    #expect(Set(found.keys) == ["wvp.origineel.digitaal-ongeldig"])
    #expect(found["wvp.origineel.digitaal-ongeldig"]?.severity == .fout)
    #expect(
      found["wvp.origineel.digitaal-ongeldig"]?.message.contains("na het ondertekenen gewijzigd") == true)
    let pack = try #require(try? PackPlan.make(evaluation, always: true).get())
    #expect(!pack.isReady)
  }

  @Test func aValidlySignedProofOfAnotherEmployeeIsAFout() throws {
    let file = try Self.caseFile(proof: "pva-ander-bsn.pdf", extra: "")
    defer { Self.remove(file) }
    let found = Self.findings(try HostileOriginalTests.evaluation(file))
    let other = try #require(found["wvp.origineel.bsn-ander"])
    #expect(other.severity == .fout && other.path?.description == "plan_van_aanpak.ondertekend.bewijs")
    #expect(!other.message.contains("111222333"))
    #expect(found["wvp.origineel.digitaal-ongeldig"] == nil)
  }

  @Test func aSigningDateThatDiffersFromOndertekendIsAWarning() throws {
    let file = try Self.caseFile(proof: "pva-digitaal.pdf", employeeSigned: "2024-02-26")
    defer { Self.remove(file) }
    let found = Self.findings(try HostileOriginalTests.evaluation(file))
    let finding = try #require(found["wvp.origineel.digitaal-afwijkend"])
    #expect(finding.severity == .waarschuwing)
    #expect(finding.message.contains("de werknemer tekende volgens ondertekend op 26 februari 2024"))
  }

  @Test func missingPdfsigIsNamed() throws {
    let file = try Self.caseFile(proof: "pva-digitaal.pdf")
    defer { Self.remove(file) }
    var tools = OriginalTools.standard
    tools.pdfsig = nil
    let found = Self.findings(try HostileOriginalTests.evaluation(file, reader: OriginalReader(tools: tools)))
    let finding = try #require(found["wvp.origineel.digitaal-geen-handtekening"])
    #expect(
      finding.message.contains("pdfsig ontbreekt (installeer poppler-utils: apt-get install poppler-utils)"))
  }

  @Test func pdfsigOutputIsParsed() {
    let output = """
      Digital Signature Info of: pva.pdf
      Signature #1:
        - Signer Certificate Common Name: P. Bakker
        - Signing Time: Dec 05 2025 12:00:00
        - Signature Validation: Signature is Valid.
      Signature #2:
        - Signer Certificate Common Name: J. de Vries
        - Signing Time: Feb 23 2024 09:10:11
        - Signature Validation: Signature is Invalid.
      """
    let read = PDFSignatureReader.signatures(fromOutput: output)
    #expect(read.signatures.map(\.signer) == ["P. Bakker", "J. de Vries"])
    #expect(
      read.signatures.map(\.signedOn) == [TestSupport.date("2025-12-05"), TestSupport.date("2024-02-23")])
    #expect(read.signatures.map(\.isValid) == [true, false])
    #expect(
      PDFSignatureReader.signatures(fromOutput: "File 'x.pdf' does not contain any signatures").signatures
        .isEmpty)
  }

  /// `bewijs` without `wijze: digitaal`, and `origineel` and `bewijs` naming two files, are fouten
  /// with file:line:column.
  @Test func aProofWithoutDigitalMethodAndTwoOriginalsAreFouten() throws {
    let file = try Self.caseFile(proof: "pva-digitaal.pdf", wijze: "")
    defer { Self.remove(file) }
    let result = try TestSupport.run(["check", file, "--as-of", "2024-03-10"])
    #expect(result.status == 1)
    #expect(result.out.contains("case.yaml:8:72: fout: [wvp.ondertekend.wijze-bewijs]"))
    let scan = try Self.caseFile(proof: "pva-digitaal.pdf", extra: "  origineel: bijlagen/pva-digitaal.pdf\n")
    defer { Self.remove(scan) }
    let same = Self.findings(try HostileOriginalTests.evaluation(scan))
    #expect(same["wvp.ondertekend.twee-originelen"] == nil)
    let folder = (scan as NSString).deletingLastPathComponent
    try FileManager.default.copyItem(
      atPath: Self.fixtures + "/pva-ongetekend.pdf", toPath: folder + "/bijlagen/scan.pdf")
    let text = try String(contentsOfFile: scan, encoding: .utf8).replacingOccurrences(
      of: "  origineel: bijlagen/pva-digitaal.pdf", with: "  origineel: bijlagen/scan.pdf")
    try text.write(toFile: scan, atomically: true, encoding: .utf8)
    let two = Self.findings(try HostileOriginalTests.evaluation(scan))
    #expect(two["wvp.ondertekend.twee-originelen"]?.severity == .fout)
    #expect(
      two["wvp.ondertekend.twee-originelen"]?.message.contains("welk is het ondertekende document?") == true)
  }
}
