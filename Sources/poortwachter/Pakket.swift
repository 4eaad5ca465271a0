import ArgumentParser

/// `poortwachter pakket`: `batch --pakket`, the UWV upload pack of every case.
struct Pakket: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Maakt per casus het UWV-pakket: <map>/<kenmerk>/uwv/ met een PDF per document en de uploadlijst.",
    discussion:
      "Doet wat 'batch' doet, met het UWV-pakket erbij: elk dossier wordt geschreven (riv.html, controle.html, "
      + "riv.xml) met daarin de map uwv/. Vereist Chromium (apt-get install -y chromium); zonder "
      + "Chromium worden de dossiers wel geschreven en eindigt het programma met exitcode 69.")

  @OptionGroup var batch: BatchOptions

  func run() async throws {
    try await batch.run(pakket: true)
  }
}
