import Foundation

/// A folder of Mustache templates (and a user's overrides), parsed once: an unreadable file, a
/// syntax error (with file:line:column), a partial or template that does not exist, and a key the
/// render context does not have are all errors (``TemplateError``), never blank text.
public struct TemplateLibrary: Sendable {
  /// Every template compiled into one program.
  private let program: TemplateProgram
  /// The text of each template, to name the line and column of a problem found while rendering.
  private let texts: [String: String]
  private let knownKeys = KnownKeys()
  private let outputSizes = OutputSizes()
  /// Template names and the file each came from.
  public let sources: [String: String]

  /// Loads the built-in folder, then `override` (a user's house style) on top of it: files in
  /// `override` replace built-in templates of the same name; the rest fall back to the built-in ones.
  /// A template is named by its path below the folder without `.mustache` (`partials/html/kop`).
  /// Every name in `required` must be there.
  public init(builtIn: String, override: String? = nil, required: [String] = []) throws(TemplateError) {
    var files: [String: String] = [:]
    for folder in [builtIn] + (override.map { [$0] } ?? []) {
      for (name, path) in try Self.templateFiles(in: folder) { files[name] = path }
    }
    var templates: [String: [TemplateToken]] = [:]
    var texts: [String: String] = [:]
    for (name, path) in files.sorted(by: { $0.key < $1.key }) {
      guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
      let text = String(decoding: data, as: UTF8.self)
      texts[name] = text
      do {
        templates[name] = try TemplateParser.parse(text)
      } catch {
        throw .syntax(TemplatePosition(path: path, text: text, offset: error.offset), message: error.message)
      }
    }
    for (name, tokens) in templates.sorted(by: { $0.key < $1.key }) {
      for (partial, offset) in Self.partials(in: tokens).sorted(by: { $0.key < $1.key })
      where templates[partial] == nil {
        let position = TemplatePosition(path: files[name] ?? name, text: texts[name] ?? "", offset: offset)
        throw .unknownPartial(partial: partial, at: position, available: files.keys.sorted())
      }
    }
    if let cycle = Self.partialCycle(in: templates) { throw .partialCycle(cycle) }
    for name in required where templates[name] == nil { throw .missingTemplate(name: name, folder: builtIn) }
    program = TemplateProgram(templates)
    sources = files
    self.texts = texts
  }

  /// Renders `name` with a context; throws for an unknown template, a key no context level has,
  /// or a list or level written as text.
  public func render(_ name: String, context: RenderNode) throws(TemplateError) -> String {
    String(decoding: try renderBytes(name, context: context), as: UTF8.self)
  }

  /// Renders `name` as UTF-8 bytes; see ``render(_:context:)``.
  public func renderBytes(_ name: String, context: RenderNode) throws(TemplateError) -> [UInt8] {
    guard program.entries[name] != nil else {
      throw .unknownTemplate(name: name, available: sources.keys.sorted())
    }
    var renderer = TemplateRenderer(
      context: context, program: program, capacity: outputSizes.capacity(for: name), locate: position)
    renderer.render(name)
    outputSizes.record(renderer.outputCount, for: name)
    if !renderer.missedKeys.isEmpty {
      let unknown = knownKeys.unknown(renderer.missedNames, in: context)
      if !unknown.isEmpty {
        let missed = renderer.missed
        throw .unknownKeys(
          template: name,
          keys: unknown.compactMap { key in
            missed[key].map { TemplateError.UnknownKey(key: key, position: position($0)) }
          })
      }
    }
    if !renderer.problems.isEmpty {
      throw .rendering(
        template: name, path: sources[name] ?? name,
        problems: renderer.problems.sorted { Self.order($0) < Self.order($1) })
    }
    return renderer.output
  }

  /// The line and column of a tag.
  private func position(_ spot: TemplateSpot) -> TemplatePosition {
    TemplatePosition(
      path: sources[spot.template] ?? spot.template, text: texts[spot.template] ?? "", offset: spot.offset)
  }

  /// Problems in file order; those without a position first.
  private static func order(_ problem: RenderProblem) -> (String, Int, Int, String) {
    let position = problem.position
    return (position?.path ?? "", position?.line ?? 0, position?.column ?? 0, problem.description)
  }

  /// `name -> path` of every `*.mustache` below `folder`.
  static func templateFiles(in folder: String) throws(TemplateError) -> [String: String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue
    else {
      throw .folderNotFound(folder: folder)
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
    let uses = templates.mapValues { partials(in: $0).keys.sorted() }
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

  /// Names used as `{{> name}}` in parsed tokens, each with the offset of its first use.
  static func partials(in tokens: [TemplateToken]) -> [String: Int] {
    var names: [String: Int] = [:]
    for token in tokens {
      switch token {
      case .partial(let name, _, let offset): names[name] = min(names[name] ?? offset, offset)
      case .section(_, _, let body): names.merge(partials(in: body), uniquingKeysWith: min)
      case .text, .variable: break
      }
    }
    return names
  }
}
