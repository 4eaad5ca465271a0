import ArgumentParser
import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// The options of `batch` and `pakket`, and their run: checks and renders every case, writes an
/// index and reports, and the UWV pack when asked. `--pakket` is `batch`'s own flag (``Batch``),
/// so `pakket --help` does not offer it.
struct BatchOptions: ParsableArguments {

  @OptionGroup var input: InputOptions

  @Option(name: .customLong("uit"), help: ArgumentHelp("Uitvoermap.", valueName: "map"))
  var out: String

  @Option(
    name: .customLong("sjablonen"), help: ArgumentHelp("Eigen sjablonenmap (huisstijl).", valueName: "map"))
  var templates: String?

  @Option(
    name: .customLong("rapport"), parsing: .upToNextOption,
    help: ArgumentHelp(
      "Extra rapport: 'junit <bestand>' (JUnit XML) of 'json <bestand>' (de samenvatting); mag vaker.",
      valueName: "soort> <bestand"))
  var report: [String] = []

  @Flag(name: .customLong("streng"), help: "Ook bij waarschuwingen met exitcode 1 eindigen.")
  var strict = false

  @Option(
    name: .customLong("taken"),
    help: ArgumentHelp("Aantal casussen tegelijk (standaard: aantal kernen).", valueName: "aantal"))
  var jobs: Int?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Het Chromium-programma voor de PDF's (standaard: gezocht op PATH).", valueName: "programma"))
  var chromium: String?

  @Flag(
    name: .long,
    help:
      "Het UWV-pakket ook maken vóór week 88 (of vóór het eigen moment: einde dienstverband, vervroegde IVA)."
  )
  var altijd = false

  @Flag(name: .long, help: "Wachten als een andere run in dezelfde uitvoermap bezig is (anders stoppen).")
  var wacht = false

  func validate() throws {
    guard report.count % 2 == 0 else {
      throw ValidationError("--rapport verwacht een soort en een bestand, bijv. --rapport junit uit.xml")
    }
    for kind in stride(from: 0, to: report.count, by: 2).map({ report[$0] })
    where BatchReportKind(rawValue: kind) == nil {
      let kinds = BatchReportKind.allCases.map(\.rawValue).joined(separator: " of ")
      throw ValidationError("onbekend rapport '\(kind)'; kies \(kinds)")
    }
    if let jobs, jobs < 1 { throw ValidationError("--taken moet minstens 1 zijn") }
    let paths = stride(from: 1, to: report.count, by: 2).map { report[$0] }
    if Set(paths).count < paths.count {
      throw ValidationError("elk --rapport heeft een eigen bestand nodig")
    }
  }

  /// The extra reports asked for, by kind (validated above).
  private var reports: [BatchReportKind: String] {
    var result: [BatchReportKind: String] = [:]
    for index in stride(from: 0, to: report.count, by: 2) {
      if let kind = BatchReportKind(rawValue: report[index]) { result[kind] = report[index + 1] }
    }
    return result
  }

  /// The run; with `pakket`, also the UWV pack of every case.
  func run(pakket: Bool) async throws {
    let files = try input.files(
      excluding: [out] + stride(from: 1, to: report.count, by: 2).map { report[$0] })
    let setup = try Render.setup(templates: templates)
    var loader = CaseLoader(maxFileSize: input.maxFileSize, schema: setup.schema)
    loader.raiseLimit = CommandWords.raiseSizeLimit
    var run = BatchRun(
      setup: setup, loader: loader, peildatum: input.peildatum, concurrency: jobs ?? ProcessInfoCores.count)
    run.reports = reports
    run.strict = strict
    var session: PackSession?
    defer { session?.close() }
    let errors = TextReporter(out: Terminal(colours: false), err: Terminal(fileDescriptor: 2))
    var progress = Progress(total: files.count)
    var started = false
    let outcome: BatchRun.Outcome
    do {
      outcome = try await run.run(
        files: files, outputFolder: out, wait: wacht,
        pack: {
          session = pakket ? PackSession(chromium: chromium, renderer: setup.renderer, always: altijd) : nil
          return session?.builder
        }
      ) { event in
        switch event {
        case .waitingForOtherRun(let folder): OutputFolder.show(.waitingForOtherRun(folder: folder))
        case .repaired(let folder, let summary): OutputFolder.show(.repaired(folder: folder, summary))
        case .started: started = true
        case .caseDone(let result):
          switch result.outcome {
          case .unreadable(let diagnostics): progress.message(errors.report(diagnostics: diagnostics))
          case .failed(let text): progress.message("\(result.file): \(text)\n")
          case .duplicate(let kenmerk, let files):
            progress.message(
              "\(result.file): fout: kenmerk '\(kenmerk)' staat in \(files.count) bestanden; geen dossier geschreven\n"
            )
          case .done: break
          }
          if let pack = result.pack {
            session?.record(pack)
            if let line = PackWords.line(pack, file: result.file) { progress.message(line) }
          }
          progress.advance()
        }
      }
    } catch let error as PoortwachterError {
      if started { progress.finish() }
      Output.error(CommandWords.message(error))
      throw ExitCode(OutputFolder.exitCode(for: error))
    }
    progress.finish()
    Output.out(outcome.summaryLine + "\n")
    if let session { try PackWords.finish(session) }
    // As `check`: an unreadable case file (65) outweighs findings (1).
    if outcome.unreadable { throw ExitCode(65) }
    if outcome.failed { throw ExitCode(1) }
  }
}
