import ArgumentParser
import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// `poortwachter render`: writes the dossier of one case.
struct Render: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Maakt het dossier van een casus: riv.html, controle.html en riv.xml in <map>/<kenmerk>/.")

  @Argument(help: ArgumentHelp("Het casusbestand (.yaml, .yml of .xml).", valueName: "bestand"))
  var file: String

  @Option(
    name: .customLong("uit"),
    help: ArgumentHelp("Uitvoermap; het dossier komt in <map>/<kenmerk>/.", valueName: "map"))
  var out: String

  @Option(
    name: .customLong("peildatum"),
    help: ArgumentHelp("Peildatum JJJJ-MM-DD (standaard: vandaag).", valueName: "datum"))
  var asOf: String?

  @Option(
    name: .customLong("sjablonen"),
    help: ArgumentHelp(
      "Eigen sjablonenmap (huisstijl); ontbrekende sjablonen komen uit de ingebouwde map.", valueName: "map"))
  var templates: String?

  @Flag(name: .customLong("overschrijven"), help: "Een bestaande dossiermap overschrijven.")
  var force = false

  @Option(
    name: .customLong("max-grootte"),
    help: ArgumentHelp(
      "Grootste casusbestand in bytes (1 MiB = 1048576; hoogstens 1 GiB).", valueName: "bytes"))
  var maxFileSize: Int = CaseLoader.defaultMaxFileSize

  @Flag(name: .long, help: "Wachten als een andere run in dezelfde uitvoermap bezig is (anders stoppen).")
  var wacht = false

  func validate() throws {
    try InputOptions.validate(asOf: asOf, maxFileSize: maxFileSize)
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
      throw ValidationError("'\(file)' bestaat niet; geef het pad van één casusbestand (.yaml, .yml of .xml)")
    }
    if isFolder.boolValue {
      throw ValidationError(
        "'\(file)' is een map; render maakt het dossier van één casusbestand. "
          + "Gebruik 'poortwachter batch \(file) --uit \(out)' voor alle casussen in een map")
    }
  }

  func run() async throws {
    let setup = try Self.setup(templates: templates)
    var loader = CaseLoader(maxFileSize: maxFileSize, schema: setup.schema)
    loader.raiseLimit = CommandWords.raiseSizeLimit
    let render = CaseRender(setup: setup, loader: loader, peildatum: InputOptions.peildatum(asOf))
    let reporter = TextReporter(out: Terminal(fileDescriptor: 1), err: Terminal(fileDescriptor: 2))
    do {
      switch try render.run(
        file: file, outputFolder: out, replace: force, wait: wacht, event: OutputFolder.show)
      {
      case .unreadable(let diagnostics):
        Output.error(reporter.report(diagnostics: diagnostics))
        throw ExitCode(65)
      case .written(let folder):
        Output.out("dossier geschreven: \(folder)/ (riv.html, controle.html, riv.xml)\n")
      }
    } catch let error as PoortwachterError {
      Output.error(CommandWords.message(error))
      throw ExitCode(OutputFolder.exitCode(for: error))
    }
  }

  /// The templates and schema of a run (`render`, `batch`); a problem with them is printed and
  /// ends the run with the templates' exit code.
  static func setup(templates: String?) throws -> DossierSetup {
    do {
      return try DossierSetup(templates: templates)
    } catch let error as PoortwachterError {
      Output.error(CommandWords.message(error))
      throw ExitCode(OutputFolder.templatesExitCode)
    }
  }
}
