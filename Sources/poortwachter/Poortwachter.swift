import ArgumentParser
import Foundation

/// The `poortwachter` command: checks sick-leave case files against the Wet verbetering
/// poortwachter and renders the re-integratieverslag.
@main
struct Poortwachter: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "poortwachter",
    abstract:
      "Controleert verzuimdossiers aan de Wet verbetering poortwachter en maakt het re-integratieverslag.",
    discussion:
      "Exitcodes: 0 in orde, 1 bevindingen met ernst 'fout' (met --strict ook 'waarschuwing'), "
      + "64 verkeerd gebruik, 65 onleesbare of ongeldige invoer, 69 Chromium ontbreekt (UWV-pakket), "
      + "73 de uitvoer kan niet geschreven worden of zou een bestand vervangen dat niet van poortwachter is, "
      + "75 de uitvoermap is in gebruik door een andere run (serve: de poort is in gebruik), "
      + "78 de sjablonen (of het schema) ontbreken of zijn ongeldig (installatie of --templates).",
    subcommands: [
      Check.self, Render.self, Batch.self, Pakket.self, Agenda.self, Regels.self, Schema.self, Nieuw.self,
      Serve.self, Genereer.self,
    ])

  /// Runs the command the arguments name; usage errors and help come out in Dutch.
  static func main() async {
    do {
      var command = try await asyncParseAsRoot()
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      let code = exitCode(for: error)
      let text = DutchUsage.translate(fullMessage(for: error))
      if !text.isEmpty {
        let handle = code == .success ? FileHandle.standardOutput : FileHandle.standardError
        handle.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
      }
      Foundation.exit(code.rawValue)
    }
  }
}
