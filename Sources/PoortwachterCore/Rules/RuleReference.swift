/// The rule catalogue as a listing for people: plain text for `regels`, Markdown for
/// `docs/regels.md`.
public enum RuleReference {
  /// One block per rule.
  public static func text(_ rules: [Rule]) -> String {
    rules.map { rule in
      let d = rule.description
      return "\(d.id)  [\(d.severity.rawValue)]\n  \(d.title)\n  bron: \(d.bron)\n  \(d.rationale)\n"
    }.joined(separator: "\n")
  }

  /// The reference page, generated from the catalogue (kept up to date by a test).
  public static func markdown(_ rules: [Rule]) -> String {
    var lines = [
      "# Regels van de poortwachterstoets", "",
      "Deze pagina wordt gemaakt met `poortwachter regels --formaat markdown`; een test bewaakt dat ze",
      "overeenkomt met de regels in de code. Ernst: `fout` (exitcode 1), `waarschuwing` (exitcode 1 met",
      "`--streng`), `info`.", "",
      "| Regel | Ernst | Titel | Bron |", "|---|---|---|---|",
    ]
    for rule in rules {
      let d = rule.description
      lines.append("| [`\(d.id)`](#\(anchor(d.id))) | \(d.severity.rawValue) | \(d.title) | \(d.bron) |")
    }
    for rule in rules {
      let d = rule.description
      lines += [
        "", "## \(d.id)", "", "**\(d.title)** (\(d.severity.rawValue))", "", d.rationale, "",
        "Bron: \(d.bron)",
      ]
      if let example = d.triggeringExamples.first {
        lines += ["", "Voorbeeld dat de regel raakt (peildatum \(example.peildatumText)):", "", "```yaml"]
        lines.append(example.yaml.replacingOccurrences(of: "↓", with: "").trimmedTrailingNewlines)
        lines.append("```")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func anchor(_ id: String) -> String { id.filter { $0 != "." } }
}

extension String {
  var trimmedTrailingNewlines: String {
    var text = self
    while text.hasSuffix("\n") { text.removeLast() }
    return text
  }
}
