import PoortwachterCore
import PoortwachterOutput

/// The command line's own words for what the library reports as typed outcomes: the library's
/// messages name no option of a front end, and here the command line adds the option that helps
/// (`--overschrijven`, `--wacht`, `--dagen`, `--max-grootte`, `--chromium`, `--sjablonen`).
enum CommandWords {
  /// How to raise the size limit, added to the message about a file over it.
  static let raiseSizeLimit = "verhoog de grens met --max-grootte"

  /// The message of a tool error, with the option that remedies it.
  static func message(_ error: PoortwachterError) -> String {
    let text = error.errorDescription ?? "fout"
    switch error {
    case .outputExists: return text + "; gebruik --overschrijven om het te vervangen"
    case .outputBusy: return text + " of start met --wacht om erop te wachten"
    case .builtInTemplatesNotFound: return text + ", of geef die map met --sjablonen <map>"
    default: return text
    }
  }

  /// The message of a browser error, naming `--chromium` where it says how to fix it.
  static func message(_ error: BrowserError) -> String {
    error.message(givingProgramWith: "--chromium <pad>")
  }

  /// The notice for an empty agenda window, with the `--dagen` that would show the next deadline.
  static func emptyAgendaWindow(days: Int, next: AgendaItem?) -> String {
    let notice = AgendaItem.emptyWindowNotice(days: days, next: next)
    guard let next else { return notice }
    return notice + ": gebruik --dagen \(next.daysLeft) of meer"
  }
}
