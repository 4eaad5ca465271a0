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

  @Option(name: .long, help: ArgumentHelp("Het dossiernummer, bijv. VZ-2026-0412.", valueName: "kenmerk"))
  var kenmerk: String

  @Option(name: .long, help: "Naam van de werknemer, bijv. \"A. Jansen\".")
  var naam: String

  @Option(
    name: .customLong("eerste-ziektedag"),
    help: ArgumentHelp("Eerste ziektedag JJJJ-MM-DD.", valueName: "datum"))
  var eersteZiektedag: String

  @Option(name: .long, help: "BSN van de werknemer (9 cijfers, elfproef).")
  var bsn: String?

  @Option(name: .long, help: ArgumentHelp("Naam van de werkgever.", valueName: "naam"))
  var werkgever: String?

  @Option(
    name: .customLong("uit"),
    help: ArgumentHelp(
      "Map voor het nieuwe bestand; wordt gemaakt als de map erboven bestaat.", valueName: "map"))
  var out: String = "."

  /// The request as the workspace's one `nieuw` step takes it.
  private var request: NewCase {
    NewCase(kenmerk: kenmerk, naam: naam, eersteZiektedag: eersteZiektedag, bsn: bsn, werkgever: werkgever)
  }

  func validate() throws {
    if let problem = request.problems().first {
      throw ValidationError(Self.option(problem.fact).map { $0 + " " + problem.message } ?? problem.message)
    }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: out, isDirectory: &isFolder) {
      if !isFolder.boolValue {
        throw ValidationError("'\(out)' is een bestand, geen map; kies een map met --uit")
      }
      return
    }
    let parent = (out as NSString).deletingLastPathComponent
    if !FileManager.default.fileExists(atPath: parent.isEmpty ? "." : parent, isDirectory: &isFolder)
      || !isFolder.boolValue
    {
      throw ValidationError(
        "map '\(out)' bestaat niet, en de map erboven ook niet; maak eerst '\(parent)' of kies een bestaande map"
      )
    }
  }

  func run() throws {
    switch request.create(in: out) {
    case .created(let path): Output.out("casusbestand geschreven: \(path)\n")
    case .refused(let problems):
      // A fact's problem (the file or the kenmerk exists) is a whole sentence; the others are not.
      for problem in problems {
        Output.error(problem.fact == nil ? "fout: \(problem.message)" : problem.message)
      }
      throw ExitCode(64)
    case .failed(let message):
      Output.error(message)
      throw ExitCode(73)
    }
  }

  /// The option a fact's message starts with (`--naam moet tekst zijn ...`); the kenmerk's and the
  /// BSN's messages name their value themselves.
  private static func option(_ fact: NewCase.Fact?) -> String? {
    switch fact {
    case .naam: "--naam"
    case .eersteZiektedag: "--eerste-ziektedag"
    case .werkgever: "--werkgever"
    case .kenmerk, .bsn, nil: nil
    }
  }
}
