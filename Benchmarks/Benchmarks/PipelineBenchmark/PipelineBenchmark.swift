import Benchmark
import BenchmarkSupport
import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterTestSupport
import PoortwachterWorkspace

/// The batch pipeline on deterministic synthetic cases: whole pipeline at 1 and 2 cores, 1,000 and
/// 10,000 cases, and the cost per stage (parse, check, render, validate, write).
let benchmarks: @Sendable () -> Void = {
  let peildatum = CivilDate(year: 2026, month: 11, day: 22) ?? CivilDate(dayNumber: 0)
  let templates = TestSupport.templates

  func folder(_ count: Int) -> String {
    let path = NSTemporaryDirectory() + "poortwachter-bench-\(count)"
    if !FileManager.default.fileExists(atPath: path + "/syn-\(count - 1).yaml") {
      try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      let generator = SyntheticCases(peildatum: peildatum)
      for index in 0..<count { try? AtomicFile.write(generator.yaml(index), to: path + "/syn-\(index).yaml") }
    }
    return path
  }

  func renderer() -> DossierRenderer? {
    guard let schema = try? BuiltInSchema.load(from: templates),
      let library = try? DossierRenderer.loadTemplates(builtIn: templates)
    else { return nil }
    return DossierRenderer(templates: library, schema: schema)
  }

  // Dossiers go to memory-backed storage when the machine has it, so the figures measure the
  // pipeline rather than this virtual machine's disk (see the README for a run on disk).
  let scratch = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()

  /// One batch of `count` cases into a folder in `storage`: empty at the start of every iteration
  /// (removed outside the measurement, or with `fresh` a folder never used before), or with
  /// `replacing` the previous iteration's dossiers.
  func batch(
    _ count: Int, cores: Int, benchmark: Benchmark, storage: String, replacing: Bool = false,
    fresh: Bool = false
  ) async {
    guard let renderer = renderer(), let files = try? CaseDiscovery.files(in: [folder(count)]) else { return }
    var out = storage + "poortwachter-bench-out-\(count)-\(cores)\(replacing ? "-vervangen" : "")"
    if fresh && !replacing {
      out += "-" + UUID().uuidString
    } else if !replacing {
      try? FileManager.default.removeItem(atPath: out)
    }
    benchmark.startMeasurement()
    defer { benchmark.stopMeasurement() }
    let loader = CaseLoader(schema: renderer.schema)
    try? AtomicFile.makeFolder(out)
    let runner = BatchRunner(
      loader: loader, renderer: renderer, peildatum: peildatum, outputFolder: out, concurrency: cores)
    guard let library = try? DossierRenderer.loadTemplates(builtIn: templates),
      let reports = try? BatchReports(
        outputFolder: out, templates: library, peildatum: peildatum)
    else { return }
    var done = 0
    try? await runner.run(files: files) { _, result in
      try reports.add(result)
      done += 1
    }
    blackHole(try? reports.finish())
    // A run that silently did nothing would report a meaningless time.
    precondition(done == count, "benchmark processed \(done) of \(count) cases")
  }

  // No malloc counting here: the interposer counts in shared atomics, which two cores contend for,
  // so with it the 2-core run measured the counter instead of the pipeline (no scaling at all).
  let wholeRun = Benchmark.Configuration(
    metrics: [.wallClock, .peakMemoryResident], scalingFactor: .one,
    maxDuration: .seconds(60),
    maxIterations: 3)

  // The pipeline's tasks run on threads of their own (see WorkerThreads), as many as the cores.
  let workers = [1: WorkerThreads(count: 1), 2: WorkerThreads(count: 2)]
  for (count, cores) in [(1_000, 1), (1_000, 2), (10_000, 1), (10_000, 2)] {
    Benchmark("Pijplijn \(count) dossiers, \(cores) kern\(cores == 1 ? "" : "en")", configuration: wholeRun) {
      benchmark in
      guard let executor = workers[cores] else { return }
      await withTaskExecutorPreference(executor) {
        await batch(count, cores: cores, benchmark: benchmark, storage: scratch)
      }
    }
  }

  // The same on the real disk (the system's temporary folder, ext4 on the build machine) instead
  // of memory, into an empty folder and replacing the dossiers of the previous iteration, with the
  // CPU time (user, system, total) next to the wall time. The scaling factor is the number of
  // cases: `swift package benchmark --target PipelineBenchmark --scale` shows every figure per case.
  let onDisk = Benchmark.Configuration(
    metrics: [.wallClock, .cpuUser, .cpuSystem, .cpuTotal, .peakMemoryResident], warmupIterations: 1,
    scalingFactor: .kilo, maxDuration: .seconds(60), maxIterations: 5)
  // Every iteration into an empty folder writes into one never used before, and nothing is removed
  // here: on ext4 without a journal (as on the build machine) the inode allocator scans past every
  // inode freed in the last minutes, so removing the previous iteration's 4,000 files just before
  // an iteration charged their removal to it (each benchmark runs in a process of its own, so a
  // clean-up at the start would hit the next scenario). Remove the folder yourself afterwards (about
  // 1 GB per run), not right before measuring.
  let disk = NSTemporaryDirectory() + "poortwachter-bench-schijf/"
  try? FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
  for (cores, replacing) in [(1, false), (2, false), (2, true)] {
    let name =
      "Schijf 1000 dossiers, \(cores) kern\(cores == 1 ? "" : "en"), \(replacing ? "vervangen" : "lege map")"
    Benchmark(name, configuration: onDisk) { benchmark in
      guard let executor = workers[cores] else { return }
      await withTaskExecutorPreference(executor) {
        await batch(
          1_000, cores: cores, benchmark: benchmark, storage: disk, replacing: replacing, fresh: true)
      }
    }
  }

  // Hostile input of the default size limit (1 MiB) must be judged in well under a second and in
  // little memory (issue #19): 105,000 attributes on <dossier> (libxml2 2.9 compares each with every
  // earlier one: 16 s in a debug build before the pre-scan) and a flow list of 524,000 values.
  let hostile = Benchmark.Configuration(
    metrics: [.wallClock, .peakMemoryResident], maxDuration: .seconds(20), maxIterations: 20)
  let limit = CaseLoader.defaultMaxFileSize
  var attributes = "<dossier xmlns=\"urn:poortwachter:dossier:1\""
  var index = 0
  while attributes.utf8.count + 16 < limit {
    attributes += " a\(index)=\"\""
    index += 1
  }
  // 250 nested elements with 32 namespace declarations each, prefixed attributes below them
  // (libxml2 looks each prefix up through every declaration in scope).
  var namespaces = "<dossier xmlns=\"urn:poortwachter:dossier:1\" xmlns:q=\"u\">"
  for depth in 0..<250 {
    namespaces += "<e " + (0..<32).map { "xmlns:p\(depth)x\($0)=\"u\"" }.joined(separator: " ") + ">"
  }
  let leaf = "<x " + (0..<31).map { "q:a\($0)=\"1\"" }.joined(separator: " ") + "/>"
  while namespaces.utf8.count + leaf.utf8.count + 2_000 < limit { namespaces += leaf }
  // One line of 60,000 different elements: each element's column was searched from the line's start.
  var oneLine = "<dossier xmlns=\"urn:poortwachter:dossier:1\">"
  index = 0
  while oneLine.utf8.count + 40 < limit {
    oneLine += "<a\(index)/>"
    index += 1
  }
  let hostileInputs: [(String, [UInt8], CaseLoader.Syntax)] = [
    ("Invoer 1 MiB XML op één regel", Array((oneLine + "</dossier>").utf8), .xml),
    ("Invoer 1 MiB XML met geneste namespaces", Array(namespaces.utf8), .xml),
    ("Invoer 1 MiB XML met attributen", Array((attributes + "/>").utf8), .xml),
    (
      "Invoer 1 MiB YAML-flowlijst",
      Array(
        ("formaat: poortwachter/1\nkenmerk: X\nx: [" + String(repeating: "a,", count: limit / 2 - 30) + "a]\n")
          .utf8),
      .yaml
    ),
  ]
  let hostileLoader = CaseLoader(schema: try? BuiltInSchema.load(from: templates))
  for (name, bytes, syntax) in hostileInputs {
    precondition(bytes.count <= limit, "\(name): \(bytes.count) bytes")
    Benchmark(name, configuration: hostile) { benchmark in
      for _ in benchmark.scaledIterations {
        let outcome = hostileLoader.load(bytes: bytes, file: "vijandig", syntax: syntax)
        // Judged, not read: a loaded case would mean the input never reached the limit.
        guard case .failed = outcome else { preconditionFailure("\(name) was read") }
        blackHole(outcome)
      }
    }
  }

  // Stages, 100 cases per iteration, one core.
  let stage = Benchmark.Configuration(metrics: [.wallClock, .mallocCountTotal], maxDuration: .seconds(20))
  let stageFiles = (try? CaseDiscovery.files(in: [folder(1_000)]))?.prefix(100).map { $0 } ?? []
  let loader = CaseLoader()
  let loaded: [LoadedCase] = stageFiles.compactMap {
    if case .loaded(let value) = loader.load(path: $0) { return value }
    return nil
  }
  let evaluations = loaded.map { RuleEngine().evaluate($0, peildatum: peildatum) }
  let stageRenderer = renderer()
  let documents = evaluations.compactMap { try? stageRenderer?.render($0, validate: false) }

  Benchmark("Stap parse (100)", configuration: stage) { benchmark in
    for _ in benchmark.scaledIterations { for file in stageFiles { blackHole(loader.load(path: file)) } }
  }
  Benchmark("Stap check (100)", configuration: stage) { benchmark in
    for _ in benchmark.scaledIterations {
      for value in loaded { blackHole(RuleEngine().evaluate(value, peildatum: peildatum)) }
    }
  }
  Benchmark("Stap render html+xml (100)", configuration: stage) { benchmark in
    for _ in benchmark.scaledIterations {
      for evaluation in evaluations { blackHole(try? stageRenderer?.render(evaluation, validate: false)) }
    }
  }
  for template in ["riv.html", "controle.html", "riv.xml"] {
    Benchmark("Sjabloon \(template) (100)", configuration: stage) { benchmark in
      for _ in benchmark.scaledIterations {
        for evaluation in evaluations {
          blackHole(try? stageRenderer?.render(evaluation, template: template))
        }
      }
    }
  }
  Benchmark("Context bouwen (100)", configuration: stage) { benchmark in
    for _ in benchmark.scaledIterations {
      for evaluation in evaluations {
        blackHole(try? stageRenderer?.render(evaluation, template: "index-einde.html"))
      }
    }
  }
  Benchmark("Stap valideer xsd (100)", configuration: stage) { benchmark in
    for _ in benchmark.scaledIterations {
      for document in documents {
        blackHole(stageRenderer?.schema.validate(xml: document.rivXML, name: "riv.xml"))
      }
    }
  }
  Benchmark("Stap schrijf (100)", configuration: stage) { benchmark in
    let writer = DossierWriter(outputFolder: NSTemporaryDirectory() + "poortwachter-bench-write", force: true)
    for _ in benchmark.scaledIterations {
      for (index, document) in documents.enumerated() {
        blackHole(try? writer.write(document, kenmerk: "SYN-\(index)"))
      }
    }
  }
}
