import Foundation
import PoortwachterTestSupport
import Testing

/// The targets form layers (docs/architectuur.md): a target imports only the targets below it.
/// SwiftPM on Linux can let an `import` of an undeclared dependency succeed when that module happens
/// to be built already, so the build alone does not guard the order: this test reads every `import`
/// line under `Sources/` and compares it with the allowed graph.
@Suite struct LayerImportTests {
  /// The modules each target under `Sources/` may import, besides the system's and the toolchain's
  /// (Foundation, Glibc, Darwin, Dispatch, Testing). A target that is not listed here fails the test.
  static let allowed: [String: Set<String>] = [
    "CLibXML2": [],
    "PoortwachterTemplates": [],
    "PoortwachterCore": ["PoortwachterTemplates", "CLibXML2", "CYaml", "Yams"],
    "PoortwachterOutput": ["PoortwachterCore", "PoortwachterTemplates", "CLibXML2"],
    "PoortwachterWorkspace": ["PoortwachterCore", "PoortwachterOutput", "PoortwachterTemplates"],
    "PoortwachterTestSupport": [
      "PoortwachterCore", "PoortwachterOutput", "PoortwachterWorkspace", "PoortwachterTemplates", "CYaml",
    ],
    // The web app: a front end beside the command line, on the same workspace.
    "PoortwachterServe": [
      "PoortwachterCore", "PoortwachterOutput", "PoortwachterWorkspace", "PoortwachterTemplates",
      "Hummingbird",
      "HTTPTypes", "Logging",
    ],
    "poortwachter": [
      "PoortwachterCore", "PoortwachterOutput", "PoortwachterWorkspace", "PoortwachterServe",
      "ArgumentParser",
    ],
  ]

  static let system: Set<String> = ["Foundation", "Glibc", "Darwin", "Dispatch", "Musl"]

  /// Every `import` in the target's Swift files, with the file and line it is on.
  static func imports(of target: String) throws -> [(module: String, place: String)] {
    let root = TestSupport.packageRoot.appendingPathComponent("Sources/" + target)
    let files = FileManager.default.enumerator(atPath: root.path)?.compactMap { $0 as? String } ?? []
    var found: [(module: String, place: String)] = []
    for file in files.sorted() where file.hasSuffix(".swift") {
      let text = try String(contentsOfFile: root.appendingPathComponent(file).path, encoding: .utf8)
      for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        var words = line.split(separator: " ").map(String.init)
        while let first = words.first,
          first.hasPrefix("@") || ["public", "package", "internal"].contains(first)
        {
          words.removeFirst()
        }
        guard words.count >= 2, words[0] == "import" else { continue }
        // `import struct Foundation.URL` names a kind first; `import A.B` imports A.
        let name =
          ["struct", "class", "enum", "func", "protocol", "typealias", "var", "let"].contains(words[1])
          ? (words.count > 2 ? words[2] : "") : words[1]
        let module = String(name.split(separator: ".").first ?? "")
        found.append((module, "Sources/\(target)/\(file):\(index + 1)"))
      }
    }
    return found
  }

  @Test func everyTargetIsInTheGraph() throws {
    let sources = TestSupport.packageRoot.appendingPathComponent("Sources").path
    let targets = try FileManager.default.contentsOfDirectory(atPath: sources).filter { !$0.hasPrefix(".") }
    #expect(Set(targets) == Set(Self.allowed.keys), "a new target needs its place in the layer graph")
  }

  @Test func noTargetImportsAHigherLayer() throws {
    var checked = 0
    for (target, allowed) in Self.allowed.sorted(by: { $0.key < $1.key }) {
      for found in try Self.imports(of: target) {
        checked += 1
        #expect(
          allowed.contains(found.module) || Self.system.contains(found.module),
          "\(found.place): \(target) imports \(found.module), which is not below it")
      }
    }
    #expect(checked > 50, "too few imports read (\(checked)): is Sources/ where the test looks?")
  }

  /// The shipped executable does not link the test support (its generator lives in Workspace).
  @Test func theExecutableDoesNotLinkTestSupport() throws {
    let manifest = try String(
      contentsOfFile: TestSupport.packageRoot.appendingPathComponent("Package.swift").path, encoding: .utf8)
    let start = try #require(manifest.range(of: ".executableTarget("))
    let end = try #require(manifest.range(of: "swiftSettings:", range: start.upperBound..<manifest.endIndex))
    let declaration = manifest[start.upperBound..<end.lowerBound]
    #expect(declaration.contains("PoortwachterWorkspace"))
    #expect(!declaration.contains("PoortwachterTestSupport"))
  }

  /// The check itself can fail: an import from a higher layer is reported.
  @Test func aHigherImportIsFound() {
    let allowed = Self.allowed["PoortwachterCore"] ?? []
    #expect(!allowed.contains("PoortwachterOutput") && !allowed.contains("PoortwachterWorkspace"))
    #expect(!(Self.allowed["PoortwachterOutput"] ?? []).contains("PoortwachterWorkspace"))
    #expect(!(Self.allowed["poortwachter"] ?? []).contains("PoortwachterTestSupport"))
  }
}
