import PoortwachterCore

/// Splitting a path into its folder and its name without `NSString`, whose
/// `deletingLastPathComponent` traps on a one-character name without a slash (`--out d`,
/// `--report json s` crashed with "Illegal instruction" on Linux).
package enum PathName {
  /// The folder part and the name of `path`: `a/b/c` gives `a/b` and `c`, `c` gives `""` and `c`,
  /// `/c` gives `/` and `c`. Trailing slashes are ignored.
  package static func split(_ path: String) -> (folder: String, name: String) {
    var trimmed = Substring(path)
    while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
    guard let slash = trimmed.lastIndex(of: "/") else { return ("", String(trimmed)) }
    let folder = trimmed[..<slash]
    return (folder.isEmpty ? "/" : String(folder), String(trimmed[trimmed.index(after: slash)...]))
  }

  /// The path of a hidden file next to `path`: `.<name>` + `suffix` in the same folder (`.` when
  /// `path` has none).
  package static func hiddenSibling(of path: String, suffix: String) -> String {
    let (folder, name) = split(path)
    return (folder.isEmpty ? "." : folder == "/" ? "" : folder) + "/." + name + suffix
  }
}
