import PoortwachterCore

/// The edit form of a YAML case file, generated from ``FormatCatalogue`` (the same source as the
/// JSON Schema): one section per top-level part of the file, each field with its Dutch label and
/// help, its kind and the value the file holds now. Field names are the editor's field paths.
public struct CaseForm: Sendable {
  /// The id of the section with the top-level scalars (the kenmerk).
  public static let topSection = "casus"

  /// The case file.
  public let path: String
  /// The hash of the text the form was made from; a submission carries it back, so that a file
  /// changed on disk meanwhile is never overwritten.
  public let contentHash: String
  /// The sections in the catalogue's order.
  public let sections: [FormSection]

  /// The section with id `id` (`werknemer`, `evaluaties`, `casus`).
  public func section(_ id: String) -> FormSection? { sections.first { $0.id == id } }

  /// Every element id of the form (fields, groups, lists, sections), for linking findings.
  public var anchors: Set<String> {
    var result: Set<String> = []
    func walk(_ element: FormElement) {
      switch element {
      case .field(let field): result.insert(field.anchor)
      case .group(let group):
        result.insert(group.anchor)
        group.elements.forEach(walk)
      case .list(let list):
        result.insert(list.anchor)
        list.items.forEach(walk)
      }
    }
    for section in sections {
      result.insert(section.anchor)
      section.elements.forEach(walk)
    }
    return result
  }

  /// The form of the case file `path` with text `text`; `shown` replaces values by those of a
  /// submission (shown again next to its messages), and lists get empty rows up to the highest
  /// new item position `shown` names. Fails when the text is XML or no readable YAML.
  public static func make(path: String, text: String, shown: [String: String] = [:]) -> Result<
    CaseForm, CaseEditFailure
  > {
    switch CaseFieldTree.read(text, file: path) {
    case .failure(let failure): return .failure(failure)
    case .success(let tree):
      let builder = CaseFormBuilder(tree: tree, shown: shown)
      return .success(
        CaseForm(
          path: path, contentHash: CaseFileSnapshot.contentHash(of: text), sections: builder.sections()))
    }
  }
}
