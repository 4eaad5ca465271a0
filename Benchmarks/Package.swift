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
    // The same packages (and versions) the tool uses, to call the web app's router in the process.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
  ],
  targets: [
    // What several benchmarks share: the executor with threads of its own, the synthetic folder.
    .target(
      name: "BenchmarkSupport",
      dependencies: [
        .product(name: "PoortwachterCore", package: tool),
        .product(name: "PoortwachterOutput", package: tool),
        .product(name: "PoortwachterWorkspace", package: tool),
      ],
      path: "Benchmarks/BenchmarkSupport"
    ),
    .executableTarget(
      name: "PipelineBenchmark",
      dependencies: [
        "BenchmarkSupport",
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
        "BenchmarkSupport",
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
    // The web app over 10,000 cases, in the process (issue 21); from outside: serve-wrk.sh.
    .executableTarget(
      name: "ServeBenchmark",
      dependencies: [
        "BenchmarkSupport",
        .product(name: "Benchmark", package: "benchmark"),
        .product(name: "PoortwachterCore", package: tool),
        .product(name: "PoortwachterOutput", package: tool),
        .product(name: "PoortwachterWorkspace", package: tool),
        .product(name: "PoortwachterServe", package: tool),
        .product(name: "PoortwachterTestSupport", package: tool),
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "NIOEmbedded", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
      ],
      path: "Benchmarks/ServeBenchmark",
      plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
    ),
  ]
)
