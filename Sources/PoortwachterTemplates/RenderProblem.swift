/// A problem found while rendering (the output is not used), with the tag's position where it has
/// one.
public enum RenderProblem: Hashable, Sendable, CustomStringConvertible {
  /// `{{naam}}` names a level or list, which has no text.
  case notText(written: String, at: TemplatePosition?)
  /// The template fans out without end: more than `steps` steps or 256 MiB of output.
  case tooMuchOutput(steps: Int)
  /// `{{> naam}}` names a partial that is not there.
  case unknownPartial(String, at: TemplatePosition?)
  /// Partials nest deeper than `limit` levels.
  case partialsTooDeep(partial: String, limit: Int, at: TemplatePosition?)

  /// The tag the problem is at, when it is at one.
  public var position: TemplatePosition? {
    switch self {
    case .notText(_, let position), .unknownPartial(_, let position), .partialsTooDeep(_, _, let position):
      position
    case .tooMuchOutput: nil
    }
  }

  /// The Dutch message, without the position.
  public var description: String {
    switch self {
    case .notText(let written, _):
      "'{{\(written)}}' is een groep of lijst, geen tekst; gebruik een sectie {{#\(written)}}"
    case .tooMuchOutput(let steps):
      "sjabloon levert te veel uitvoer op (meer dan \(steps) stappen of 256 MiB)"
    case .unknownPartial(let name, _): "onbekend partial '\(name)'"
    case .partialsTooDeep(let partial, let limit, _):
      "partials meer dan \(limit) niveaus diep (neemt '\(partial)' zichzelf op?)"
    }
  }
}
