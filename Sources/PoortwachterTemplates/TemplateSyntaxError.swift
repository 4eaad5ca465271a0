/// A mistake in a template's text, at a byte offset; ``TemplateLibrary`` turns it into a
/// ``TemplateError/syntax(_:message:)`` with file, line and column.
struct TemplateSyntaxError: Error {
  /// Byte offset into the template text.
  let offset: Int
  /// What is wrong, in Dutch.
  let message: String

  init(offset: Int, _ message: String) {
    self.offset = offset
    self.message = message
  }
}
