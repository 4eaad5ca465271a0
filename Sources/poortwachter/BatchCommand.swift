import ArgumentParser

/// `poortwachter batch`: checks and renders every case, writes an index and reports
/// (``BatchOptions``), with `--pakket` also the UWV pack.
struct Batch: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Controleert en maakt alle dossiers: <map>/<kenmerk>/, index.html en samenvatting.json.")

  @OptionGroup var options: BatchOptions

  @Flag(
    name: .long,
    help: "Ook het UWV-pakket maken: <map>/<kenmerk>/uwv/ (klaar) of uwv-concept/ (te doen).")
  var pakket = false

  func run() async throws {
    try await options.run(pakket: pakket)
  }
}
