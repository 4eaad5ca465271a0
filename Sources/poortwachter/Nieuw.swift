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

  func validate() throws {
    if Kenmerk.isBSN(kenmerk) { throw ValidationError(Kenmerk.bsnMessage(kenmerk)) }
    guard Kenmerk.isValid(kenmerk) else {
      throw ValidationError(
        "kenmerk '\(kenmerk)' is ongeldig: gebruik 1 tot 64 tekens uit A-Z, a-z, 0-9, '.', '_' en '-'")
    }
    for (label, value) in [("--naam", naam), ("--werkgever", werkgever ?? "x")] {
      if value.trimmingCharacters(in: .whitespaces).isEmpty
        || value.unicodeScalars.contains(where: {
          $0.properties.generalCategory == .control
        })
      {
        throw ValidationError("\(label) moet tekst zijn, zonder regeleinden of stuurtekens")
      }
    }
    if CivilDate(iso: eersteZiektedag) == nil {
      throw ValidationError(
        "--eerste-ziektedag '\(eersteZiektedag)' is geen geldige datum; gebruik JJJJ-MM-DD, bijv. 2026-11-02")
    }
    if let bsn, BSN(bsn) == nil {
      throw ValidationError("BSN '\(BSN.mask(bsn))' bestaat niet uit 9 cijfers die de elfproef doorstaan")
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
    guard let first = CivilDate(iso: eersteZiektedag) else { throw ExitCode(64) }
    let file = NewCaseFile(
      kenmerk: kenmerk, naam: naam, eersteZiektedag: first, bsn: bsn.flatMap(BSN.init), werkgever: werkgever)
    let outcome: NewCaseCreation.Outcome
    do {
      outcome = try NewCaseCreation.create(file, in: out)
    } catch let error as PoortwachterError {
      Output.error(CommandWords.message(error))
      throw ExitCode(73)
    }
    switch outcome {
    case .written(let path): Output.out("casusbestand geschreven: \(path)\n")
    case .exists(let path):
      Output.error(
        "\(path) bestaat al; poortwachter overschrijft geen casusbestand. Kies een ander kenmerk of map.")
      throw ExitCode(64)
    case .invalid(let messages):
      for message in messages { Output.error("fout: \(message)") }
      throw ExitCode(64)
    }
  }
}
