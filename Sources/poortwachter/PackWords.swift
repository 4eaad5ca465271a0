import ArgumentParser
import PoortwachterOutput
import PoortwachterWorkspace

/// What the command line says about the UWV packs of a run (the work is ``PackSession``'s).
enum PackWords {
  /// The line for a case without a pack; `nil` for a case with one.
  static func line(_ pack: BatchCaseResult.PackSummary, file: String) -> String? {
    guard case .notDue(let reason, let tooEarly) = pack else { return nil }
    return tooEarly
      ? "\(file): nog geen UWV-pakket: \(reason); met --altijd wordt het toch gemaakt\n"
      : "\(file): geen UWV-pakket: \(reason)\n"
  }

  /// Prints the pack summary, or the missing-Chromium error with exit 69.
  static func finish(_ session: PackSession) throws {
    if let unavailable = session.unavailable {
      Output.error(CommandWords.message(unavailable))
      Output.error("de dossiers (riv.html, controle.html, riv.xml) zijn wel geschreven")
      throw ExitCode(unavailable.exitCode)
    }
    let tally = session.tally
    var lists: [String] = []
    if tally.ready > 0 { lists.append("uwv/uploadlijst.html") }
    if tally.concept > 0 { lists.append("uwv-concept/te-doen.html") }
    Output.out(
      "UWV-pakket: \(tally.ready) klaar voor UWV (uwv/), \(tally.concept) concept (uwv-concept/), "
        + "samen \(tally.documents) document(en); \(tally.none) casus(sen) zonder pakket"
        + (lists.isEmpty ? "" : "; open per dossier " + lists.joined(separator: " of ")) + "\n")
  }
}
