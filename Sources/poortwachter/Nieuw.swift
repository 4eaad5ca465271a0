import ArgumentParser
import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// `poortwachter nieuw`: writes a new, commented case file with its deadlines.
struct Nieuw: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Maakt een nieuw casusbestand met alle onderdelen als voorbeeld en de termijnen al berekend.",
    discussion:
      "Het bestand heet <kenmerk in kleine letters>.yaml en wordt nooit overschreven. "
      + "'poortwachter check' leest het zoals het is.")

  @Option(name: .long, help: "Het dossiernummer, bijv. VZ-2026-0412.")
  var kenmerk: String

  @Option(name: .long, help: "Naam van de werknemer, bijv. \"A. Jansen\".")
  var naam: String

  @Option(name: .customLong("eerste-ziektedag"), help: "Eerste ziektedag JJJJ-MM-DD.")
  var eersteZiektedag: String

  @Option(name: .long, help: "BSN van de werknemer (9 cijfers, elfproef).")
  var bsn: String?

  @Option(name: .long, help: "Naam van de werkgever.")
  var werkgever: String?

  @Option(name: .long, help: "Map voor het nieuwe bestand.")
  var out: String = "."

  /// The facts as the library checks and writes them.
  var request: NewCase {
    NewCase(kenmerk: kenmerk, naam: naam, eersteZiektedag: eersteZiektedag, bsn: bsn, werkgever: werkgever)
  }

  func validate() throws {
    if let problem = request.problems().first { throw ValidationError(Self.words(problem)) }
    var isFolder: ObjCBool = false
    if !FileManager.default.fileExists(atPath: out, isDirectory: &isFolder) || !isFolder.boolValue {
      throw ValidationError("map '\(out)' bestaat niet")
    }
  }

  func run() throws {
    switch request.create(in: out, schemaReference: NewCase.schemaReference(from: out)) {
    case .created(let path):
      Output.out("casusbestand geschreven: \(path)\n")
    case .refused(let problems):
      for problem in problems { Output.error("fout: " + Self.words(problem)) }
      throw ExitCode(64)
    case .failed(let message):
      Output.error(message)
      throw ExitCode(73)
    }
  }

  /// A problem in the command line's words: a text or date named by its option.
  static func words(_ problem: NewCase.Problem) -> String {
    switch problem.fact {
    case .naam?: return "--naam " + problem.message
    case .werkgever?: return "--werkgever " + problem.message
    case .eersteZiektedag?: return "--eerste-ziektedag " + problem.message
    case .kenmerk?, .bsn?, nil: return problem.message
    }
  }
}
