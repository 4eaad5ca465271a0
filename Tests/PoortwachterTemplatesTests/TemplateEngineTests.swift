import Foundation
import Mustache
import Testing

@testable import PoortwachterTemplates

/// The template engine against swift-mustache (the Mustache implementation our templates were
/// first written for) on the same templates and context, plus the behaviour that is our own.
@Suite struct TemplateEngineTests {
  /// A lazy level as the domain makes dates: `iso`, `tekst` and `kort` made from one number (here
  /// simply the number in three forms); `made` counts the texts made.
  static func dateKind(_ made: MadeKeys? = nil) -> LazyLevel.Kind {
    LazyLevel.Kind(keys: ["iso", "tekst", "kort"]) { key, seed in
      made?.add(key)
      switch key {
      case "tekst": return "dag \(seed)"
      case "kort": return "d\(seed)"
      default: return "#\(seed)"
      }
    }
  }

  static let context = RenderNode([
    "naam": "Jan de Vries", "kenmerk": "VZ-1", "waar": true, "onwaar": false, "niets": .absent,
    "datum": "1 januari 2024", "klein": "jan-pieter de vries",
    "peildatum": .lazy(LazyLevel(20_577, kind: dateKind())),
    "gevaarlijk": "<script>\"&'</script>", "leeg": .list([]),
    "persoon": .node(RenderNode(["naam": "Anna", "adres": .node(RenderNode(["plaats": "Utrecht"]))])),
    "items": .list([
      RenderNode(["naam": "een", "datum": .absent]), RenderNode(["naam": "twee", "datum": "2 mei"]),
      RenderNode(["naam": "drie", "datum": .absent]),
    ]),
  ])

  static let partials = [
    "p": "regel 1\nregel 2 {{naam}}\n", "kop": "<h1>{{kenmerk}}</h1>",
    "lijst": "{{#items}}<li>{{naam}}</li>{{/items}}",
  ]

  static let templates = [
    "Hallo {{naam}}!",
    "<ul>\n  {{#items}}\n  <li>{{naam}}</li>\n  {{/items}}\n</ul>\n",
    "{{^leeg}}geen{{/leeg}} {{^niets}}niets{{/niets}} {{^onwaar}}onwaar{{/onwaar}} {{^items}}x{{/items}}",
    "{{#items}}{{kenmerk}}-{{naam}};{{/items}}",
    "{{persoon.naam}} in {{persoon.adres.plaats}} {{#persoon}}{{naam}} {{kenmerk}}{{/persoon}}",
    "{{#items}}[{{datum}}]{{/items}} {{datum}}",
    "{{count(items)}} {{#first(items)}}{{naam}}{{/first(items)}} {{#last(items)}}{{naam}}{{/last(items)}}",
    "{{#items}}{{plusone(index())}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{#even()}}e{{/even()}}"
      + "{{#odd()}}o{{/odd()}} {{/items}}",
    "{{#empty(leeg)}}leeg{{/empty(leeg)}}{{^empty(items)}} vol{{/empty(items)}} {{uppercased(naam)}}",
    "a{{! commentaar }}b\n  {{! alleen }}\nc\n",
    "{{=<% %>=}}<% naam %>\n<%={{ }}=%>{{naam}}\n",
    "{{> kop}}\n{{> p}}<div>\n  {{> p}}\n</div>\n",
    "{{#naam}}[{{.}}]{{/naam}} {{#waar}}ja{{/waar}}{{#onwaar}}nee{{/onwaar}} {{waar}} {{onwaar}}",
    "a\r\n{{#waar}}\r\nx\r\n{{/waar}}\r\nb",
    "{{gevaarlijk}} {{naam}}",
    "  {{#waar}}x{{/waar}}  \n  {{#waar}}\n  y\n  {{/waar}}\n",
    "a\n{{#waar}}\nb\n{{/waar}}",
    "<ol>\n{{> lijst}}\n</ol>\n{{#persoon}}\n  {{> kop}}\n{{/persoon}}\n",
    "{{ naam }} {{#items}}{{.naam}}{{/items}} {{niets}}{{#niets}}x{{/niets}}",
    "{{peildatum.tekst}} {{#peildatum}}{{kort}} {{iso}} {{kenmerk}}{{/peildatum}}",
    "{{#waar}}{{=<% %>=}}<% naam %><%/waar%> {{naam}} {{capitalized(klein)}} {{lowercased(naam)}}",
    "{{#items}}\n{{naam}}\n{{/items}}\n{{^leeg}}\nleeg\n{{/leeg}}\n",
  ]

  /// A renderer that has rendered `tokens` (the template named "") with `partials`.
  static func run(
    _ tokens: [TemplateToken], partials: [String: [TemplateToken]] = [:], context: RenderNode = context,
    maximumSteps: Int = TemplateRenderer.maximumSteps
  ) -> TemplateRenderer {
    var templates = partials
    templates[""] = tokens
    var renderer = TemplateRenderer(
      context: context, program: TemplateProgram(templates), maximumSteps: maximumSteps)
    renderer.render("")
    return renderer
  }

  /// Our engine's output.
  static func ours(_ template: String) throws -> String {
    var partials: [String: [TemplateToken]] = [:]
    for (name, text) in Self.partials { partials[name] = try TemplateParser.parse(text) }
    let renderer = run(try TemplateParser.parse(template), partials: partials)
    return String(decoding: renderer.output, as: UTF8.self)
  }

  /// swift-mustache's output for the same template and context.
  static func reference(_ template: String) throws -> String {
    var library = MustacheLibrary()
    for (name, text) in partials { library.register(try MustacheTemplate(string: text), named: name) }
    library.register(try MustacheTemplate(string: template), named: "t")
    return library.render(Adapter(node: context), withTemplate: "t") ?? "<geen uitvoer>"
  }

  @Test(arguments: templates)
  func sameOutputAsSwiftMustache(_ template: String) throws {
    #expect(try Self.ours(template) == Self.reference(template))
  }

  @Test func everyLineOfAnIndentedPartialIsIndentedAlsoInSections() throws {
    var partials = ["lijst": try TemplateParser.parse("{{#items}}\n<li>{{naam}}</li>\n{{/items}}\n")]
    partials["binnen"] = try TemplateParser.parse("<p>\n  {{> lijst}}\n</p>\n")
    let renderer = Self.run(try TemplateParser.parse("<div>\n  {{> binnen}}\n</div>\n"), partials: partials)
    #expect(
      String(decoding: renderer.output, as: UTF8.self)
        == "<div>\n  <p>\n    <li>een</li>\n    <li>twee</li>\n    <li>drie</li>\n  </p>\n</div>\n")
  }

  /// Random fragments of Mustache syntax: every one either parses and renders or is a syntax
  /// error; none crashes (a fixed seed keeps the run reproducible).
  @Test func randomTemplatesNeverCrash() throws {
    let pieces = [
      "{{", "}}", "{", "}", "#", "^", "/", "!", "&", ">", "=", "%", ".", "(", ")", "naam", "items", "p",
      "index", " ", "\n", "\r\n", "\t", "é", "<%", "%>", "leeg", "count", "waar",
    ]
    var state: UInt64 = 0x5EED
    func next() -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(truncatingIfNeeded: state >> 33)
    }
    var parsed = 0
    for _ in 0..<3_000 {
      let template = (0..<(next() % 12)).map { _ in pieces[next() % pieces.count] }.joined()
      guard let tokens = try? TemplateParser.parse(template) else { continue }
      parsed += 1
      _ = Self.run(tokens, partials: ["p": tokens])
    }
    #expect(parsed > 100)
  }

  @Test func aTemplateThatFansOutEndlesslyStops() throws {
    var partials: [String: [TemplateToken]] = ["p30": []]
    for level in 0..<30 {
      partials["p\(level)"] = try TemplateParser.parse("x{{> p\(level + 1)}}{{> p\(level + 1)}}")
    }
    let renderer = Self.run(try TemplateParser.parse("{{> p0}}"), partials: partials, maximumSteps: 100_000)
    #expect(renderer.problems == [.tooMuchOutput(steps: 100_000)])
    #expect(RenderProblem.tooMuchOutput(steps: 100_000).description.contains("te veel uitvoer"))
    #expect(renderer.output.count < 100_000)
  }

  @Test func sectionsNestedTooDeepAreAnError() {
    let template = String(repeating: "{{#a}}", count: 101) + String(repeating: "{{/a}}", count: 101)
    #expect(throws: TemplateSyntaxError.self) { try TemplateParser.parse(template) }
    let fine = String(repeating: "{{#a}}", count: 100) + String(repeating: "{{/a}}", count: 100)
    #expect(throws: Never.self) { try TemplateParser.parse(fine) }
  }

  @Test func tripleMustacheIsEscapedToo() throws {
    #expect(try Self.ours("{{{gevaarlijk}}}{{& gevaarlijk}}").contains("&lt;script&gt;"))
    #expect(try !Self.ours("{{{gevaarlijk}}}").contains("<script>"))
  }

  @Test func missedNamesAndMisuseAreRecorded() throws {
    let renderer = Self.run(try TemplateParser.parse("{{nam}} {{persoon.naa}} {{items}} {{> geen}}"))
    #expect(Set(renderer.missed.keys) == ["nam", "naa"])
    #expect(renderer.missed["naa"] == TemplateSpot(template: "", offset: 8))
    #expect(renderer.problems.count == 2)
    #expect(renderer.problems == [.notText(written: "items", at: nil), .unknownPartial("geen", at: nil)])
  }

  @Test func aPartialThatIncludesItselfStops() throws {
    let renderer = Self.run(
      try TemplateParser.parse("{{> p}}"), partials: ["p": try TemplateParser.parse("x{{> p}}")])
    #expect(renderer.output.count == TemplateRenderer.maximumPartialDepth)
    #expect(
      renderer.problems == [
        .partialsTooDeep(partial: "p", limit: TemplateRenderer.maximumPartialDepth, at: nil)
      ])
    #expect(renderer.problems.first?.description.contains("zichzelf") == true)
  }

  @Test(arguments: [
    ("a\n{{#x}}\nb", "2:1: fout in sjabloon: sectie 'x' niet afgesloten"),
    ("{{#x}}{{/y}}", "1:10: fout in sjabloon: sluitende sectie hoort niet bij de open sectie"),
    ("{{/x}}", "1:4: fout in sjabloon: sluitende sectie 'x' zonder open sectie"),
    ("ab {{naam", "1:10: fout in sjabloon: tag niet afgesloten"),
    ("a\nb {{", "2:3: fout in sjabloon: tag niet afgesloten"),
    ("{{#", "1:4: fout in sjabloon: tag niet afgesloten"),
    ("{{na me}}", "1:6: fout in sjabloon: tag niet afgesloten"),
    ("{{telop(items)}}", "1:3: fout in sjabloon: onbekende functie 'telop'"),
    ("{{count(items}}", "1:3: fout in sjabloon: haakjes kloppen niet"),
    ("{{% CONTENT_TYPE: TEXT }}", "1:1: fout in sjabloon: pragma's"),
    ("{{< basis}}{{/basis}}", "1:1: fout in sjabloon: sjabloonovererving"),
    ("{{>*naam}}", "1:4: fout in sjabloon: dynamische partials"),
    ("{{= x =}}", "1:4: fout in sjabloon: ongeldige scheidingstekens"),
    ("é{{!", "1:2: fout in sjabloon: commentaar niet afgesloten"),
    ("a\rb\r{{#x}}", "3:1: fout in sjabloon: sectie 'x' niet afgesloten"),
  ])
  func syntaxErrorsNameLineAndColumn(_ template: String, _ expected: String) {
    do {
      _ = try TemplateParser.parse(template)
      Issue.record("no error for \(template)")
    } catch {
      let position = TemplatePosition(path: "t.mustache", text: template, offset: error.offset)
      let text = TemplateError.syntax(position, message: error.message).description
      #expect(text.hasPrefix("t.mustache:" + expected), "\(text)")
    }
  }

  @Test func aLazyLevelMakesOnlyTheKeysATemplateReads() throws {
    let made = MadeKeys()
    let kind = Self.dateKind(made)
    let context = RenderNode(["datum": .lazy(LazyLevel(7, kind: kind)), "naam": "x"])
    let renderer = Self.run(
      try TemplateParser.parse("{{datum.iso}} {{#datum}}{{naam}}{{/datum}}"), context: context)
    #expect(String(decoding: renderer.output, as: UTF8.self) == "#7 x")
    #expect(made.count("iso") == 1 && made.count("tekst") == 0 && made.count("kort") == 0)
    #expect(LazyLevel(7, kind: kind)["kort"] == "d7")
    #expect(LazyLevel(7, kind: kind)["dag"] == nil)
  }
}

/// How often a lazy level made each key.
final class MadeKeys: @unchecked Sendable {
  private let lock = NSLock()
  private var counts: [String: Int] = [:]

  func add(_ key: String) { lock.withLock { counts[key, default: 0] += 1 } }
  func count(_ key: String) -> Int { lock.withLock { counts[key] ?? 0 } }
}

/// swift-mustache's view of a ``RenderNode``.
private struct Adapter: MustacheParent {
  let node: RenderNode

  struct Absent: MustacheCustomRepresentation {
    var representation: Any? { nil }
  }

  func child(named name: String) -> Any? {
    guard let value = node[name] else { return nil }
    switch value {
    case .text(let text): return text
    case .flag(let flag): return flag
    case .number(let number): return number
    case .node(let node): return Adapter(node: node)
    case .list(let nodes): return nodes.map(Adapter.init)
    case .lazy(let level):
      return LazyAdapter(level: level)
    case .absent: return Absent()
    }
  }
}

/// swift-mustache's view of a ``LazyLevel``: every key made when asked for, as in our engine.
private struct LazyAdapter: MustacheParent {
  let level: LazyLevel

  func child(named name: String) -> Any? { level[name] }
}
