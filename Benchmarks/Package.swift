// swift-tools-version: 6.1
// Benchmarks live in their own package so that `swift build` and `swift test` of the tool do not
// build the benchmark framework. Run from this folder: `swift package benchmark`.
import PackageDescription

// The tool's package identity is the name of the folder it is checked out in.
let tool =
  Context.packageDirectory.split(separator: "/").dropLast().last.map { String($0).lowercased() }
  ?? "poortwachter"

let package = Package(
  name: "PoortwachterBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    .executableTarget(
      name: "PipelineBenchmark",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "PoortwachterCore", package: tool),
        .product(name: "PoortwachterOutput", package: tool),
        .product(name: "PoortwachterWorkspace", package: tool),
        .product(name: "PoortwachterTestSupport", package: tool),
      ],
      path: "Benchmarks/PipelineBenchmark",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "EditBenchmark",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "PoortwachterCore", package: tool),
        .product(name: "PoortwachterOutput", package: tool),
        .product(name: "PoortwachterWorkspace", package: tool),
        .product(name: "PoortwachterTestSupport", package: tool),
      ],
      path: "Benchmarks/EditBenchmark",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "FolderBenchmark",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "PoortwachterCore", package: tool),
        .product(name: "PoortwachterOutput", package: tool),
        .product(name: "PoortwachterWorkspace", package: tool),
        .product(name: "PoortwachterTestSupport", package: tool),
      ],
      path: "Benchmarks/FolderBenchmark",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
    .executableTarget(
      name: "PackBenchmark",
      dependencies: [
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "PoortwachterCore", package: tool),
        .product(name: "PoortwachterOutput", package: tool),
        .product(name: "PoortwachterWorkspace", package: tool),
        .product(name: "PoortwachterTestSupport", package: tool),
      ],
      path: "Benchmarks/PackBenchmark",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ]
)
