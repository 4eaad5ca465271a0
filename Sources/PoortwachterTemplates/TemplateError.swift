/// Why a template library could not be loaded or a template not rendered. Every case says which
/// template (and where known, which line and column); ``description`` is the Dutch message.
public enum TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A templates folder does not exist.
  case folderNotFound(folder: String)
  /// A template file cannot be read.
  case unreadable(path: String)
  /// A template's text is not valid Mustache (or uses what this engine does not support).
  case syntax(TemplatePosition, message: String)
  /// A template includes a partial that no file provides.
  case unknownPartial(partial: String, path: String, available: [String])
  /// Partials include each other in a cycle (`a → b → a`).
  case partialCycle([String])
  /// A template the library was asked to require is not there.
  case missingTemplate(name: String, folder: String)
  /// A template was asked for by a name the library does not have.
  case unknownTemplate(name: String, available: [String])
  /// A template asks for keys that no level of the render context has: typos.
  case unknownKeys(template: String, path: String, keys: [String])
  /// Rendering found problems (a list or level written as text, too much output).
  case rendering(template: String, path: String, problems: [RenderProblem])

  /// The Dutch message.
  public var description: String {
    switch self {
    case .folderNotFound(let folder): "sjablonenmap \(folder) bestaat niet"
    case .unreadable(let path): "\(path): sjabloon kan niet gelezen worden"
    case .syntax(let position, let message):
      "\(position): fout in sjabloon: \(message)\n    \(position.lineText)"
    case .unknownPartial(let partial, let path, let available):
      "\(path): sjabloon verwijst naar onbekend partial '\(partial)'; beschikbaar: "
        + available.joined(separator: ", ")
    case .partialCycle(let cycle):
      "partials nemen elkaar op in een kring: " + cycle.joined(separator: " → ")
        + "; een partial mag zichzelf niet (via andere) opnemen"
    case .missingTemplate(let name, let folder): "sjabloon '\(name)' ontbreekt (verwacht \(name).mustache in \(folder))"
    case .unknownTemplate(let name, let available):
      "onbekend sjabloon '\(name)'; beschikbaar: \(available.joined(separator: ", "))"
    case .unknownKeys(let template, let path, let keys):
      "sjabloon '\(template)' (\(path)) gebruikt onbekende sleutel(s) "
        + keys.map { "'\($0)'" }.joined(separator: ", ") + "; zie 'Sjablonen' in de README voor de sleutels"
    case .rendering(let template, let path, let problems):
      "sjabloon '\(template)' (\(path)): " + problems.map(\.description).joined(separator: "; ")
    }
  }
}

/// A problem found while rendering: the output is not written.
public enum RenderProblem: Hashable, Sendable, CustomStringConvertible {
  /// `{{naam}}` names a level or list, which has no text.
  case notText(written: String)
  /// The template fans out without end: more than `steps` steps or 256 MiB of output.
  case tooMuchOutput(steps: Int)
  /// `{{> naam}}` names a partial that is not there.
  case unknownPartial(String)
  /// Partials nest deeper than `limit` levels.
  case partialsTooDeep(partial: String, limit: Int)

  /// The Dutch message.
  public var description: String {
    switch self {
    case .notText(let written):
      "'{{\(written)}}' is een groep of lijst, geen tekst; gebruik een sectie {{#\(written)}}"
    case .tooMuchOutput(let steps): "sjabloon levert te veel uitvoer op (meer dan \(steps) stappen of 256 MiB)"
    case .unknownPartial(let name): "onbekend partial '\(name)'"
    case .partialsTooDeep(let partial, let limit):
      "partials meer dan \(limit) niveaus diep (neemt '\(partial)' zichzelf op?)"
    }
  }
}
