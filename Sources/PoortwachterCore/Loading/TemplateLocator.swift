import Foundation

/// Finds the built-in `Templates/` folder (the templates and `riv.xsd`) in a fixed order
/// (docs/installatie.md):
///
/// 1. a templates folder given on the command line, when it holds `riv.xsd` (a complete folder);
/// 2. `POORTWACHTER_SJABLONEN` (or the older `POORTWACHTER_TEMPLATES`): when set, it must hold
///    `riv.xsd`, or the search stops with an error instead of quietly using another folder;
/// 3. `<bin>/../share/poortwachter/Templates`, the installed layout;
/// 4. `<bin>/Templates`, a binary copied along with its templates;
/// 5. the source checkout this was built from, only for a binary inside that checkout's build
///    folders (`.build…`): a copied or installed binary never reads the checkout.
///
/// `<bin>` is the folder of the running executable with symbolic links resolved.
public enum TemplateLocator {
  /// The file that marks a built-in templates folder.
  static let marker = "riv.xsd"
  /// The environment variable that names the templates folder.
  public static let environmentVariable = "POORTWACHTER_SJABLONEN"
  /// The older name of ``environmentVariable``, still read.
  public static let legacyEnvironmentVariable = "POORTWACHTER_TEMPLATES"

  /// The source checkout this binary was built from (three folders above this file's folder).
  /// Worked out on the text of the path: an installed binary does not even look at it.
  public static let checkout = URL(fileURLWithPath: #filePath, isDirectory: false).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  /// The running executable, symbolic links resolved (`/proc/self/exe` on Linux).
  public static var currentExecutable: String {
    #if os(Linux)
      if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
        return path
      }
    #endif
    let path = Bundle.main.executablePath ?? CommandLine.arguments.first ?? ""
    return URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }

  /// The built-in templates folder, or `nil` when none is found (or the environment names a
  /// folder without templates).
  public static func builtInFolder() -> String? { try? locate().folder }

  /// The built-in templates folder in the documented order; throws
  /// ``PoortwachterError/builtInTemplatesNotFound(searched:)`` with every place looked in, or
  /// ``PoortwachterError/templatesVariableInvalid(variable:path:)``.
  public static func locate(
    option: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment,
    executable: String = currentExecutable, checkout: String = checkout
  ) throws(PoortwachterError) -> TemplateLocation {
    if let option, holdsTemplates(option) { return TemplateLocation(folder: option, origin: .option) }
    for variable in [environmentVariable, legacyEnvironmentVariable] {
      guard let value = environment[variable], !value.isEmpty else { continue }
      guard holdsTemplates(value) else { throw .templatesVariableInvalid(variable: variable, path: value) }
      return TemplateLocation(folder: value, origin: .environment(variable))
    }
    let binary = URL(fileURLWithPath: executable, isDirectory: false).standardizedFileURL
      .deletingLastPathComponent()
    var searched: [String] = []
    let beside: [(String, TemplateLocation.Origin)] = [
      (
        binary.deletingLastPathComponent().appendingPathComponent("share/poortwachter/Templates").path,
        .installed
      ),
      (binary.appendingPathComponent("Templates").path, .besideBinary),
    ]
    for (folder, origin) in beside {
      if holdsTemplates(folder) { return TemplateLocation(folder: folder, origin: origin) }
      searched.append(folder)
    }
    if isBuildProduct(executable, of: checkout) {
      let folder = URL(fileURLWithPath: checkout, isDirectory: true).appendingPathComponent("Templates").path
      if holdsTemplates(folder) { return TemplateLocation(folder: folder, origin: .checkout) }
      searched.append(folder)
    }
    throw .builtInTemplatesNotFound(searched: searched)
  }

  /// Whether `executable` lies in a build folder (a folder whose name starts with `.build`) inside
  /// `checkout`: `swift build`, `swift test`, the benchmarks and the fuzzers.
  static func isBuildProduct(_ executable: String, of checkout: String) -> Bool {
    let root = URL(fileURLWithPath: checkout, isDirectory: true).standardizedFileURL.pathComponents
    let path = URL(fileURLWithPath: executable, isDirectory: false).standardizedFileURL.pathComponents
    guard path.count > root.count, Array(path.prefix(root.count)) == root else { return false }
    return path[root.count..<(path.count - 1)].contains { $0.hasPrefix(".build") }
  }

  private static func holdsTemplates(_ folder: String) -> Bool {
    FileManager.default.fileExists(atPath: folder + "/" + marker)
  }
}
