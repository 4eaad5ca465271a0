import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The batch pipeline end to end in a temporary folder: dossiers, index, summary, reports,
/// broken and duplicate cases, byte-identical re-runs.
@Suite(.serialized) struct BatchTests {
  static func temporaryFolder() throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("pw-batch-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  static func inputs() throws -> String {
    let folder = try temporaryFolder()
    for name in ["vz-2023-0412.yaml", "vz-2025-0142.yaml", "vz-2026-0301.yaml"] {
      try FileManager.default.copyItem(
        atPath: TestSupport.sampleCases + "/" + name, toPath: folder + "/" + name)
    }
    try "formaat: poortwachter/1\nkenmerk: KAPOT\nverzuim: [\n".write(
      toFile: folder + "/kapot.yaml", atomically: true, encoding: .utf8)
    let duplicate = try String(
      contentsOfFile: TestSupport.sampleCases + "/vz-2026-0301.yaml", encoding: .utf8)
    try duplicate.write(toFile: folder + "/zz-dubbel.yaml", atomically: true, encoding: .utf8)
    return folder
  }

  @Test func batchWritesDossiersIndexAndReportsAndGoesOnAfterABadCase() throws {
    let input = try Self.inputs()
    let out = try Self.temporaryFolder() + "/uit"
    let junit = out + "-junit.xml"
    let run = try TestSupport.run([
      "batch", input, "--out", out, "--as-of", "2026-11-22", "--report", "junit", junit, "--report", "json",
      out + "-samenvatting.json",
    ])
    #expect(run.status == 65, "an unreadable case file outweighs findings, as in check")
    #expect(!run.err.contains("dossiers verwerkt"), "no progress lines when stderr is not a terminal")
    #expect(
      run.out
        == "5 dossiers: 1 compleet, 0 in orde, 0 alleen waarschuwingen, 3 met fouten, 1 onleesbaar; "
        + "met fouten: VZ-2025-0142 (3), vz-2026-0301.yaml (dubbel kenmerk), zz-dubbel.yaml (dubbel kenmerk); "
        + "overzicht: \(out)/index.html\n")
    #expect(run.err.contains("kapot.yaml:4:1: fout: YAML-syntaxfout"))
    let manager = FileManager.default
    for name in ["VZ-2023-0412", "VZ-2025-0142"] {
      for file in ["riv.html", "controle.html", "riv.xml"] {
        let path = out + "/" + name + "/" + file
        #expect(manager.fileExists(atPath: path), "\(path)")
        let mode = (try manager.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue
        #expect(mode == 0o600)
      }
    }
    #expect(!manager.fileExists(atPath: out + "/VZ-2026-0301"), "a duplicated kenmerk gets no dossier")
    let index = try String(contentsOfFile: out + "/index.html", encoding: .utf8)
    #expect(index.contains("VZ-2023-0412/riv.html"))
    #expect(index.contains("kenmerk &#39;VZ-2026-0301&#39; komt in meer dan één bestand voor"))
    #expect(!index.contains("kenmerk 'VZ-2026-0301'"), "text from a case is escaped in the index")
    let summary = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: out + "/samenvatting.json")))
    #expect((summary as? [[String: Any]])?.count == 5)
    #expect(
      try Data(contentsOf: URL(fileURLWithPath: out + "-samenvatting.json"))
        == Data(contentsOf: URL(fileURLWithPath: out + "/samenvatting.json")))
    let junitText = try String(contentsOfFile: junit, encoding: .utf8)
    #expect(junitText.contains("tests=\"5\" failures=\"3\" errors=\"1\""))
    #expect(TestSupport.schema != nil)
    #expect(!run.err.contains("123456782") && !index.contains("123456782"))
  }

  @Test func aSecondRunIsByteIdentical() throws {
    let input = try Self.inputs()
    let first = try Self.temporaryFolder() + "/a"
    let second = try Self.temporaryFolder() + "/b"
    let runs = [
      try TestSupport.run(["batch", input, "--out", first, "--as-of", "2026-11-22", "--jobs", "2"]),
      try TestSupport.run(["batch", input, "--out", second, "--as-of", "2026-11-22", "--jobs", "1"]),
      try TestSupport.run(["batch", input, "--out", second, "--as-of", "2026-11-22"]),
    ]
    #expect(runs.map(\.status) == [65, 65, 65])
    // The same summary, up to the index it points at.
    #expect(
      Set(
        runs.map {
          $0.out.replacingOccurrences(of: first, with: "").replacingOccurrences(of: second, with: "")
        }
      )
      .count == 1)
    let manager = FileManager.default
    let files = try manager.subpathsOfDirectory(atPath: first).sorted()
    #expect(files == (try manager.subpathsOfDirectory(atPath: second).sorted()))
    #expect(files.contains("VZ-2023-0412/riv.html") && files.contains("index.html"))
    for file in files {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: first + "/" + file, isDirectory: &isDirectory), !isDirectory.boolValue
      else { continue }
      #expect(manager.contentsEqual(atPath: first + "/" + file, andPath: second + "/" + file), "\(file)")
    }
  }

  @Test func kenmerkPreScanReadsYamlAndXml() throws {
    #expect(KenmerkPreScan.kenmerk(ofFile: TestSupport.sampleCases + "/vz-2024-0117.yaml") == "VZ-2024-0117")
    #expect(KenmerkPreScan.kenmerk(ofFile: TestSupport.fixtures + "/xml/vz-2024-0117.xml") == "VZ-2024-0117")
  }

  @Test func syntheticCasesAreValidAndDeterministic() {
    let generator = SyntheticCases(peildatum: TestSupport.date("2026-11-22"))
    for index in [0, 1, 7, 123, 999] {
      let text = generator.yaml(index)
      #expect(text == generator.yaml(index))
      #expect((2_000...6_144).contains(text.utf8.count), "case \(index) is \(text.utf8.count) bytes")
      #expect(TestSupport.diagnostics(text).isEmpty, "\(TestSupport.diagnostics(text).map(\.formatted))")
    }
  }
}
