import Foundation

/// Finds the built-in `Templates/` folder: next to an installed binary
/// (`<prefix>/share/poortwachter/Templates`), in a folder above the executable (a `swift run`
/// from the repository), in `POORTWACHTER_TEMPLATES`, or in the source tree this was built from.
public enum TemplateLocator {
  /// The file that marks a built-in templates folder.
  static let marker = "riv.xsd"

  /// The built-in templates folder, or `nil` when none is found.
  public static func builtInFolder() -> String? {
    let manager = FileManager.default
    var candidates: [String] = []
    if let env = ProcessInfo.processInfo.environment["POORTWACHTER_TEMPLATES"] { candidates.append(env) }
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    var folder = executable.deletingLastPathComponent()
    for _ in 0..<6 {
      candidates.append(folder.appendingPathComponent("share/poortwachter/Templates").path)
      candidates.append(folder.appendingPathComponent("Templates").path)
      folder = folder.deletingLastPathComponent()
    }
    let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    candidates.append(source.appendingPathComponent("Templates").path)
    return candidates.first { manager.fileExists(atPath: $0 + "/" + marker) }
  }
}
