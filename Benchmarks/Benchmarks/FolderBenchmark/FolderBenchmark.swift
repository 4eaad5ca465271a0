import Benchmark
import BenchmarkSupport
import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterTestSupport
import PoortwachterWorkspace

/// What the web app does with a folder of cases: open it (find, read, check every case on all
/// cores and keep the results), and refresh it after one file changed (a `stat` of every file,
/// the changed one read and checked again). On 10,000 deterministic synthetic cases.
let benchmarks: @Sendable () -> Void = {
  let peildatum = CivilDate(year: 2026, month: 11, day: 22) ?? CivilDate(dayNumber: 0)
  let count = 10_000

  /// The folder of `count` generated cases, written once and reused; its own, because the refresh
  /// benchmark changes a file in it.
  func folder() -> String { SyntheticFolder.make(count: count, name: "map", peildatum: peildatum) }

  let workers = [1: WorkerThreads(count: 1), 2: WorkerThreads(count: 2)]
  let open = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal, .peakMemoryResident], scalingFactor: .one, maxDuration: .seconds(60),
    maxIterations: 3)
  for cores in [1, 2] {
    Benchmark("Map openen, \(count) casussen, \(cores) kern\(cores == 1 ? "" : "en")", configuration: open) {
      benchmark in
      guard let executor = workers[cores] else { return }
      let path = folder()
      await withTaskExecutorPreference(executor) {
        benchmark.startMeasurement()
        let opened = try? await CaseFolder.open(paths: [path], peildatum: peildatum, concurrency: cores)
        benchmark.stopMeasurement()
        let cases = await opened?.cases.count
        precondition(cases == count, "benchmark opened \(cases ?? 0) of \(count) cases")
      }
    }
  }

  // The folder is opened once, outside the measurement; every iteration changes one case (its
  // name, so the text and the size differ) and measures the refresh that finds and checks it.
  let refresh = Benchmark.Configuration(
    metrics: [.wallClock, .cpuTotal], warmupIterations: 2, scalingFactor: .one, maxDuration: .seconds(30),
    maxIterations: 50)
  Benchmark("Map verversen, \(count) casussen, 1 gewijzigd, 2 kernen", configuration: refresh) { benchmark in
    guard let executor = workers[2] else { return }
    let path = folder()
    let changed = path + "/syn-0.yaml"
    let original = SyntheticCases(peildatum: peildatum).yaml(0)
    defer { try? AtomicFile.write(original, to: changed) }
    await withTaskExecutorPreference(executor) {
      guard let opened = try? await CaseFolder.open(paths: [path], peildatum: peildatum, concurrency: 2)
      else {
        return
      }
      for iteration in benchmark.scaledIterations {
        let name = "Naam " + String(repeating: "x", count: iteration % 7 + 1)
        try? AtomicFile.write(
          original.replacingOccurrences(of: "naam: Bedrijf", with: "naam: \(name)"), to: changed)
        benchmark.startMeasurement()
        let changes = try? await opened.refresh()
        benchmark.stopMeasurement()
        precondition(changes?.rechecked == [changed], "refresh rechecked \(changes?.rechecked ?? [])")
      }
    }
  }
}
