import ArgumentParser
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// `poortwachter genereer`: writes synthetic cases for load tests and benchmarks. Hidden from the
/// top-level help (it is for measuring a set-up, not for case work); `genereer --help` still works.
struct Genereer: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Schrijft synthetische casussen om een opstelling te meten (zie docs/prestaties.md).",
    shouldDisplay: false)

  @Option(name: .long, help: ArgumentHelp("Aantal dossiers.", valueName: "aantal"))
  var aantal: Int = 1000

  @Option(name: .customLong("uit"), help: ArgumentHelp("Uitvoermap.", valueName: "map"))
  var out: String

  @Option(
    name: .customLong("peildatum"),
    help: ArgumentHelp("Peildatum waarvoor de dossiers geschreven worden.", valueName: "datum"))
  var asOf: String = "2026-11-22"

  func validate() throws {
    try InputOptions.validate(asOf: asOf, maxFileSize: 1)
    if aantal < 1 { throw ValidationError("--aantal moet minstens 1 zijn") }
  }

  func run() throws {
    guard let peildatum = CivilDate(iso: asOf) else { throw ExitCode(64) }
    try SyntheticCases(peildatum: peildatum).write(aantal, to: out)
    Output.out("\(aantal) synthetische dossiers geschreven in \(out)\n")
  }
}
