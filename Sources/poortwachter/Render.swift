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
    let setup = try RenderSetup(templates: templates)
    var loader = CaseLoader(maxFileSize: maxFileSize, schema: setup.schema)
    loader.raiseLimit = CommandWords.raiseSizeLimit
    let peildatum = InputOptions.peildatum(asOf)
    let checker = CaseChecker(loader: loader, peildatum: peildatum)
    let reporter = TextReporter(out: Terminal(fileDescriptor: 1), err: Terminal(fileDescriptor: 2))
    switch checker.check(file: file) {
    case .unreadable(_, let diagnostics):
      Output.error(reporter.report(diagnostics: diagnostics))
      throw ExitCode(65)
    case .checked(let evaluation):
      Interruption.handleSignals()
      let lock = try OutputFolder.open(out, wait: wacht)
      defer { withExtendedLifetime(lock) {} }
      do {
        let documents = try setup.renderer.render(evaluation)
        let folder = try DossierWriter(outputFolder: out, force: force)
          .write(documents, kenmerk: evaluation.loaded.caseFile.kenmerk)
        Output.out("dossier geschreven: \(folder)/ (riv.html, controle.html, riv.xml)\n")
      } catch let error as PoortwachterError {
        Output.error(CommandWords.message(error))
        throw ExitCode(OutputFolder.exitCode(for: error))
      }
    }
  }
}

/// Templates and schema, loaded once per run.
struct RenderSetup {
  let schema: XMLSchema
  let renderer: DossierRenderer

  init(templates: String?) throws {
    do {
      guard let builtIn = TemplateLocator.builtInFolder() else {
        throw PoortwachterError.builtInTemplatesNotFound
      }
      schema = try BuiltInSchema.load(from: builtIn)
      renderer = DossierRenderer(
        templates: try DossierRenderer.loadTemplates(builtIn: builtIn, override: templates), schema: schema)
    } catch let error as PoortwachterError {
      Output.error(CommandWords.message(error))
      throw ExitCode(OutputFolder.templatesExitCode)
    }
  }
}
