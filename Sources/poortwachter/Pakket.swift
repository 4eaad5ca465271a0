import ArgumentParser

/// `poortwachter pakket`: `batch --pakket`, the UWV upload pack of every case.
struct Pakket: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract:
      "Maakt per casus het UWV-pakket: <map>/<kenmerk>/uwv/ (klaar) of uwv-concept/ (te ondertekenen en te doen).",
    discussion:
      "Doet hetzelfde als 'batch' met het pakket erbij: elk dossier wordt geschreven (riv.html, controle.html, "
      + "riv.xml) met daarin het pakket. Is alles ondertekend en als origineel gekoppeld en heeft het "
      + "dossier geen fouten, dan is dat uwv/ met de originelen en uploadlijst.html; anders "
      + "uwv-concept/ met de concepten om te laten ondertekenen en te-doen.html. Een pakket wordt "
      + "gemaakt vanaf week 88 (bij ziek uit dienst vanaf de laatste dag van het dienstverband, bij een "
      + "aangevraagde vervroegde IVA vanaf de aanvraag); --altijd maakt het eerder. Vereist Chromium "
      + "(apt-get install -y chromium); zonder Chromium worden de dossiers wel geschreven en eindigt "
      + "het programma met exitcode 69.")

  @OptionGroup var batch: BatchOptions

  func run() async throws {
    try await batch.run(pakket: true)
  }
}
