import Benchmark
import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterTestSupport
import PoortwachterWorkspace

/// What the web app does for one form edit: read a case for editing, apply one change by field
/// path, save it (hash check, loader check, history copy, atomic write) and load it again. On a
/// deterministic synthetic case of a few KB, in memory-backed storage when the machine has it.
let benchmarks: @Sendable () -> Void = {
  let peildatum = CivilDate(year: 2026, month: 11, day: 22) ?? CivilDate(dayNumber: 0)
  let scratch = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm/" : NSTemporaryDirectory()
  let configuration = Benchmark.Configuration(
    metrics: [.wallClock, .mallocCountTotal], warmupIterations: 5, maxDuration: .seconds(20),
    maxIterations: 2_000)

  Benchmark("Bewerk + opslaan + inlezen (1 casus)", configuration: configuration) { benchmark in
    let folder = scratch + "poortwachter-bench-bewerk-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/zaak.yaml"
    try? AtomicFile.write(SyntheticCases(peildatum: peildatum).yaml(7), to: path)
    let store = CaseFileStore()
    let editor = CaseEditor()
    guard let name = EditPath("werknemer.functie") else { return }
    benchmark.startMeasurement()
    for iteration in benchmark.scaledIterations {
      guard case .success(let snapshot) = store.read(path),
        case .success(let edited) = editor.apply(
          [.set(name, .string("Functie \(iteration)"))], to: snapshot.text, file: path),
        case .success = store.save(
          edited, to: path, basedOn: snapshot.contentHash, timestamp: "t\(iteration)"),
        case .loaded = store.loader.load(path: path)
      else {
        print("EditBenchmark: een stap mislukte")
        return
      }
    }
    benchmark.stopMeasurement()
  }

  // The edit form's save (issue 21, target < 50 ms): the form of the case, one changed field
  // submitted, the changes computed, applied and saved, the case checked again and its documents
  // rendered again in memory (what the case page shows after a save).
  Benchmark("Formulier opslaan + controleren + renderen (1 casus)", configuration: configuration) {
    benchmark in
    let folder = scratch + "poortwachter-bench-formulier-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let path = folder + "/zaak.yaml"
    try? AtomicFile.write(SyntheticCases(peildatum: peildatum).yaml(7), to: path)
    guard let setup = try? DossierSetup(templates: TestSupport.templates) else {
      print("EditBenchmark: geen sjablonen")
      return
    }
    let preview = CasePreview(setup: setup)
    let editor = CaseFormEditor(store: CaseFileStore(loader: CaseLoader(schema: setup.schema)))
    benchmark.startMeasurement()
    for iteration in benchmark.scaledIterations {
      guard case .success(let form) = editor.form(path), let section = form.section("werknemer") else {
        print("EditBenchmark: geen formulier")
        return
      }
      var values = Dictionary(section.fields.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
      values["werknemer.functie"] = "Functie \(iteration)"
      let outcome = editor.submit(
        CaseFormSubmission(section: "werknemer", values: values, basedOn: form.contentHash), to: path,
        peildatum: peildatum, timestamp: "f\(iteration)")
      guard case .saved(let saved) = outcome, let evaluation = saved.evaluation,
        let documents = try? preview.documents(evaluation)
      else {
        print("EditBenchmark: opslaan mislukte: \(outcome)")
        return
      }
      blackHole(documents)
    }
    benchmark.stopMeasurement()
  }
}
