import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Hostile input gets a clear error and never crashes or hangs the tool.
@Suite struct HostileInputTests {
  func diagnostics(_ bytes: [UInt8], maxFileSize: Int = CaseLoader.defaultMaxFileSize) -> [Diagnostic] {
    let loader = CaseLoader(maxFileSize: maxFileSize, schema: TestSupport.schema)
    if case .failed(_, let found) = loader.load(bytes: bytes, file: "x.yaml", syntax: .yaml) { return found }
    return []
  }

  @Test func oversizedFileIsRefusedUnread() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "groot-\(UUID().uuidString).yaml"
    ).path
    #expect(FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x61, count: 2_000_000)))
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard case .failed(_, let found) = CaseLoader().load(path: path) else {
      Issue.record("expected failure")
      return
    }
    #expect(found.first?.code == "invoer.te-groot")
    // The library names no option; a front end says how to raise the limit in its own words.
    #expect(found.first?.message.hasSuffix("; splits het") == true, "\(found)")
    var worded = CaseLoader()
    worded.raiseLimit = "verhoog de grens met --max-grootte"
    guard case .failed(_, let named) = worded.load(path: path) else {
      Issue.record("expected failure")
      return
    }
    #expect(named.first?.message.hasSuffix("; splits het of verhoog de grens met --max-grootte") == true)
  }

  @Test func billionLaughsIsStopped() {
    var yaml =
      "formaat: poortwachter/1\nkenmerk: X\nwerknemer: { naam: J }\nverzuim: { eerste_ziektedag: 2024-01-08 }\n"
    yaml += "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...9 {
      let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      yaml += "a\(level): &a\(level) [\(refs)]\n"
    }
    yaml += "plan_van_aanpak: { datum: 2024-02-01, afspraken: *a9 }\n"
    let found = diagnostics(Array(yaml.utf8))
    #expect(!found.isEmpty)
    #expect(found.contains { $0.code == "invoer.te-groot" || $0.code == "invoer.te-veel-fouten" })
  }

  @Test func aliasBombAsKeyIsRejectedBeforeComposing() {
    let yaml = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\n? *b\n: waarde\n"
    let found = diagnostics(Array(yaml.utf8))
    #expect(found.first?.code == "invoer.complexe-sleutel")
  }

  @Test func binaryGarbageIsNotText() {
    let found = diagnostics([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0xFF, 0xFE, 0x00, 0x00])
    #expect(found.first?.code == "invoer.tekens")
    // 0x7F is a legal character; the control character U+0002 after 'ELF' is not.
    #expect(found.first?.location == SourceLocation(line: 1, column: 5))
  }

  @Test func controlCharacterHasAPosition() {
    let found = diagnostics(Array("formaat: poortwachter/1\nkenmerk: A\u{0B}B\n".utf8))
    #expect(found.first?.location == SourceLocation(line: 2, column: 11))
    #expect(found.first?.message.hasPrefix("ongeldig teken U+000B") == true)
  }

  @Test func emptyFile() {
    #expect(diagnostics([]).first?.code == "invoer.leeg")
    #expect(diagnostics(Array("  \n\n".utf8)).first?.code == "invoer.leeg")
  }

  @Test func deepFlowNestingIsRejected() {
    let yaml =
      "formaat: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n"
    #expect(diagnostics(Array(yaml.utf8)).first?.code == "invoer.te-diep")
  }

  @Test func deepBlockListNestingIsRejected() {
    let yaml = "formaat: poortwachter/1\nx:\n" + String(repeating: "- ", count: 50_000) + "a\n"
    #expect(diagnostics(Array(yaml.utf8)).first?.code == "invoer.te-diep")
  }

  @Test func deepIndentedNestingIsStoppedByTheDepthLimit() {
    var yaml = "formaat: poortwachter/1\n"
    for level in 0..<200 { yaml += String(repeating: " ", count: level) + "k\(level):\n" }
    let found = diagnostics(Array(yaml.utf8))
    #expect(found.contains { $0.code == "invoer.te-groot" })
  }

  /// Many keys that each come back: the duplicate check stays linear (it once kept the repeated
  /// keys in a list it searched for every repetition) and names the first key in sorted order.
  @Test func manyDuplicatedKeysAreReportedOnce() {
    let keys = (0..<20_000).map { "sleutel\($0): x\n" }.joined()
    let found = diagnostics(Array(("formaat: poortwachter/1\n" + keys + keys).utf8))
    #expect(found.map(\.code) == ["invoer.yaml-syntax"])
    #expect(
      found.first?.message
        == "sleutel 'sleutel0', 'sleutel1', 'sleutel10', 'sleutel100', 'sleutel1000' en 19995 andere "
        + "staat meer dan eens in dezelfde mapping; houd er één")
    #expect(found.first?.location == SourceLocation(line: 20_002, column: 1))
  }

  /// A list used twice as a key is named in Dutch, not with Yams' placeholder "<uncovertable>".
  @Test func aDuplicatedListKeyIsNamedInDutch() {
    let found = diagnostics(Array("formaat: poortwachter/1\n? [a]\n: 1\n? [a]\n: 2\n".utf8))
    #expect(found.map(\.code) == ["invoer.yaml-syntax"])
    #expect(
      found.first?.message
        == "sleutel (een lijst of mapping) staat meer dan eens in dezelfde mapping; houd er één")
  }

  @Test func xmlEntityExpansionAndDoctypeAreRefused() {
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
      <dossier xmlns="urn:poortwachter:dossier:1"><kenmerk>&lol2;</kenmerk></dossier>
      """
    let loader = CaseLoader(schema: TestSupport.schema)
    guard case .failed(_, let found) = loader.load(text: xml, file: "x.xml", syntax: .xml) else {
      Issue.record("expected failure")
      return
    }
    #expect(found.first?.code == "invoer.xml-doctype")
  }

  @Test func hugeNumberOfErrorsIsCapped() {
    var yaml =
      "formaat: poortwachter/1\nkenmerk: X\nwerknemer: { naam: J }\nverzuim: { eerste_ziektedag: 2024-01-08 }\n"
    yaml += "evaluaties:\n" + String(repeating: "  - { datum: nooit }\n", count: 5_000)
    let found = diagnostics(Array(yaml.utf8))
    #expect(found.count == DiagnosticBag.limit + 1)
    #expect(found.last?.code == "invoer.te-veel-fouten")
  }
}
