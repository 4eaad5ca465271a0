/// The message for a first argument that is no command: `onbekend commando 'controleer'; bedoelde
/// u 'check'?`. Dutch words for a command are known by meaning; a typo by its spelling.
enum UnknownCommand {
  /// Dutch (and other) words people type for a command, and the command they mean.
  static let meanings: [String: String] = [
    "controleer": "check", "controle": "check", "controleren": "check", "toets": "check",
    "maak": "render", "dossier": "render", "verslag": "render", "riv": "render",
    "alles": "batch", "alle": "batch", "uwv": "pakket", "upload": "pakket", "pack": "pakket",
    "termijnen": "agenda", "werklijst": "agenda", "regel": "regels", "rules": "regels",
    "new": "nieuw", "maak-nieuw": "nieuw", "versie": "--versie", "version": "--versie",
  ]

  /// The message when `word` is not one of `commands`, or `nil` when it is one (or an option).
  static func message(_ word: String, commands: [String]) -> String? {
    guard !word.hasPrefix("-"), !commands.contains(word) else { return nil }
    let lower = word.lowercased()
    let suggestion =
      meanings[lower].flatMap { meant in commands.contains(meant) || meant.hasPrefix("-") ? meant : nil }
      ?? commands.map { ($0, distance(lower, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    let text = "fout: onbekend commando '\(word)'"
    guard let suggestion else { return text + "; 'poortwachter --help' toont de commando's" }
    return text + "; bedoelde u '\(suggestion)'?"
  }

  /// The edit distance (insertions, deletions, substitutions) between `a` and `b`.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
        current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
      }
      previous = current
    }
    return previous[b.count]
  }
}
