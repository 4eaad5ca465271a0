import ArgumentParser
import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterServe
import PoortwachterWorkspace

/// `poortwachter serve`: the local web app over folders of case files.
struct Serve: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Start de webapp op deze computer: werkvoorraad, casussen, bewerken en documenten in de browser.",
    discussion:
      "Toont één keer het adres met het toegangstoken (http://127.0.0.1:8080/?token=...); open dat in de "
      + "browser. De server luistert alleen op 127.0.0.1 en ::1, tenzij --luister-op een ander adres noemt "
      + "(ook dan alleen met het token). Stoppen: Ctrl-C. Zie docs/serve.md.")

  @Argument(help: "Mappen met casusbestanden (standaard: de huidige map).")
  var mappen: [String] = []

  @Option(name: .customLong("poort"), help: "De poort (standaard 8080; 0: een vrije poort).")
  var poort: Int = 8080

  @Option(
    name: .customLong("luister-op"),
    help:
      "Luister op dit adres in plaats van 127.0.0.1 en ::1 (bijvoorbeeld 192.168.1.20); alleen met het token."
  )
  var luisterOp: String?

  @Option(
    name: .customLong("peildatum"), help: "Peildatum JJJJ-MM-DD (standaard: vandaag, elke dag opnieuw).")
  var peildatum: String?

  @Option(
    name: .customLong("max-grootte"),
    help: "Grootste casusbestand in bytes (standaard 1 MiB, hoogstens 1 GiB).")
  var maxFileSize: Int = CaseLoader.defaultMaxFileSize

  func validate() throws {
    if let peildatum, CivilDate(iso: peildatum) == nil {
      throw ValidationError(
        "--peildatum '\(peildatum)' is geen geldige datum; gebruik JJJJ-MM-DD, bijv. 2025-03-01")
    }
    try InputOptions.validate(asOf: nil, maxFileSize: maxFileSize)
    guard (0...65535).contains(poort) else { throw ValidationError("--poort moet tussen 0 en 65535 liggen") }
    if let luisterOp, luisterOp.isEmpty || luisterOp.contains("/") || luisterOp.contains(" ") {
      throw ValidationError(
        "--luister-op '\(luisterOp)' is geen adres; geef bijvoorbeeld 192.168.1.20 of ::1")
    }
  }

  func run() async throws {
    let folders: OpenedFolders
    do {
      folders = try OpenedFolders(mappen.isEmpty ? ["."] : mappen)
    } catch {
      if case .notAFolder(let folder) = error {
        Output.error("fout: '\(folder)' is geen map; geef de mappen met casusbestanden op")
      }
      throw ExitCode(64)
    }
    let pages: ServePages
    do {
      pages = try ServePages(folders: folders)
    } catch {
      Output.error(CommandWords.message(error))
      throw ExitCode(78)
    }
    let fixed = peildatum
    let today: @Sendable () -> CivilDate = { InputOptions.peildatum(fixed) }
    var loader = CaseLoader(maxFileSize: maxFileSize, schema: try BuiltInSchema.load())
    loader.raiseLimit = CommandWords.raiseSizeLimit
    let index = CheckedCaseIndex(folders: folders, loader: loader, peildatum: today)
    let address = luisterOp.map { ListenAddress(hosts: [$0], port: poort) } ?? .loopback(port: poort)
    let state = ServeState(index: index, pages: pages, peildatum: today, address: AddressBox(address))
    Output.error("casussen lezen in \(folders.folders.joined(separator: ", ")) ...")
    let count = await index.cases().count
    do {
      try await ServeApp.run(state: state) { listening in
        Output.error(
          "\(count) \(count == 1 ? "casus" : "casussen") geopend; luistert op "
            + listening.hosts.map { $0.contains(":") ? "[\($0)]" : $0 }.joined(separator: " en ")
            + " poort \(listening.port)" + (listening.isLoopback ? " (alleen deze computer)" : ""))
        Output.out("Open in de browser: \(state.loginURL)\n")
        Output.error("Stoppen: Ctrl-C")
      } failed: { host, _ in
        Output.error("let op: kan niet luisteren op \(host); alleen op het andere adres")
      }
    } catch {
      Output.error(
        "fout: kan niet luisteren op poort \(poort) (\(error)); is de poort al in gebruik? "
          + "Kies een andere met --poort, bijvoorbeeld --poort 8081")
      throw ExitCode(75)
    }
  }
}
