import Foundation
import Testing

@testable import PoortwachterKit

/// Shared helpers: fixture paths relative to this file, loading text, running the built tool.
enum TestSupport {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()
  static let sampleCases = packageRoot.appendingPathComponent("SampleCases").path
  static let templates = packageRoot.appendingPathComponent("Templates").path
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Fixtures"
  )
  .path

  static let schema: XMLSchema? = try? BuiltInSchema.load(from: templates)

  static func loader() -> CaseLoader { CaseLoader(schema: schema) }

  /// Loads YAML text; returns the diagnostics (empty when it loaded).
  static func diagnostics(_ yaml: String, file: String = "case.yaml") -> [Diagnostic] {
    switch loader().load(text: yaml, file: file, syntax: .yaml) {
    case .loaded: return []
    case .failed(_, let diagnostics): return diagnostics
    }
  }

  static func loaded(_ text: String, syntax: CaseLoader.Syntax = .yaml) -> LoadedCase? {
    if case .loaded(let value) = loader().load(text: text, file: "case", syntax: syntax) { return value }
    return nil
  }

  static func loaded(path: String) -> LoadedCase? {
    if case .loaded(let value) = loader().load(path: path) { return value }
    return nil
  }

  static func date(_ text: String) -> CivilDate { CivilDate(iso: text) ?? CivilDate(dayNumber: 0) }

  static func sampleFiles() -> [String] { (try? CaseDiscovery.files(in: [sampleCases])) ?? [] }

  /// Runs the built `poortwachter` binary.
  static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> (
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

  static func productsFolder() -> URL {
    // The test bundle lives in the products folder next to the executable.
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      return bundle.bundleURL.deletingLastPathComponent()
    }
    return packageRoot.appendingPathComponent(".build/debug")
  }
}
