import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The YAML pre-scan against libyaml's own event stream: it may only refuse a file libyaml reads
/// when an anchor and a complex key, or nesting deeper than the limit, are really there.
@Suite struct YAMLPreScanTests {
  /// The pre-scan's verdict is justified by what libyaml saw; `nil` when it is.
  static func unjustifiedRefusal(_ text: String) -> String? {
    guard let problem = YAMLPreScan.problem(in: text) else { return nil }
    if LibYAMLEvents(text).justifies(refusal: problem.code, maxNesting: YAMLPreScan.maxNesting) { return nil }
    return "\(problem.code) at \(problem.location.line):\(problem.location.column)"
  }

  static let tricky = [
    "werkgever:\n  naam: Bakker & Zn. B.V.\n  adres: { straat: 'Kade ''t Hoekje', plaats: \"A \\\"B\\\" C\" }\n"
      + "oordeel: |\n  (zie [bijlage 2]: afspraken) & meer\n  *ster: en ? vraag\n"
      + "toelichting: >-\n    regel [een]: {x}\n  \n    nog *een: [\nlaatste: *a\n",
    "a: 'it''s [x]: y'\nb: \"q \\\" [x]: *y\"\nc: d & e\n",
    "lijst:\n  - |2\n     [a]: b\n  - >\n    *x: y\n  - gewoon & tekst\n",
    "a: plain text\n  &b continued [x]: y\nc: &anker 1\n",
    "- &a x\n- ? y\n  : z\n",
    "a: |\n\n  text\n\n b: [c]\n",
    "k: 'multi\n  line ''[x]'': y'\nl: &m 2\n",
    // Found by the fuzzer: a top-level text goes on at any indentation, so these '[' are text.
    "# x\n  tekst\n  \r {\\ meer\nmog" + String(repeating: "[", count: 45) + "en\n",
    "- &a x\n- ? y\n  :% : z\n",
    "&ankerwoord:T- ? - ? 22 - 1\n",
    "a: &b x\nc: { naam: E\n? - ? - ? - y, functie: z }\n",
    "! sleutel:\t >-\n tekst {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\n  {&a{a{n b }\n",
  ]

  @Test func trickyButValidFilesAreNotRefused() {
    for text in Self.tricky {
      #expect(Self.unjustifiedRefusal(text) == nil, "\(text)")
    }
  }

  @Test func theReportedCaseLoads() throws {
    var text = try String(contentsOfFile: TestSupport.sampleCases + "/vz-2024-0117.yaml", encoding: .utf8)
    text = text.replacingOccurrences(of: "naam: Logistiek Zuid B.V.", with: "naam: Bakker & Zn. B.V.")
    text += "\nopmerkingen: |\n  Gesprek gevoerd (zie [bijlage 2]: afspraken).\n"
    #expect(YAMLPreScan.problem(in: text) == nil)
    #expect(!TestSupport.diagnostics(text).contains { $0.code == "invoer.complexe-sleutel" })
  }

  @Test func realAnchorsWithComplexKeysAreStillFound() {
    for text in [
      "a: &a [x]\n? *a\n: v\n", "a: &a x\n*a : v\n", "a: &a x\n[b]: v\n", "a: &a x\n{b: c}: v\n",
      "a: &a x\n? - b\n: v\n", "a: &a x\n?\n  b: c\n: v\n",
    ] {
      #expect(YAMLPreScan.problem(in: text)?.code == "invoer.complexe-sleutel", "\(text)")
      #expect(LibYAMLEvents(text).complexKey, "\(text)")
    }
  }

  /// A small deterministic generator (SplitMix64), so every run tests the same files.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state &+= 0x9E37_79B9_7F4A_7C15
      var value = state
      value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
      value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
      return Int((value ^ (value >> 31)) % UInt64(bound))
    }
  }

  static let pieces = [
    "'", "\"", "''", "\\\"", "&a ", "*a", "[", "]", "{", "}", ": ", ":", "- ", "? ", "#", " #", "|", ">-",
    "|2", "\n", "\n  ", "\n    ", "\t", "&", "*", ",", "!", "!!str ", "%", " & ", "(zie [b]: c)", "\r\n",
    "---\n", "x", " ",
  ]

  static func mutants(of text: String, count: Int, seed: UInt64) -> [String] {
    var generator = Generator(state: seed)
    let bytes = Array(text.utf8)
    return (0..<count).map { _ in
      var mutant = bytes
      for _ in 0...generator.next(3) {
        let position = generator.next(mutant.count + 1)
        switch generator.next(10) {
        case 0:
          let end = min(mutant.count, position + generator.next(20))
          mutant.removeSubrange(position..<end)
        default:
          mutant.insert(contentsOf: Array(pieces[generator.next(pieces.count)].utf8), at: position)
        }
      }
      return String(decoding: mutant, as: UTF8.self)
    }
  }

  @Test func preScanNeverRefusesWhatLibyamlReadsOnSamplesFixturesAndMutants() throws {
    var bases = try TestSupport.sampleFiles().filter { $0.hasSuffix(".yaml") }.map {
      try String(contentsOfFile: $0, encoding: .utf8)
    }
    bases += Self.tricky
    bases.append(SyntheticCases(peildatum: TestSupport.date("2026-11-22")).yaml(7))
    var accepted = 0
    var tested = 0
    var failures: [String] = []
    for (number, base) in bases.enumerated() {
      for text in [base] + Self.mutants(of: base, count: 250, seed: UInt64(number + 1)) {
        tested += 1
        if LibYAMLEvents(text).accepted { accepted += 1 }
        if let refusal = Self.unjustifiedRefusal(text) { failures.append(refusal + "\n" + text) }
      }
    }
    #expect(tested > 4_000)
    #expect(accepted > 1_000, "too few mutants are valid YAML to mean anything")
    #expect(failures.isEmpty, "\(failures.count) unjustified refusals; first:\n\(failures.first ?? "")")
  }
}
