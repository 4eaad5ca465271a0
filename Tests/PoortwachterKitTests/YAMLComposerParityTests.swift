import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The YAML loader reads libyaml's events itself (``YAMLComposer``); before, Yams composed a node
/// tree first. Both must read every text the same: the same tree (keys, values, positions) or
/// the same diagnostic (code, position, Dutch message), on the samples, a synthetic case, tricky
/// and hostile texts and thousands of mutants of them.
@Suite struct YAMLComposerParityTests {
  /// What a builder made of a text: a tree, written out with positions, or its diagnostics.
  static func reading(_ text: String, by build: (String, DiagnosticBag) throws -> SourceNode?) -> String {
    let bag = DiagnosticBag(file: "case.yaml", text: text)
    let tree = try? build(text, bag)
    let diagnostics = bag.sorted.map { "\($0.code) \($0.location?.description ?? "-") \($0.message)" }
    guard let tree, diagnostics.isEmpty else { return diagnostics.joined(separator: "\n") }
    var out = ""
    write(tree, into: &out)
    return out
  }

  static func write(_ node: SourceNode, into out: inout String) {
    out += "@\(node.location)"
    switch node.content {
    case .null: out += "~"
    case .scalar(let text): out += "'\(text.replacingOccurrences(of: "'", with: "''"))'"
    case .sequence(let items):
      out += "["
      for item in items {
        write(item, into: &out)
        out += ","
      }
      out += "]"
    case .mapping(let entries):
      out += "{"
      for entry in entries {
        out += "\(entry.key)@\(entry.keyLocation):"
        write(entry.value, into: &out)
        out += ","
      }
      out += "}"
    }
  }

  /// `nil` when both builders agree, else both readings.
  static func disagreement(_ text: String) -> String? {
    let events = reading(text, by: YAMLTreeBuilder.build)
    let reference = reading(text, by: YamsReferenceBuilder.build)
    return events == reference ? nil : "text:\n\(text)\nevents:\n\(events)\nYams:\n\(reference)"
  }

  static let edgeCases = [
    "a: 1\na: 2\n", "a: 1\n'a': 2\n", "a: 1\n!!str a: 2\n", "a: 1\n!!int a: 2\n", "b: 1\na: 2\nb: 3\na: 4\n",
    "x:\n  a: 1\n  a: 2\nx: 3\n", "{a: 1, b: 2, a: 3}\n", "~: 1\nnull: 2\n: 3\n",
    "? [a, b]\n: 1\n? [a, b]\n: 2\n",
    "? {a: 1}\n: x\n? {a: 1}\n: y\n", "? [a]\n: 1\n? !!seq [a]\n: 2\n", "a: &x 1\nb: *x\nc: *x\n",
    "a: *nergens\n", "a: &x [*x]\n", "a: &x 1\na2: &x 2\nb: *x\n", "--- a\n--- b\n", "a: 1\n...\n", "",
    "# alleen commentaar\n", "---\n", "a: 'open\n", "a: \"x\\0y\"\n", "a: ! x\nb: !!str y\n", "- - - - x\n",
    "a: &m {k: v}\nb: *m\nc: [*m, *m]\n", "&r a: b\n", "a: |\n  tekst\n  meer\nb: >-\n  gevouwen\n  tekst\n",
    "a: null\nb: Null\nc: NULL\nd: ~\ne: 'null'\nf:\n", "a:\n- x\n-\n- y\n",
    "k1: v\nk2: v\n"
      + String(
        repeating: "k: v\n", count: 2),
    (1...20).map { "k\($0): v\n" }.joined() + "k7: dubbel\n", "\t\ta: b\n", "a: b\n\tc: d\n", "a: b: c\n",
    "a: [1, 2\nb: 3\n", "a: %x\n", "a: @x\n", "- a\nb: c\n",
  ]

  @Test func edgeCasesReadTheSame() {
    for text in Self.edgeCases {
      if let disagreement = Self.disagreement(text) { Issue.record("\(disagreement)") }
    }
  }

  @Test func aliasBombsAndDeepNestingStopAtTheSamePlace() {
    var bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for level in 1...6 {
      bomb +=
        "a\(level): &a\(level) [\(Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", "))]\n"
    }
    var deep = ""
    for level in 0..<45 { deep += String(repeating: "  ", count: level) + "n\(level):\n" }
    deep += String(repeating: "  ", count: 45) + "x: y\n"
    let aliasedDeep =
      "basis: &b\n" + deep.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\nkopie: *b\n"
    for text in [bomb, deep, aliasedDeep, "a: &a [x, x]\nb: [*a, *a, *a]\n"] {
      #expect(Self.disagreement(text) == nil, "\(Self.disagreement(text) ?? "")")
    }
    #expect(Self.reading(bomb, by: YAMLTreeBuilder.build).hasPrefix("invoer.te-groot"))
    #expect(Self.reading(deep, by: YAMLTreeBuilder.build).hasPrefix("invoer.te-groot"))
  }

  @Test func samplesSyntheticCasesAndTheirMutantsReadTheSame() throws {
    var bases = try TestSupport.sampleFiles().filter { $0.hasSuffix(".yaml") }.map {
      try String(contentsOfFile: $0, encoding: .utf8)
    }
    bases += YAMLPreScanTests.tricky + Self.edgeCases.filter { $0.count > 12 }
    let synthetic = SyntheticCases(peildatum: TestSupport.date("2026-11-22"))
    bases += [3, 7, 11].map { synthetic.yaml($0) }
    var tested = 0
    var trees = 0
    var failures: [String] = []
    for (number, base) in bases.enumerated() {
      for text in [base] + YAMLPreScanTests.mutants(of: base, count: 120, seed: UInt64(number + 101)) {
        tested += 1
        if let disagreement = Self.disagreement(text) {
          failures.append(disagreement)
        } else if Self.reading(text, by: YAMLTreeBuilder.build).hasPrefix("@") {
          trees += 1
        }
      }
    }
    #expect(tested > 5_000)
    #expect(trees > 1_000, "too few mutants are read as a tree to mean anything")
    #expect(failures.isEmpty, "\(failures.count) disagreements; first:\n\(failures.first ?? "")")
  }
}
