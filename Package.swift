// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "poortwachter",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "PoortwachterKit", targets: ["PoortwachterKit"]),
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
    .target(
      name: "PoortwachterKit",
      dependencies: [
        "CLibXML2",
        .product(name: "Yams", package: "Yams"),
      ]
    ),
    .executableTarget(
      name: "poortwachter",
      dependencies: [
        "PoortwachterKit",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "PoortwachterKitTests",
      dependencies: [
        "PoortwachterKit",
        // Only as the reference our template engine is compared with (TemplateEngineTests).
        .product(name: "Mustache", package: "swift-mustache"),
      ]
    ),
  ]
)
