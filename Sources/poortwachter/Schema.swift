import ArgumentParser
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// `poortwachter schema`: prints the JSON Schema of the case format, for editors.
struct Schema: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Toont het JSON Schema van het casusformaat (voor aanvulling en controle in de editor).",
    discussion:
      "Hetzelfde schema staat in de repository als schema/poortwachter-1.schema.json; een casusbestand "
      + "verwijst ernaar met de regel '# yaml-language-server: $schema=<pad naar het schema>'.")

  func run() throws {
    Output.out(JSONSchema.text())
  }
}
