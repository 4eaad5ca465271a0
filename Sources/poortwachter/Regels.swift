import ArgumentParser
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// `poortwachter regels`: lists the rule catalogue.
struct Regels: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Toont de regels van de poortwachterstoets (id, ernst, bron, toelichting).")

  enum Format: String, ExpressibleByArgument, CaseIterable { case tekst, markdown }

  @Option(
    name: .customLong("formaat"),
    help: ArgumentHelp("tekst of markdown (de referentiepagina docs/regels.md).", valueName: "formaat"))
  var format: Format = .tekst

  func run() throws {
    switch format {
    case .tekst: Output.out(RuleReference.text(RuleCatalogue.standard))
    case .markdown: Output.out(RuleReference.markdown(RuleCatalogue.standard))
    }
  }
}
