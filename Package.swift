// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "poortwachter",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "PoortwachterKit", targets: ["PoortwachterKit"]),
    .library(name: "PoortwachterTemplates", targets: ["PoortwachterTemplates"]),
    .library(name: "PoortwachterTestSupport", targets: ["PoortwachterTestSupport"]),
    .executable(name: "poortwachter", targets: ["poortwachter"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
  ],
  targets: [
    .systemLibrary(
      name: "CLibXML2",
      pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
    ),
    // The Mustache engine: knows nothing of cases, rules or dossiers.
    .target(name: "PoortwachterTemplates"),
    // The domain: loading, rules, timeline, rendering of dossiers, the batch pipeline. Yams is
    // there for the libyaml it ships (CYaml): the loader reads libyaml's events itself.
    .target(
      name: "PoortwachterKit",
      dependencies: [
        "CLibXML2",
        "PoortwachterTemplates",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    // Synthetic cases, the rule-example harness and shared helpers for tests and benchmarks; not
    // part of the shipped library (only the hidden `genereer` command uses the generator).
    .target(name: "PoortwachterTestSupport", dependencies: ["PoortwachterKit"]),
    .executableTarget(
      name: "poortwachter",
      dependencies: [
        "PoortwachterKit",
        "PoortwachterTestSupport",
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
        "PoortwachterKit", "PoortwachterTemplates", "PoortwachterTestSupport",
        // Only as the reference the YAML event composer is compared with (YAMLComposerParityTests).
        .product(name: "Yams", package: "Yams"),
      ],
      // Read by path (relative to #filePath), not bundled.
      exclude: ["Golden", "Fixtures"]
    ),
  ]
)
