import Foundation
import Testing

@testable import PoortwachterKit

/// swift-mustache's sharp edges, wrapped: every template problem is a clear error.
@Suite struct TemplateErrorTests {
  func folder(_ files: [String: String]) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("pw-tpl-\(UUID().uuidString)")
      .path
    for (name, text) in files {
      let file = path + "/" + name
      try FileManager.default.createDirectory(
        atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
      try text.write(toFile: file, atomically: true, encoding: .utf8)
    }
    return path
  }

  func message(_ body: () throws -> Void) -> String? {
    do {
      try body()
      return nil
    } catch let error as PoortwachterError {
      return error.errorDescription
    } catch {
      return "\(error)"
    }
  }

  @Test func parseErrorNamesFileLineAndColumn() throws {
    let override = try folder([
      "riv.html.mustache": "<h1>{{kenmerk}}</h1>\n<p>{{#werknemer}}{{naam}}{{/werkgever}}</p>\n"
    ])
    let text = message { _ = try TemplateLibrary(builtIn: TestSupport.templates, override: override) }
    #expect(text?.contains("riv.html.mustache:2:") == true)
    #expect(text?.contains("sluitende sectie hoort niet bij de open sectie") == true)
  }

  @Test func unknownKeyIsAnErrorNotABlank() throws {
    let override = try folder(["riv.html.mustache": "<p>{{werknemer.nam}}</p>"])
    let renderer = DossierRenderer(
      templates: try TemplateLibrary(builtIn: TestSupport.templates, override: override),
      schema: try BuiltInSchema.load(from: TestSupport.templates))
    let loaded = try #require(TestSupport.loaded(path: TestSupport.sampleCases + "/vz-2023-0412.yaml"))
    let text = message {
      _ = try renderer.render(RuleEngine().evaluate(loaded, peildatum: TestSupport.date("2026-11-22")))
    }
    #expect(text?.contains("onbekende sleutel(s) 'nam'") == true)
  }

  @Test func unknownPartialIsAnError() throws {
    let override = try folder(["controle.html.mustache": "<p>{{> partials/bestaat-niet}}</p>"])
    let text = message { _ = try TemplateLibrary(builtIn: TestSupport.templates, override: override) }
    #expect(text?.contains("onbekend partial 'partials/bestaat-niet'") == true)
  }

  @Test func partialsThatIncludeEachOtherAreAnError() throws {
    let override = try folder([
      "partials/html/a.mustache": "{{> partials/html/b}}",
      "partials/html/b.mustache": "<b>{{> partials/html/a}}</b>",
    ])
    let text = message { _ = try TemplateLibrary(builtIn: TestSupport.templates, override: override) }
    #expect(text?.contains("partials/html/a → partials/html/b → partials/html/a") == true, "\(text ?? "")")
  }

  @Test func unknownTemplateNameIsAnError() throws {
    let library = try TemplateLibrary(builtIn: TestSupport.templates)
    let text = message {
      _ = try library.render("bestaat-niet", context: RenderNode([:]))
    }
    #expect(text?.contains("onbekend sjabloon 'bestaat-niet'") == true)
  }

  @Test func unreadableTemplateIsAnError() throws {
    let override = try folder(["riv.html.mustache": "x"])
    chmod(override + "/riv.html.mustache", 0)
    defer { chmod(override + "/riv.html.mustache", 0o600) }
    guard getuid() != 0 else { return }  // root reads anything
    let text = message { _ = try TemplateLibrary(builtIn: TestSupport.templates, override: override) }
    #expect(text?.contains("kan niet gelezen worden") == true)
  }

  @Test func missingTemplatesFolderIsAnError() {
    let text = message { _ = try TemplateLibrary(builtIn: TestSupport.templates, override: "/bestaat/niet") }
    #expect(text?.contains("bestaat niet") == true)
  }

  @Test func overridesFallBackToBuiltIns() throws {
    let override = try folder(["controle.html.mustache": "<p>Huisstijl {{kenmerk}}</p>"])
    let library = try TemplateLibrary(builtIn: TestSupport.templates, override: override)
    #expect(library.sources["controle.html"] == override + "/controle.html.mustache")
    #expect(library.sources["riv.html"] == TestSupport.templates + "/riv.html.mustache")
  }
}
