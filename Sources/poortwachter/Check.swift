import ArgumentParser
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// `poortwachter check`: reads case files, computes the timeline and reports findings.
struct Check: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Controleert casusbestanden: termijnen, volledigheid, privacy en tweede spoor.")

  @OptionGroup var input: InputOptions

  @Option(
    name: .customLong("formaat"),
    help: ArgumentHelp(
      "Uitvoer: tekst (tabel en meldingen) of json (één object per casus per regel).", valueName: "formaat"))
  var format: OutputFormat = .tekst

  @Flag(name: .customLong("streng"), help: "Ook bij waarschuwingen met exitcode 1 eindigen.")
  var strict = false

  func run() async throws {
    let files = try input.files()
    let peildatum = input.peildatum
    let checker = CaseChecker(loader: try input.loader(for: files), peildatum: peildatum)
    let reporter = TextReporter(out: Terminal(fileDescriptor: 1), err: Terminal(fileDescriptor: 2))
    // Each result is printed as soon as it and those before it are ready, and then dropped.
    let tally = try await checker.run(files: files) { result in
      switch (format, result) {
      case (.json, _):
        Output.out(CheckJSON(result, peildatum: peildatum).compactJSON() + "\n")
        if case .unreadable(_, let diagnostics) = result {
          Output.error(reporter.report(diagnostics: diagnostics))
        }
      case (.tekst, .checked(let evaluation)):
        Output.out(reporter.report(evaluation) + "\n")
      case (.tekst, .unreadable(_, let diagnostics)):
        Output.error(reporter.report(diagnostics: diagnostics))
      }
    }
    if format == .tekst { Output.out(tally.summary + "\n") }
    if tally.unreadable > 0 { throw ExitCode(65) }
    if strict ? tally.failingStrict : tally.failing { throw ExitCode(1) }
  }
}
