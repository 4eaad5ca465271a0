import Testing

@testable import PoortwachterTemplates

/// The compiled form of templates (``TemplateProgram``) and the renderer's fast paths over it.
@Suite struct TemplateProgramTests {
  static func program(_ templates: [String: String]) throws -> TemplateProgram {
    TemplateProgram(try templates.mapValues { try TemplateParser.parse($0) })
  }

  static func text(_ program: TemplateProgram, _ start: Int, _ count: Int) -> String {
    String(decoding: program.text[start..<(start + count)], as: UTF8.self)
  }

  @Test func aSectionJumpsPastItsEndAndItsEndBackToItsStart() throws {
    let program = try Self.program(["t": "a{{#x}}b{{/x}}c"])
    #expect(
      program.code == [
        .text(start: 0, count: 1, endsLine: false), .section(name: 0, inverted: false, end: 3),
        .text(start: 1, count: 1, endsLine: false), .end(section: 1),
        .text(start: 2, count: 1, endsLine: false),
        .stop,
      ])
    #expect(Self.text(program, 0, 3) == "abc")
    #expect(program.entries == ["t": 0])
  }

  @Test func linesInARowBecomeOneCopyOfContiguousBytes() throws {
    let program = try Self.program(["t": "een\ntwee\r\ndrie {{x}}\n"])
    guard case .lines(let start, let count, let lines) = program.code[0] else {
      Issue.record("no lines instruction: \(program.code)")
      return
    }
    #expect(Self.text(program, start, count) == "een\ntwee\r\ndrie ")
    #expect(
      program.lines[lines] == [
        .text(start: 0, count: 4, endsLine: true), .text(start: 4, count: 6, endsLine: true),
        .text(start: 10, count: 5, endsLine: false),
      ])
    #expect(program.code[1] == .variable(name: 0))
    #expect(program.code[2] == .text(start: 15, count: 1, endsLine: true))
  }

  @Test func partialsAreCallsAndUnknownPartialsAreMarked() throws {
    let program = try Self.program(["a": "{{> b}}{{> c}}", "b": "  x\n  {{> a}}\n"])
    let entryB = try #require(program.entries["b"])
    #expect(program.code[0] == .partial(entry: entryB, indentation: 0, indentationCount: 0, offset: 0))
    #expect(program.code[1] == .unknownPartial(name: 0, offset: 7))
    #expect(program.partialNames == ["c"])
    guard case .partial(let entryA, let start, let count, _) = program.code[entryB + 1] else {
      Issue.record("no partial call in b: \(program.code)")
      return
    }
    #expect(entryA == 0 && Self.text(program, start, count) == "  ")
    #expect(program.template(at: 0) == "a" && program.template(at: 2) == "a")
    #expect(program.template(at: entryB) == "b" && program.template(at: program.code.count - 1) == "b")
  }

  @Test func namesShareTheirKeysAndKeepWhatWasWritten() throws {
    let program = try Self.program(["t": "{{persoon.naam}}{{naam}}{{count(items)}}{{.}}"])
    #expect(program.keys == ["persoon", "naam", "items"])
    #expect(program.parts.map(\.key) == [0, 1, 1, 2])
    #expect(program.parts[1].hash == RenderNode.hash("naam"))
    #expect(program.written == ["persoon.naam", "naam", "count(items)", "."])
    #expect(program.names[2].functions.count == 1 && program.functions == [.count])
    #expect(program.names[3].scope == .item && program.names[3].parts.isEmpty)
  }

  @Test func linesOfAPartialAreIndentedOnlyWhereItIsIndented() throws {
    let partial = try TemplateParser.parse("een\ntwee\ndrie\n")
    let template = try TemplateParser.parse("<a>\n  {{> p}}\n{{> p}}{{#items}}{{> p}}{{/items}}")
    let renderer = TemplateEngineTests.run(template, partials: ["p": partial])
    let lines = "een\ntwee\ndrie\n"
    #expect(
      String(decoding: renderer.output, as: UTF8.self)
        == "<a>\n  een\n  twee\n  drie\n" + String(repeating: lines, count: 4))
  }

  @Test func stepsCountEveryLineOfARunSoTheLimitStopsAtTheSameByte() throws {
    let template = try TemplateParser.parse(String(repeating: "regel\n", count: 10))
    let renderer = TemplateEngineTests.run(template, maximumSteps: 4)
    #expect(String(decoding: renderer.output, as: UTF8.self) == String(repeating: "regel\n", count: 4))
    #expect(renderer.problems == [.tooMuchOutput(steps: 4)])
  }

  @Test func escapingMatchesCharacterByCharacterEscaping() {
    func reference(_ text: String) -> String {
      var result = ""
      for character in text.unicodeScalars {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        case "'": result += "&#39;"
        default: result.unicodeScalars.append(character)
        }
      }
      return result
    }
    let pieces = ["a", "&", "<", ">", "\"", "'", "é", " ", "ijs", "€", "12345678", "\u{1F600}", "?", "="]
    var state: UInt64 = 0xE5CA9E
    for _ in 0..<500 {
      var text = ""
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for index in 0..<Int(state >> 59) {
        text += pieces[Int((state >> UInt64(index % 50)) % UInt64(pieces.count))]
      }
      var output = OutputBuffer(capacity: 1)
      output.append("x")
      Escaping.append(text, to: &output)
      #expect(String(decoding: output.bytes, as: UTF8.self) == "x" + reference(text), "\(text)")
      #expect(Escaping.escaped(text) == reference(text), "\(text)")
    }
  }

  @Test func aWordNeedsEscapingExactlyWhenOneOfItsBytesDoes() {
    let specials: Set<UInt8> = [0x26, 0x3C, 0x3E, 0x22, 0x27]
    for position in 0..<8 {
      for byte in 0...255 {
        var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 8)
        bytes[position] = UInt8(byte)
        let word = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
        #expect(Escaping.mayNeedEscaping(word) == specials.contains(UInt8(byte)), "\(byte) at \(position)")
      }
    }
    let word = Array("<b>&'\"x!".utf8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
    #expect(Escaping.mayNeedEscaping(word))
  }

  @Test func aLevelOfGroupsFindsKeysInEveryGroupAndTheFirstWins() throws {
    let level = RenderNode([["a": "1", "b": "2"], [:], ["b": "3", "c": "4"], ["d": .absent]])
    #expect(level.keys == ["a", "b", "b", "c", "d"])
    let texts = ["a", "b", "c"].map { key -> String? in
      if case .text(let text)? = level[key] { text } else { nil }
    }
    #expect(texts == ["1", "2", "4"])
    #expect(level["e"] == nil)
    if case .absent? = level["d"] {} else { Issue.record("d is not absent") }
    let context = RenderNode(["groep": .node(level), "c": "buiten"])
    let renderer = TemplateEngineTests.run(
      try TemplateParser.parse("{{#groep}}{{a}}{{b}}{{c}}[{{d}}]{{/groep}}{{c}}"), context: context)
    #expect(String(decoding: renderer.output, as: UTF8.self) == "124[]buiten")
  }

  @Test func anOutputBufferGrowsAndKeepsEveryByteInOrder() {
    var buffer = OutputBuffer(capacity: 0)
    var expected: [UInt8] = []
    for round in 0..<300 {
      let piece = [UInt8]((0..<(round % 37)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ round) })
      buffer.append(piece)
      expected += piece
    }
    buffer.append("")
    buffer.append("&amp;")
    expected += Array("&amp;".utf8)
    #expect(buffer.count == expected.count && buffer.bytes == expected)
  }

  @Test func outputSizesReserveWhatATemplateNeededBefore() {
    let sizes = OutputSizes()
    #expect(sizes.capacity(for: "riv.html") == 16_384)
    sizes.record(40_000, for: "riv.html")
    sizes.record(30_000, for: "riv.html")
    #expect(sizes.capacity(for: "riv.html") == 45_000)
    #expect(sizes.capacity(for: "riv.xml") == 16_384)
    sizes.record(1 << 30, for: "riv.xml")
    #expect(sizes.capacity(for: "riv.xml") == 8 << 20)
  }
}
