import Foundation
import Mustache

/// The templates of `Templates/` (and a bureau's overrides), loaded with every sharp edge of
/// swift-mustache wrapped: an unreadable file, a parse error (with file:line:column), a partial or
/// template that does not exist, and a key the render context does not have are all errors.
public struct TemplateLibrary: Sendable {
  /// The templates every dossier needs.
  public static let required = ["riv.html", "controle.html", "riv.xml"]

  private let library: MustacheLibrary
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
    var templates: [String: MustacheTemplate] = [:]
    _ = EscapingContentType.registered
    for (name, path) in files {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw PoortwachterError.template("\(path): sjabloon kan niet gelezen worden")
      }
      let text = String(decoding: data, as: UTF8.self)
      // Every template starts with the fast escaping type (a template may still switch with its
      // own CONTENT_TYPE pragma). The pragma stands alone on an extra first line, which Mustache
      // removes as a standalone tag; error line numbers are corrected for it.
      let prefix = "{{% CONTENT_TYPE: \(EscapingContentType.name) }}\n"
      do {
        templates[name] = try MustacheTemplate(string: prefix + text)
      } catch let error as MustacheTemplate.ParserError {
        let c = error.context
        throw PoortwachterError.template(
          "\(path):\(max(1, c.lineNumber - 1)):\(c.columnNumber): fout in sjabloon: "
            + "\(Self.describe(error.error))\n    \(c.line)")
      }
      for partial in Self.partials(in: text) where files[partial] == nil {
        throw PoortwachterError.template(
          "\(path): sjabloon verwijst naar onbekend partial '\(partial)'; beschikbaar: "
            + files.keys.sorted().joined(separator: ", "))
      }
    }
    for name in Self.required where templates[name] == nil {
      throw PoortwachterError.template(
        "sjabloon '\(name)' ontbreekt (verwacht \(name).mustache in \(builtIn))")
    }
    library = MustacheLibrary(templates: templates)
    sources = files
  }

  /// Renders `name` with a context; throws for an unknown template or a key no context level has.
  func render(_ name: String, context: RenderNode, log: KeyLog) throws -> String {
    guard let output = library.render(context, withTemplate: name) else {
      throw PoortwachterError.template(
        "onbekend sjabloon '\(name)'; beschikbaar: \(sources.keys.sorted().joined(separator: ", "))")
    }
    let unknown = log.unknownKeys(in: context, known: knownKeys)
    if !unknown.isEmpty {
      throw PoortwachterError.template(
        "sjabloon '\(name)' (\(sources[name] ?? name)) gebruikt onbekende sleutel(s) "
          + unknown.map { "'\($0)'" }.joined(separator: ", ")
          + "; zie 'Sjablonen' in de README voor de sleutels")
    }
    return output
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

  /// Names used as `{{> name}}` in a template.
  static func partials(in text: String) -> [String] {
    var names: [String] = []
    var rest = Substring(text)
    while let open = rest.range(of: "{{>") {
      guard let close = rest[open.upperBound...].range(of: "}}") else { break }
      names.append(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces))
      rest = rest[close.upperBound...]
    }
    return names
  }

  private static func describe(_ error: Error) -> String {
    switch error as? MustacheTemplate.Error {
    case .sectionCloseNameIncorrect: return "sluitende sectie hoort niet bij de open sectie"
    case .unfinishedName: return "naam niet afgesloten met '}}'"
    case .expectedSectionEnd: return "sectie niet afgesloten ({{/naam}} ontbreekt)"
    case .invalidSetDelimiter: return "ongeldige scheidingstekens"
    case .unrecognisedConfigVariable: return "onbekende instelling (bijv. CONTENT_TYPE)"
    case .invalidConfigVariableSyntax: return "ongeldige instelling"
    default: return "\(error)"
    }
  }
}
