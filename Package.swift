// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "poortwachter",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "PoortwachterCore", targets: ["PoortwachterCore"]),
    .library(name: "PoortwachterOutput", targets: ["PoortwachterOutput"]),
    .library(name: "PoortwachterWorkspace", targets: ["PoortwachterWorkspace"]),
    .library(name: "PoortwachterTemplates", targets: ["PoortwachterTemplates"]),
    .library(name: "PoortwachterTestSupport", targets: ["PoortwachterTestSupport"]),
    .library(name: "PoortwachterServe", targets: ["PoortwachterServe"]),
    .executable(name: "poortwachter", targets: ["poortwachter"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    // The Mustache engine: knows nothing of cases, rules or dossiers.
    .target(name: "PoortwachterTemplates"),
    // The layers, each importing only the ones below it (docs/architectuur.md; LayerImportTests
    // reads every import line and fails on one that reaches up).
    // Core: the case as data and the law applied to it: model, loading, diagnostics, format,
    // timeline, documents, rules, findings, toets, agenda. Pure: no file writes, no CLI words. Yams
    // is there for the libyaml it ships (CYaml): the loader reads libyaml's events itself.
    .target(
      name: "PoortwachterCore",
      dependencies: [
        "CLibXML2",
        "PoortwachterTemplates",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    // Output: what is made from an evaluated case: rendering, reporting, the UWV pack, PDFs through
    // Chromium, and writing output folders atomically.
    .target(
      name: "PoortwachterOutput", dependencies: ["PoortwachterCore", "PoortwachterTemplates", "CLibXML2"]),
    // Workspace: the operations a front end calls (check, batch, pack, synthetic cases, ...).
    .target(
      name: "PoortwachterWorkspace",
      dependencies: ["PoortwachterCore", "PoortwachterOutput", "PoortwachterTemplates"]),
    // The rule-example harness and shared helpers for tests and benchmarks; never linked into the
    // executable (the synthetic-case generator of the hidden `genereer` command is in Workspace).
    .target(
      name: "PoortwachterTestSupport",
      dependencies: ["PoortwachterCore", "PoortwachterOutput", "PoortwachterWorkspace"]),
    // The local web app (`poortwachter serve`): a front end beside the CLI, on the same workspace.
    .target(
      name: "PoortwachterServe",
      dependencies: [
        "PoortwachterCore", "PoortwachterOutput", "PoortwachterWorkspace", "PoortwachterTemplates",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "Logging", package: "swift-log"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
      ]
    ),
    .executableTarget(
      name: "poortwachter",
      dependencies: [
        "PoortwachterCore", "PoortwachterOutput", "PoortwachterWorkspace", "PoortwachterServe",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
      linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
    ),
    .testTarget(
      name: "PoortwachterTemplatesTests",
      dependencies: [
        "PoortwachterTemplates",
        // Only as the reference our template engine is compared with (TemplateEngineTests).
        .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
    .testTarget(
      name: "PoortwachterKitTests",
      dependencies: [
        "PoortwachterCore", "PoortwachterOutput", "PoortwachterWorkspace", "PoortwachterTemplates",
        "PoortwachterTestSupport", "PoortwachterServe",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        // Only as the reference the YAML event composer is compared with (YAMLComposerParityTests).
        .product(name: "Yams", package: "Yams"),
      ],
      // Read by path (relative to #filePath), not bundled.
      exclude: ["Golden", "Fixtures"]
    ),
  ]
)
