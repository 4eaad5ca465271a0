import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// Shared helpers for tests and benchmarks: the repository's folders (found from this file's
/// path), loading case text, running the built tool.
public enum TestSupport {
  /// The repository root (`Sources/PoortwachterTestSupport/` is two levels below it).
  public static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
  /// `SampleCases/`.
  public static let sampleCases = packageRoot.appendingPathComponent("SampleCases").path
  /// The built-in `Templates/`.
  public static let templates = packageRoot.appendingPathComponent("Templates").path

  /// The shipped XML schema, or `nil` when it does not parse (tests that need it then fail).
  public static let schema: XMLSchema? = try? BuiltInSchema.load(from: templates)

  /// A loader with the shipped schema.
  public static func loader() -> CaseLoader { CaseLoader(schema: schema) }

  /// Loads YAML text; returns the diagnostics (empty when it loaded).
  public static func diagnostics(_ yaml: String, file: String = "case.yaml") -> [Diagnostic] {
    switch loader().load(text: yaml, file: file, syntax: .yaml) {
    case .loaded: return []
    case .failed(_, let diagnostics): return diagnostics
    }
  }

  /// Loads case text; `nil` when it does not load.
  public static func loaded(_ text: String, syntax: CaseLoader.Syntax = .yaml) -> LoadedCase? {
    if case .loaded(let value) = loader().load(text: text, file: "case", syntax: syntax) { return value }
    return nil
  }

  /// Loads the case file at `path`; `nil` when it does not load.
  public static func loaded(path: String) -> LoadedCase? {
    if case .loaded(let value) = loader().load(path: path) { return value }
    return nil
  }

  /// A date from `YYYY-MM-DD` (1970-01-01 for text that is not one).
  public static func date(_ text: String) -> CivilDate { CivilDate(iso: text) ?? CivilDate(dayNumber: 0) }

  /// The case files in `SampleCases/`.
  public static func sampleFiles() -> [String] { (try? CaseDiscovery.files(in: [sampleCases])) ?? [] }

  /// Runs the built `poortwachter` binary in the repository root, without colours; returns its
  /// standard output, standard error and exit status.
  public static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (
    out: String, err: String, status: Int32
  ) {
    let process = Process()
    process.executableURL = productsFolder().appendingPathComponent("poortwachter")
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self),
      process.terminationStatus
    )
  }

  /// The folder the built products are in.
  public static func productsFolder() -> URL {
    // The test bundle lives in the products folder next to the executable.
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      return bundle.bundleURL.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug")
  }
}
