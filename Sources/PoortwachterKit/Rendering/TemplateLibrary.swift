import Foundation

/// The templates of `Templates/` (and a bureau's overrides), parsed once: an unreadable file, a
/// syntax error (with file:line:column), a partial or template that does not exist, and a key the
/// render context does not have are all errors, never blank text.
public struct TemplateLibrary: Sendable {
  /// The templates every dossier needs.
  public static let required = ["riv.html", "controle.html", "riv.xml"]

  private let parsed: [String: [TemplateToken]]
  private let knownKeys = KnownKeys()
  /// Template names and the file each came from.
  public let sources: [String: String]

  /// Loads the built-in folder, then `override` (a bureau's house style) on top of it: files in
  /// `override` replace built-in templates of the same name; the rest fall back to the built-in ones.
  public init(builtIn: String, override: String? = nil) throws {
    var files: [String: String] = [:]
    for folder in [builtIn] + (override.map { [$0] } ?? []) {
      for (name, path) in try Self.templateFiles(in: folder) { files[name] = path }
    }
    var templates: [String: [TemplateToken]] = [:]
    for (name, path) in files.sorted(by: { $0.key < $1.key }) {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw PoortwachterError.template("\(path): sjabloon kan niet gelezen worden")
      }
      let text = String(decoding: data, as: UTF8.self)
      do {
        templates[name] = try TemplateParser.parse(text)
      } catch {
        throw PoortwachterError.template(error.describe(path: path, text: text))
      }
    }
    for (name, tokens) in templates.sorted(by: { $0.key < $1.key }) {
      for partial in Self.partials(in: tokens).sorted() where templates[partial] == nil {
        throw PoortwachterError.template(
          "\(files[name] ?? name): sjabloon verwijst naar onbekend partial '\(partial)'; beschikbaar: "
            + files.keys.sorted().joined(separator: ", "))
      }
    }
    if let cycle = Self.partialCycle(in: templates) {
      throw PoortwachterError.template(
        "partials nemen elkaar op in een kring: " + cycle.joined(separator: " → ")
          + "; een partial mag zichzelf niet (via andere) opnemen")
    }
    for name in Self.required where templates[name] == nil {
      throw PoortwachterError.template(
        "sjabloon '\(name)' ontbreekt (verwacht \(name).mustache in \(builtIn))")
    }
    parsed = templates
    sources = files
  }

  /// Renders `name` with a context; throws for an unknown template, a key no context level has,
  /// or a list or level written as text.
  func render(_ name: String, context: RenderNode) throws -> String {
    String(decoding: try renderBytes(name, context: context), as: UTF8.self)
  }

  /// Renders `name` as UTF-8 bytes; see ``render(_:context:)``.
  func renderBytes(_ name: String, context: RenderNode) throws -> [UInt8] {
    guard let tokens = parsed[name] else {
      throw PoortwachterError.template(
        "onbekend sjabloon '\(name)'; beschikbaar: \(sources.keys.sorted().joined(separator: ", "))")
    }
    var renderer = TemplateRenderer(context: context, partials: parsed)
    renderer.render(tokens)
    let unknown = knownKeys.unknown(renderer.missed, in: context)
    if !unknown.isEmpty {
      throw PoortwachterError.template(
        "sjabloon '\(name)' (\(sources[name] ?? name)) gebruikt onbekende sleutel(s) "
          + unknown.map { "'\($0)'" }.joined(separator: ", ")
          + "; zie 'Sjablonen' in de README voor de sleutels")
    }
    if !renderer.problems.isEmpty {
      throw PoortwachterError.template(
        "sjabloon '\(name)' (\(sources[name] ?? name)): " + renderer.problems.sorted().joined(separator: "; ")
      )
    }
    return renderer.output
  }

  /// `name -> path` of every `*.mustache` below `folder`.
  static func templateFiles(in folder: String) throws -> [String: String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw PoortwachterError.template("sjablonenmap \(folder) bestaat niet")
    }
    var result: [String: String] = [:]
    let root = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    for case let relative as String in FileManager.default.enumerator(atPath: root)?.allObjects ?? []
    where relative.hasSuffix(".mustache") {
      result[String(relative.dropLast(".mustache".count))] = root + "/" + relative
    }
    return result
  }

  /// A chain of partials that includes its own start (`a → b → a`), if there is one.
  static func partialCycle(in templates: [String: [TemplateToken]]) -> [String]? {
    let uses = templates.mapValues { partials(in: $0).sorted() }
    var finished: Set<String> = []
    var path: [String] = []
    func visit(_ name: String) -> [String]? {
      if let start = path.firstIndex(of: name) { return Array(path[start...]) + [name] }
      guard !finished.contains(name) else { return nil }
      path.append(name)
      for used in uses[name] ?? [] {
        if let cycle = visit(used) { return cycle }
      }
      path.removeLast()
      finished.insert(name)
      return nil
    }
    for name in templates.keys.sorted() {
      if let cycle = visit(name) { return cycle }
    }
    return nil
  }

  /// Names used as `{{> name}}` in parsed tokens.
  static func partials(in tokens: [TemplateToken]) -> Set<String> {
    var names: Set<String> = []
    for token in tokens {
      switch token {
      case .partial(let name, _): names.insert(name)
      case .section(_, _, let body): names.formUnion(partials(in: body))
      case .text, .variable: break
      }
    }
    return names
  }
}
