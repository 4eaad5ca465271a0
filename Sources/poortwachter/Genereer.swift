import ArgumentParser
import PoortwachterKit
import PoortwachterTestSupport

/// `poortwachter genereer`: writes synthetic cases for load tests and benchmarks (hidden).
struct Genereer: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Schrijft synthetische testdossiers (voor belastingtests en benchmarks).", shouldDisplay: false)

  @Option(name: .long, help: "Aantal dossiers.")
  var aantal: Int = 1000

  @Option(name: .long, help: "Uitvoermap.")
  var out: String

  @Option(name: .customLong("as-of"), help: "Peildatum waarvoor de dossiers geschreven worden.")
  var asOf: String = "2026-11-22"

  func run() throws {
    let generator = SyntheticCases(peildatum: CivilDate(iso: asOf) ?? CivilDate(dayNumber: 0))
    try AtomicFile.makeFolder(out)
    for index in 0..<aantal {
      try AtomicFile.write(generator.yaml(index), to: out + "/syn-\(index).yaml")
    }
    Output.out("\(aantal) synthetische dossiers geschreven in \(out)\n")
  }
}
