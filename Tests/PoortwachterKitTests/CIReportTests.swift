import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Issue #23 C: the JUnit report and the summary line tell CI the same as the exit code.
@Suite(.serialized) struct CIReportTests {
  /// A folder with VZ-2024-0163 (only a waarschuwing on 22 November 2026) and, optionally, a file
  /// that cannot be read.
  static func inputs(unreadable: Bool = false) throws -> String {
    let folder = try BatchTests.temporaryFolder()
    try FileManager.default.copyItem(
      atPath: TestSupport.sampleCases + "/vz-2024-0163.yaml", toPath: folder + "/vz-2024-0163.yaml")
    if unreadable {
      try "formaat: poortwachter/1\nkenmerk: KAPOT\nverzuim: [\n".write(
        toFile: folder + "/kapot.yaml", atomically: true, encoding: .utf8)
    }
    return folder
  }

  func batch(_ input: String, _ extra: [String] = []) throws -> (status: Int32, out: String, junit: String) {
    let out = try BatchTests.temporaryFolder() + "/uit"
    let junit = out + "-junit.xml"
    let run = try TestSupport.run(
      ["batch", input, "--out", out, "--as-of", "2026-11-22", "--report", "junit", junit] + extra)
    return (run.status, run.out, try String(contentsOfFile: junit, encoding: .utf8))
  }

  @Test func withStrictAWarningIsAFailureInTheReportToo() throws {
    let run = try batch(try Self.inputs(), ["--strict"])
    #expect(run.status == 1)
    #expect(run.junit.contains("<testsuites name=\"poortwachter\" tests=\"1\" failures=\"1\" errors=\"0\">"))
    #expect(run.junit.contains("<failure type=\"wvp."))
    #expect(!run.junit.contains("<system-out>"))
  }

  @Test func withoutStrictWarningsAreSystemOutAndNoFailure() throws {
    let run = try batch(try Self.inputs())
    #expect(run.status == 0)
    #expect(run.junit.contains("failures=\"0\" errors=\"0\""))
    #expect(!run.junit.contains("<failure"))
    #expect(run.junit.contains("<system-out>") && run.junit.contains("waarschuwing: [wvp."))
  }

  @Test func anUnreadableFileIsAnErrorNotAFailure() throws {
    let run = try batch(try Self.inputs(unreadable: true))
    #expect(run.status == 65)
    #expect(run.junit.contains("tests=\"2\" failures=\"0\" errors=\"1\""))
    #expect(run.junit.contains("<error type="))
    #expect(!run.junit.contains("onleesbaar"))
    #expect(run.junit.contains("<testcase classname=\"\(try Self.junitName(run.junit))\""))
  }

  /// The class name of the unreadable case is its file.
  static func junitName(_ junit: String) throws -> String {
    let line = try #require(junit.split(separator: "\n").first { $0.contains("kapot.yaml\"") })
    let name = try #require(line.split(separator: "\"").dropFirst().first)
    #expect(name.hasSuffix("kapot.yaml"))
    return String(name)
  }

  /// The report escapes as the templates do (`'` is `&#39;`, valid in HTML and XML alike); a line
  /// break is kept as `&#10;`, which an attribute would otherwise turn into a space.
  @Test func theReportEscapesAsTheTemplatesDo() {
    #expect(JUnitReport.escape("a&b<c>d\"e'f\ng") == "a&amp;b&lt;c&gt;d&quot;e&#39;f&#10;g")
    #expect(JUnitReport.escape("r\r\nn\n") == "r\r&#10;n&#10;")
  }

  @Test func theCheckSummaryNamesTheCasesWithFouten() throws {
    let run = try TestSupport.run(["check", "SampleCases", "--as-of", "2026-11-22"])
    #expect(
      run.out.hasSuffix(
        "13 dossiers gecontroleerd: 4 compleet, 5 in orde, 2 alleen waarschuwingen, 2 met fouten, "
          + "0 onleesbaar; met fouten: VZ-2023-0274 (3), VZ-2025-0142 (3)\n"))
  }

  @Test func theBatchSummaryNamesThemAndPointsAtTheIndex() throws {
    let out = try BatchTests.temporaryFolder() + "/uit"
    let run = try TestSupport.run(["batch", "SampleCases", "--out", out, "--as-of", "2026-11-22"])
    #expect(run.status == 1)
    #expect(
      run.out
        == "13 dossiers: 4 compleet, 5 in orde, 2 alleen waarschuwingen, 2 met fouten, 0 onleesbaar; "
        + "met fouten: VZ-2023-0274 (3), VZ-2025-0142 (3); overzicht: \(out)/index.html\n")
  }

  @Test func atMostTenCasesAreNamed() {
    var list = ErrorCaseList()
    for index in (1...12).reversed() { list.add(kenmerk: String(format: "VZ-%02d", index), fouten: index) }
    list.add(kenmerk: "VZ-00", fouten: 0)
    #expect(
      list.text
        == "met fouten: VZ-01 (1), VZ-02 (2), VZ-03 (3), VZ-04 (4), VZ-05 (5), VZ-06 (6), VZ-07 (7), "
        + "VZ-08 (8), VZ-09 (9), VZ-10 (10) en 2 andere")
  }
}
