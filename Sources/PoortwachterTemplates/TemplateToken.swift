/// A function in a tag: `count(lijst)`, `plusone(index())`, `uppercased(naam)`. Without an
/// argument (`index()`, `first()`) a function reads the position in the list being rendered.
enum TemplateFunction: String, Sendable, CaseIterable {
  case first, last, index, even, odd, count, empty, reversed
  case plusone, minusone, equalzero, uppercased, lowercased, capitalized
}

/// What a tag names, parsed once: `naam`, `datum.kort`, `.`, `.naam`, `count(lijst)`, `index()`.
///
/// A class, so a token hands it to the renderer with one reference count instead of three.
final class TemplateName: Sendable, Equatable {
  /// Where the lookup starts.
  enum Scope: Sendable, Equatable {
    /// The first part is searched from the innermost level outwards (`naam`, `datum.kort`).
    case stack
    /// Only the innermost level (`.naam`).
    case current
    /// The innermost value itself (`.`).
    case item
    /// The position in the list being rendered (`index()`, `first()`).
    case position
  }

  let scope: Scope
  /// The parts of a dotted name.
  let path: [String]
  /// The ``RenderNode/hash(_:)`` of each part.
  let hashes: [UInt64]
  /// Functions in the order they apply (innermost first).
  let functions: [TemplateFunction]
  /// The name as written, for messages and to match a section's closing tag.
  let written: String
  /// Byte offset of the tag in its template's text, so a problem found while rendering can name
  /// the line and column.
  let offset: Int

  init(scope: Scope, path: [String], functions: [TemplateFunction], written: String, offset: Int) {
    self.scope = scope
    self.path = path
    self.hashes = path.map(RenderNode.hash)
    self.functions = functions
    self.written = written
    self.offset = offset
  }

  static func == (left: TemplateName, right: TemplateName) -> Bool {
    left.scope == right.scope && left.path == right.path && left.functions == right.functions
  }
}

/// One parsed piece of a template.
enum TemplateToken: Sendable {
  /// Text copied as is (at most one line, ending with its newline).
  case text([UInt8])
  /// `{{naam}}`, and also `{{{naam}}}` and `{{& naam}}`: escaped all the same, so no case text can
  /// become markup.
  case variable(TemplateName)
  /// `{{#naam}}...{{/naam}}` or, inverted, `{{^naam}}...{{/naam}}`.
  case section(TemplateName, inverted: Bool, body: [TemplateToken])
  /// `{{> naam}}` at a byte offset; a partial alone on its line indents every following line of its
  /// output.
  case partial(String, indentation: [UInt8], offset: Int)
}
