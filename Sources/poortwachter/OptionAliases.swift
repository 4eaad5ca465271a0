/// The English option names of earlier versions, still accepted so existing scripts keep working,
/// but shown nowhere (not in `--help`, the completions or the man page): before parsing, each is
/// replaced by its Dutch name (docs/installatie.md; the table in README's "Alle commando's").
enum OptionAliases {
  /// Old name → Dutch name, without the leading `--`.
  static let names: [String: String] = [
    "as-of": "peildatum", "out": "uit", "templates": "sjablonen", "report": "rapport", "strict": "streng",
    "jobs": "taken", "format": "formaat", "force": "overschrijven", "version": "versie",
  ]

  /// `arguments` with every old option name (`--as-of`, `--as-of=2026-11-22`) in Dutch; nothing
  /// after a lone `--` changes, since that is a file name.
  static func dutch(_ arguments: [String]) -> [String] {
    var result: [String] = []
    var options = true
    for argument in arguments {
      guard options, argument.hasPrefix("--") else {
        result.append(argument)
        continue
      }
      if argument == "--" {
        options = false
        result.append(argument)
        continue
      }
      let body = argument.dropFirst(2)
      let name = body.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
      if let dutch = names[String(name)] {
        result.append("--" + dutch + body.dropFirst(name.count))
      } else {
        result.append(argument)
      }
    }
    return result
  }
}
