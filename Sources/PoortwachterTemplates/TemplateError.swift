/// Why a template library could not be loaded or a template not rendered. Every case names the
/// template, and where the problem sits in one, its file, line and column (``TemplatePosition``);
/// ``description`` is the Dutch message, ready to print (`pad:regel:kolom: fout in sjabloon: ...`).
public enum TemplateError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A templates folder does not exist.
  case folderNotFound(folder: String)
  /// A template file cannot be read.
  case unreadable(path: String)
  /// A template's text is not valid Mustache (or uses what this engine does not support).
  case syntax(TemplatePosition, message: String)
  /// A template includes a partial that no file provides.
  case unknownPartial(partial: String, at: TemplatePosition, available: [String])
  /// Partials include each other in a cycle (`a → b → a`).
  case partialCycle([String])
  /// A template the library was asked to require is not there.
  case missingTemplate(name: String, folder: String)
  /// A template was asked for by a name the library does not have.
  case unknownTemplate(name: String, available: [String])
  /// Rendering `template` asked for keys that no level of the render context has (typos), each
  /// with the first tag that asked for it; sorted by key.
  case unknownKeys(template: String, keys: [UnknownKey])
  /// Rendering `template` (from the file `path`) found problems, such as a list or level written
  /// as text; sorted by message.
  case rendering(template: String, path: String, problems: [RenderProblem])

  /// A key that no level of the render context has, and the tag that asked for it.
  public struct UnknownKey: Equatable, Sendable {
    /// The key as the tag names it (one part of a dotted name).
    public let key: String
    /// The tag.
    public let position: TemplatePosition

    /// Creates an unknown key.
    public init(key: String, position: TemplatePosition) {
      self.key = key
      self.position = position
    }
  }

  /// The Dutch message.
  public var description: String {
    switch self {
    case .folderNotFound(let folder): "fout: sjablonenmap \(folder) bestaat niet"
    case .unreadable(let path): "\(path): fout: sjabloon kan niet gelezen worden"
    case .syntax(let position, let message): Self.located(position, message)
    case .unknownPartial(let partial, let position, let available):
      Self.located(
        position,
        "sjabloon verwijst naar onbekend partial '\(partial)'; beschikbaar: "
          + available.joined(separator: ", "))
    case .partialCycle(let cycle):
      "fout: partials nemen elkaar op in een kring: " + cycle.joined(separator: " → ")
        + "; een partial mag zichzelf niet (via andere) opnemen"
    case .missingTemplate(let name, let folder):
      "fout: sjabloon '\(name)' ontbreekt (verwacht \(name).mustache in \(folder))"
    case .unknownTemplate(let name, let available):
      "fout: onbekend sjabloon '\(name)'; beschikbaar: \(available.joined(separator: ", "))"
    case .unknownKeys(_, let keys):
      keys.map {
        Self.located(
          $0.position, "onbekende sleutel '\($0.key)'; zie docs/sjablonen.md voor de sleutels")
      }.joined(separator: "\n")
    case .rendering(let template, let path, let problems):
      problems.map { problem in
        problem.position.map { Self.located($0, problem.description) }
          ?? "fout: sjabloon '\(template)' (\(path)): \(problem)"
      }.joined(separator: "\n")
    }
  }

  /// `pad:regel:kolom: fout in sjabloon: message` and the line itself, indented.
  private static func located(_ position: TemplatePosition, _ message: String) -> String {
    "\(position): fout in sjabloon: \(message)\n    \(position.lineText)"
  }
}
