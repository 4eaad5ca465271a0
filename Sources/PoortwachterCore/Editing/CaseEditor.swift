/// Changes a YAML case file by field path and returns the new text, keeping every byte it does
/// not change: comments, key order, quoting, flow or block style, blank lines.
///
/// Each change is placed with the positions the loader's YAML composer records (``SourceSpan``),
/// never by searching the text. After each change the editor reads the new text back and checks
/// that it is the old document plus exactly that change; otherwise the change is refused
/// (``CaseEditFailure/notFaithful(_:)``) and nothing is returned. Without changes the text comes
/// back byte for byte. Saving is ``CaseFileStore``'s job.
public struct CaseEditor: Sendable {
  /// Creates an editor.
  public init() {}

  /// Applies `changes` in order to `text`, the contents of the case file `file` (its extension
  /// tells YAML from XML). All or nothing: the first change that fails fails the whole list.
  public func apply(_ changes: [CaseChange], to text: String, file: String) -> Result<String, CaseEditFailure>
  {
    if CaseLoader.Syntax(path: file) == .xml || text.drop(while: \.isWhitespace).hasPrefix("<") {
      return .failure(.notYAML(file: file))
    }
    // A byte-order mark is not part of the document: it is kept in front of the edited text.
    let mark = text.unicodeScalars.first == "\u{FEFF}" ? "\u{FEFF}" : ""
    var current = mark.isEmpty ? text : String(text.unicodeScalars.dropFirst())
    do {
      // Also without changes: a text that does not read is not handed back as if it were fine.
      if changes.isEmpty { _ = try Self.parse(current, file: file) }
      for change in changes {
        current = try apply(change, to: current, file: file)
      }
    } catch {
      return .failure(error)
    }
    return .success(mark + current)
  }

  private func apply(_ change: CaseChange, to text: String, file: String) throws(CaseEditFailure) -> String {
    let root = try Self.parse(text, file: file)
    let editable = EditableText(text)
    let splicer = YAMLSplicer(text: editable, root: root)
    try splicer.refuseAnchors()
    let splice = try splicer.splice(for: change.normalized)
    let edited = editable.replacing(splice.range, with: splice.text)
    guard let expected = PlainTree(root).applying(change),
      let reread = try? Self.parse(edited, file: file), PlainTree(reread) == expected
    else {
      throw .notFaithful(change.path)
    }
    return edited
  }

  /// The YAML tree of `text` with spans, or the loader's diagnostics.
  static func parse(_ text: String, file: String) throws(CaseEditFailure) -> SourceNode {
    let bag = DiagnosticBag(file: file, text: text)
    let tree = try? YAMLTreeBuilder.build(text, bag: bag)
    guard let tree else {
      let diagnostics = bag.sorted
      throw .unreadable(
        diagnostics.isEmpty
          ? [
            Diagnostic(
              code: "invoer.onleesbaar", file: file, location: nil,
              message: "het bestand kan niet gelezen worden")
          ] : diagnostics)
    }
    return tree
  }
}
