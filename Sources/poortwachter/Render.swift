import ArgumentParser
import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// `poortwachter render`: writes the dossier of one case.
struct Render: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Maakt het dossier van een casus: riv.html, controle.html en riv.xml in <out>/<kenmerk>/.")

  @Argument(help: "Het casusbestand (.yaml, .yml of .xml).")
  var file: String

  @Option(name: .long, help: "Uitvoermap; het dossier komt in <out>/<kenmerk>/.")
  var out: String

  @Option(name: .customLong("as-of"), help: "Peildatum JJJJ-MM-DD (standaard: vandaag).")
  var asOf: String?

  @Option(
    name: .long, help: "Eigen sjablonenmap (huisstijl); ontbrekende sjablonen komen uit de ingebouwde map.")
  var templates: String?

  @Flag(name: .long, help: "Een bestaande dossiermap overschrijven.")
  var force = false

  @Option(
    name: .customLong("max-grootte"),
    help: "Grootste casusbestand in bytes (standaard 1 MiB, hoogstens 1 GiB).")
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
          + "Gebruik 'poortwachter batch \(file) --out \(out)' voor alle casussen in een map")
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
