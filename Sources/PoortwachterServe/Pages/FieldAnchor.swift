import PoortwachterCore
import PoortwachterWorkspace

/// The anchor of a field on the Bewerken page, which the casus page links findings to:
/// `veld-` + the field path with `.` as `-` and a list position `[n]` as `-n`
/// (`evaluaties[2].datum` -> `veld-evaluaties-2-datum`). Sections and list items have one too
/// (`veld-evaluaties`, `veld-evaluaties-2`). See docs/serve.md.
public enum FieldAnchor {
  /// The anchor id of `path` (the root gives `veld-`).
  public static func id(_ path: FieldPath) -> String { id(path.description) }

  /// The anchor id of a path written as text: the form's own id (``FormAnchor/id(_:)``).
  public static func id(_ path: String) -> String { FormAnchor.id(path) }

  /// The link from a page to the field on the case's Bewerken page.
  public static func link(caseID: String, path: FieldPath?) -> String {
    let base = "/casus/\(caseID)/bewerken"
    guard let path, !path.description.isEmpty else { return base }
    return base + "#" + id(path)
  }
}
