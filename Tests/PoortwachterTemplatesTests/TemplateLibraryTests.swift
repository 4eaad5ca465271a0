import Foundation
import Testing

@testable import PoortwachterTemplates

/// Every template problem is a clear, typed error that names the file, line and column.
@Suite struct TemplateLibraryTests {
  /// A fresh folder with `files` (name -> text).
  func folder(_ files: [String: String]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("pw-tpl-\(UUID().uuidString)")
      .path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    for (name, text) in files {
      let file = path + "/" + name
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: file, atomically: true, encoding: .utf8)
    }
    return path
  }

  /// A small built-in folder: a page with a partial.
  func builtIn() throws -> String {
    try folder([
      "pagina.mustache": "<h1>{{titel}}</h1>\n{{#regels}}\n{{> partials/regel}}\n{{/regels}}\n",
      "partials/regel.mustache": "<p>{{tekst}} ({{datum.kort}})</p>\n",
    ])
  }

  /// The template error `body` throws; any other error is a test failure.
  func error(_ body: () throws -> Void) -> TemplateError? {
    do {
      try body()
      return nil
    } catch let error as TemplateError {
      return error
    } catch {
      Issue.record("not a TemplateError: \(error)")
      return nil
    }
  }

  static let context = RenderNode([
    "titel": "Titel",
    "regels": .list([RenderNode(["tekst": "een", "datum": .node(RenderNode(["kort": "01-02-2024"]))])]),
  ])

  @Test func rendersWithPartials() throws {
    let library = try TemplateLibrary(builtIn: try builtIn())
    #expect(
      try library.render("pagina", context: Self.context) == "<h1>Titel</h1>\n<p>een (01-02-2024)</p>\n")
  }

  @Test func parseErrorNamesFileLineAndColumn() throws {
    let override = try folder([
      "pagina.mustache": "<h1>{{titel}}</h1>\n<p>{{#regels}}{{tekst}}{{/regel}}</p>\n"
    ])
    let builtIn = try builtIn()
    let found = error { _ = try TemplateLibrary(builtIn: builtIn, override: override) }
    guard case .syntax(let position, let message)? = found else {
      Issue.record("expected a syntax error, got \(String(describing: found))")
      return
    }
    #expect((position.path, position.line, position.column) == (override + "/pagina.mustache", 2, 27))
    #expect(message.contains("sluitende sectie hoort niet bij de open sectie"))
    #expect(
      found?.description
        == "\(override)/pagina.mustache:2:27: fout in sjabloon: sluitende sectie hoort niet bij de open "
        + "sectie: '{{/regel}}' sluit 'regels'\n    <p>{{#regels}}{{tekst}}{{/regel}}</p>")
  }

  @Test func unknownKeyNamesTheTagInThePartial() throws {
    let override = try folder(["partials/regel.mustache": "<p>\n  {{tekst}} {{datum.kor}}</p>\n"])
    let library = try TemplateLibrary(builtIn: try builtIn(), override: override)
    let found = error { _ = try library.render("pagina", context: Self.context) }
    let path = override + "/partials/regel.mustache"
    #expect(
      found
        == .unknownKeys(
          template: "pagina",
          keys: [
            .init(
              key: "kor",
              position: TemplatePosition(
                path: path, line: 2, column: 13, lineText: "  {{tekst}} {{datum.kor}}</p>"))
          ]))
    #expect(
      found?.description
        == "\(path):2:13: fout in sjabloon: onbekende sleutel 'kor'; zie docs/sjablonen.md voor de "
        + "sleutels\n      {{tekst}} {{datum.kor}}</p>")
  }

  @Test func aLevelWrittenAsTextNamesItsTag() throws {
    let override = try folder(["pagina.mustache": "x\n{{regels}}\n"])
    let library = try TemplateLibrary(builtIn: try builtIn(), override: override)
    let found = error { _ = try library.render("pagina", context: Self.context) }
    let position = TemplatePosition(
      path: override + "/pagina.mustache", line: 2, column: 1, lineText: "{{regels}}")
    #expect(
      found
        == .rendering(
          template: "pagina", path: position.path, problems: [.notText(written: "regels", at: position)]))
    #expect(
      found?.description.hasPrefix("\(position.path):2:1: fout in sjabloon: '{{regels}}' is een groep")
        == true)
  }

  @Test func unknownPartialNamesTheTag() throws {
    let override = try folder(["pagina.mustache": "<p>\n {{> partials/bestaat-niet}}</p>"])
    let builtIn = try builtIn()
    let found = error { _ = try TemplateLibrary(builtIn: builtIn, override: override) }
    #expect(
      found?.description.hasPrefix(
        "\(override)/pagina.mustache:2:2: fout in sjabloon: sjabloon verwijst naar onbekend partial "
          + "'partials/bestaat-niet'; beschikbaar: pagina, partials/regel") == true,
      "\(String(describing: found))")
  }

  @Test func partialsThatIncludeEachOtherAreAnError() throws {
    let override = try folder([
      "partials/html/a.mustache": "{{> partials/html/b}}",
      "partials/html/b.mustache": "<b>{{> partials/html/a}}</b>",
    ])
    let builtIn = try builtIn()
    let found = error { _ = try TemplateLibrary(builtIn: builtIn, override: override) }
    #expect(found == .partialCycle(["partials/html/a", "partials/html/b", "partials/html/a"]))
    #expect(found?.description.contains("partials/html/a → partials/html/b → partials/html/a") == true)
  }

  @Test func unknownTemplateNameIsAnError() throws {
    let library = try TemplateLibrary(builtIn: try builtIn())
    let found = error { _ = try library.render("bestaat-niet", context: RenderNode([:])) }
    #expect(found == .unknownTemplate(name: "bestaat-niet", available: ["pagina", "partials/regel"]))
    #expect(found?.description.contains("onbekend sjabloon 'bestaat-niet'") == true)
  }

  @Test func requiredTemplatesMustBeThere() throws {
    let folder = try builtIn()
    let found = error { _ = try TemplateLibrary(builtIn: folder, required: ["pagina", "voorblad"]) }
    #expect(found == .missingTemplate(name: "voorblad", folder: folder))
  }

  @Test func unreadableTemplateIsAnError() throws {
    let override = try folder(["pagina.mustache": "x"])
    chmod(override + "/pagina.mustache", 0)
    defer { chmod(override + "/pagina.mustache", 0o600) }
    guard getuid() != 0 else { return }  // root reads anything
    let builtIn = try builtIn()
    let found = error { _ = try TemplateLibrary(builtIn: builtIn, override: override) }
    #expect(found == .unreadable(path: override + "/pagina.mustache"))
    #expect(found?.description.contains("kan niet gelezen worden") == true)
  }

  @Test func missingTemplatesFolderIsAnError() throws {
    let builtIn = try builtIn()
    let found = error { _ = try TemplateLibrary(builtIn: builtIn, override: "/bestaat/niet") }
    #expect(found == .folderNotFound(folder: "/bestaat/niet"))
    #expect(found?.description == "fout: sjablonenmap /bestaat/niet bestaat niet")
  }

  @Test func overridesFallBackToBuiltIns() throws {
    let builtIn = try builtIn()
    let override = try folder(["pagina.mustache": "<p>Huisstijl {{titel}}</p>"])
    let library = try TemplateLibrary(builtIn: builtIn, override: override)
    #expect(library.sources["pagina"] == override + "/pagina.mustache")
    #expect(library.sources["partials/regel"] == builtIn + "/partials/regel.mustache")
  }
}
