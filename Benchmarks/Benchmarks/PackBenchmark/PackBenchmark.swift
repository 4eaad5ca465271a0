import Benchmark
import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterTestSupport
import PoortwachterWorkspace

/// The UWV pack of 100 deterministic synthetic cases: one headless Chromium for the whole run,
/// the cases on 2 cores, every document printed to a PDF. Skipped (with a message) when Chromium
/// is not installed. Documents per second: the documents of the run (printed once, before the
/// measurement) divided by the wall-clock time. Chromium's own memory is measured from the command
/// line (see the README, "Prestaties").
let benchmarks: @Sendable () -> Void = {
  let peildatum = CivilDate(year: 2026, month: 11, day: 22) ?? CivilDate(dayNumber: 0)
  let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Templates").path
  let count = 100

  let cases = NSTemporaryDirectory() + "poortwachter-pakket-bench-\(count)"
  if !FileManager.default.fileExists(atPath: cases + "/syn-\(count - 1).yaml") {
    try? FileManager.default.createDirectory(atPath: cases, withIntermediateDirectories: true)
    let generator = SyntheticCases(peildatum: peildatum)
    for index in 0..<count { try? AtomicFile.write(generator.yaml(index), to: cases + "/syn-\(index).yaml") }
  }
  guard let executable = try? ChromiumLocator.locate(explicit: nil) else {
    print("PackBenchmark overgeslagen: Chromium ontbreekt (apt-get install -y chromium)")
    return
  }
  guard let schema = try? BuiltInSchema.load(from: templates),
    let library = try? DossierRenderer.loadTemplates(builtIn: templates),
    let files = try? CaseDiscovery.files(in: [cases]),
    let browser = try? ChromiumBrowser(executable: executable)
  else { return }
  let renderer = DossierRenderer(templates: library, schema: schema)
  let builder = PackBuilder(renderer: renderer, browser: browser)
  let loader = CaseLoader(schema: schema)
  let documents = files.reduce(0) { total, file in
    guard case .loaded(let loaded) = loader.load(path: file),
      case .success(let plan) = PackPlan.make(RuleEngine().evaluate(loaded, peildatum: peildatum))
    else { return total }
    return total + plan.documents.filter { $0.origineel == nil }.count
  }
  print("PackBenchmark: \(count) casussen, \(documents) gemaakte documenten per iteratie")
  let scratch = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()

  Benchmark(
    "UWV-pakket \(count) dossiers (\(documents) documenten), 2 kernen",
    configuration: .init(
      metrics: [.wallClock, .peakMemoryResident], scalingFactor: .one, maxDuration: .seconds(120),
      maxIterations: 3)
  ) { benchmark in
    let out = scratch + "poortwachter-pakket-bench-out"
    try? FileManager.default.removeItem(atPath: out)
    benchmark.startMeasurement()
    var runner = BatchRunner(
      loader: loader, renderer: renderer, peildatum: peildatum, outputFolder: out, concurrency: 2)
    runner.packBuilder = builder
    var packs = 0
    try? await runner.run(files: files) { _, result in
      switch result.pack {
      case .ready?, .concept?: packs += 1
      default: break
      }
    }
    benchmark.stopMeasurement()
    precondition(packs > 0, "the benchmark wrote no pack")
    blackHole(packs)
  }
}
