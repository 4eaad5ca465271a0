import Foundation

/// Dutch for the sentences argument-parser writes itself (usage errors and the help screen's
/// headings), which it offers no way to set. Each entry is one library phrase; anything not
/// listed passes through unchanged.
enum DutchUsage {
  private static let phrases: [(pattern: String, replacement: String)] = [
    (#"(?m)^Error: (fout: )?"#, "fout: "),
    (#"Unknown option '([^']+)'\. Did you mean '([^']+)'\?"#, "onbekende optie '$1'; bedoelde u '$2'?"),
    (#"Unknown option '([^']+)'"#, "onbekende optie '$1'"),
    (#"Missing expected argument '([^']+)'"#, "verplicht argument '$1' ontbreekt"),
    (#"Missing value for '([^']+)'"#, "er ontbreekt een waarde bij '$1'"),
    (#"Missing required subcommand\."#, "geef een commando op."),
    (#"Missing one of: "#, "geef een van deze op: "),
    (#"(\d+) unexpected arguments: "#, "$1 onverwachte argumenten: "),
    (#"Unexpected argument '([^']*)'"#, "onverwacht argument '$1'"),
    (#"The value '([^']*)' is invalid for '([^']+)'"#, "de waarde '$1' is ongeldig voor '$2'"),
    (
      #"The option '([^']+)' does not take any value, but '([^']*)' was specified\."#,
      "de optie '$1' neemt geen waarde, maar '$2' is opgegeven."
    ),
    (#"\. Please provide one of the following:"#, ". Kies een van deze waarden:"),
    (#"\. Please provide one of ('[^\n]*')\."#, ". Kies een van: $1."),
    (#"' and '"#, "' en '"),
    (#"' or '"#, "' of '"),
    (#"(?m)^Help:  "#, "Hulp:  "),
    (#"(?m)^Usage: "#, "Gebruik: "),
    (#"See '([^']+)' for more information\."#, "Zie '$1' voor meer informatie."),
    (#"See '([^']+) help <subcommand>' for detailed help\."#, "Zie '$1 help <commando>' voor meer hulp."),
    (#"(?m)^OVERVIEW: "#, "OVERZICHT: "),
    (#"(?m)^USAGE: "#, "GEBRUIK: "),
    (#"(?m)^ARGUMENTS:$"#, "ARGUMENTEN:"),
    (#"(?m)^OPTIONS:$"#, "OPTIES:"),
    (#"(?m)^SUBCOMMANDS:$"#, "COMMANDO'S:"),
    (#"Show help information\."#, "Toont deze hulp."),
    (#"\(values: "#, "(waarden: "),
    (#";(\s+)default:"#, ";$1standaard:"),
    (#"\(default:"#, "(standaard:"),
    (#"<subcommand>"#, "<commando>"),
  ]

  private static let expressions: [(NSRegularExpression, String)] = phrases.compactMap { entry in
    (try? NSRegularExpression(pattern: entry.pattern)).map { ($0, entry.replacement) }
  }

  /// `text` with every known argument-parser phrase in Dutch.
  static func translate(_ text: String) -> String {
    var result = text
    for (expression, template) in expressions {
      let range = NSRange(result.startIndex..., in: result)
      result = expression.stringByReplacingMatches(in: result, range: range, withTemplate: template)
    }
    return result
  }
}
