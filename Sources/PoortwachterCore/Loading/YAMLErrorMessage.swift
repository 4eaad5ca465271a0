/// Dutch messages, at the position a person should look, for the errors libyaml reports.
///
/// libyaml reports some problems where it noticed them rather than where they are: a key without
/// its `:` on the next line, an unclosed quote at the end of the file, a duplicate key at the
/// start of its mapping. Those are moved to the key, the opening quote and the second occurrence.
enum YAMLErrorMessage {
  /// Dutch message and position for a libyaml error on `text`.
  static func describe(_ error: YAMLSyntaxError, text: String) -> (SourceLocation?, String) {
    switch error.stage {
    case .scanner:
      if error.problem.contains("could not find expected ':'"), let context = error.context {
        return (context.location, "YAML-syntaxfout: na deze sleutel ontbreekt ':'")
      }
      if let context = error.context, context.text.contains("quoted scalar"),
        error.problem.contains("end of stream")
      {
        return (
          context.location,
          "YAML-syntaxfout: het aanhalingsteken dat hier opent, wordt nergens gesloten"
        )
      }
      if error.problem.contains("mapping values are not allowed"),
        let moved = YAMLIndentation.movedKey(before: error.location, in: text)
      {
        return moved
      }
      if error.problem.contains("cannot start any token"), isIndentingTab(at: error.location, in: text) {
        return (error.location, "YAML-syntaxfout: " + tabMessage)
      }
      return (error.location, "YAML-syntaxfout: " + translate(error.problem))
    case .parser, .composer:
      return (error.location, "YAML-syntaxfout: " + translate(error.problem))
    case .duplicateKeys:
      // A handful of names says what to look for; thousands would bury the message.
      var keys = error.duplicates.prefix(5).map { $0 == YAMLSyntaxError.complexKeyName ? $0 : "'\($0)'" }
        .joined(separator: ", ")
      if error.duplicates.count > 5 { keys += " en \(error.duplicates.count - 5) andere" }
      let second = error.duplicates.first.flatMap {
        secondOccurrence(of: $0, mapping: error.location, in: text)
      }
      return (
        second ?? error.location,
        "sleutel \(keys) staat meer dan eens in dezelfde mapping; houd er één"
      )
    case .reader:
      return (
        error.location,
        "het bestand kan hier niet als YAML-tekst gelezen worden (een teken dat YAML niet toestaat); "
          + "verwijder het of sla het bestand op als UTF-8"
      )
    case .tooManyValues:
      return (
        error.location,
        "het document heeft hier meer dan \(YAMLTreeBuilder.maxValues) waarden (een casus heeft er hooguit "
          + "enkele duizenden); splits het bestand of verwijder de herhaalde waarden"
      )
    case .other:
      return (nil, "het bestand kan niet als YAML gelezen worden")
    }
  }

  private static let tabMessage = "tab gebruikt voor inspringing; gebruik spaties"

  /// Whether the character at `mark` is a tab with only blanks before it on its line.
  static func isIndentingTab(at mark: SourceLocation, in text: String) -> Bool {
    guard let line = line(mark.line, of: text) else { return false }
    let scalars = Array(line.unicodeScalars.prefix(mark.column))
    guard scalars.count == mark.column, scalars.last == "\t" else { return false }
    return scalars.dropLast().allSatisfy { $0 == " " || $0 == "\t" }
  }

  /// Line `number` (1-based) of `text`.
  private static func line(_ number: Int, of text: String) -> Substring? {
    var lines = Lines(text: text, from: number)
    return lines.next()
  }

  /// The lines of a text from a given line on, each found once (a search through thousands of
  /// lines must not start again at the top for every line).
  private struct Lines: IteratorProtocol {
    let text: String
    var start: String.Index?

    init(text: String, from number: Int) {
      self.text = text
      var start = text.startIndex
      var current = 1
      while current < number {
        guard let newline = text[start...].firstIndex(where: \.isNewline) else {
          self.start = nil
          return
        }
        start = text.index(after: newline)
        current += 1
      }
      self.start = start
    }

    mutating func next() -> Substring? {
      guard let start else { return nil }
      if let newline = text[start...].firstIndex(where: \.isNewline) {
        self.start = text.index(after: newline)
        return text[start..<newline]
      }
      self.start = nil
      return text[start...]
    }
  }

  /// Where `key` occurs the second time as a key of the mapping that starts at `mark`: for a block
  /// mapping, on the lines indented like its first key; for a flow mapping, after the `{`.
  static func secondOccurrence(of key: String, mapping mark: SourceLocation, in text: String)
    -> SourceLocation?
  {
    let indent = mark.column - 1
    var found = 0
    var number = mark.line
    var lines = Lines(text: text, from: mark.line)
    while let line = lines.next() {
      let scalars = Array(line.unicodeScalars)
      // A flow mapping has its '{' before the mark (libyaml marks the first key).
      let isFlow = number == mark.line && scalars.prefix(min(indent + 1, scalars.count)).contains("{")
      if number == mark.line || scalars.prefix(indent).allSatisfy({ $0 == " " }) {
        // Candidate starts: the indentation column of a block mapping, anything inside a flow mapping.
        let starts = isFlow ? Array(min(indent, scalars.count)..<scalars.count) : [indent]
        for start in starts where isKey(key, at: start, in: scalars) {
          found += 1
          if found == 2 { return SourceLocation(line: number, column: start + 1) }
        }
      }
      let leading = scalars.prefix { $0 == " " }.count
      let blank = leading == scalars.count || scalars[leading] == "#"
      if number > mark.line, !blank, leading < indent { return nil }
      if isFlow { return nil }
      number += 1
    }
    return nil
  }

  /// Whether `key` (plain or quoted) followed by `:` starts at `start`.
  private static func isKey(_ key: String, at start: Int, in scalars: [Unicode.Scalar]) -> Bool {
    guard start < scalars.count else { return false }
    let keyScalars = Array(key.unicodeScalars)
    for quote in [nil, "\"", "'"] as [Unicode.Scalar?] {
      var position = start
      if let quote {
        guard position < scalars.count, scalars[position] == quote else { continue }
        position += 1
      } else if start > 0, !" {,".unicodeScalars.contains(scalars[start - 1]) {
        continue
      }
      guard scalars.count >= position + keyScalars.count,
        Array(scalars[position..<(position + keyScalars.count)]) == keyScalars
      else { continue }
      position += keyScalars.count
      if let quote {
        guard position < scalars.count, scalars[position] == quote else { continue }
        position += 1
      }
      while position < scalars.count, scalars[position] == " " { position += 1 }
      if position < scalars.count, scalars[position] == ":" { return true }
    }
    return false
  }

  private static let translations: [(String, String)] = [
    (
      "mapping values are not allowed",
      "':' op een plek waar geen sleutel kan staan; "
        + "zet tekst met ': ' erin tussen aanhalingstekens of controleer de inspringing"
    ),
    ("did not find expected key", "hier werd een sleutel verwacht; controleer de inspringing"),
    ("did not find expected ',' or ']'", "verwachtte ',' of ']' in de lijst"),
    ("did not find expected ',' or '}'", "verwachtte ',' of '}' in de mapping"),
    ("tab character", tabMessage),
    (
      "found character that cannot start any token",
      "dit teken kan hier geen waarde beginnen "
        + "(een tab, '@' of '`'?); zet de waarde tussen aanhalingstekens"
    ),
    (
      "unexpected end of stream",
      "onverwacht einde van het bestand; ontbreekt een afsluitend "
        + "aanhalingsteken of haakje?"
    ),
    ("found undefined alias", "onbekende alias; het anker (&naam) is niet gedefinieerd"),
    (
      "block sequence entries are not allowed",
      "'- ' (lijstitem) op een plek waar geen lijst "
        + "kan beginnen; controleer de inspringing"
    ),
    ("could not find expected ':'", "verwachtte ':' na de sleutel"),
    (
      "but found another document",
      "het bestand bevat meer dan één YAML-document ('---'); "
        + "zet elke casus in een eigen bestand"
    ),
    ("did not find expected node content", "hier ontbreekt een waarde"),
    ("did not find expected <document start>", "onverwachte inhoud na het document"),
    (
      "Maximum nesting level reached",
      "het document is te diep genest (meer dan 1000 niveaus); een casus nest hooguit enkele niveaus"
    ),
    (
      "did not find expected '-' indicator",
      "verwachtte een lijstitem ('- '); "
        + "controleer de inspringing"
    ),
  ]

  private static func translate(_ problem: String) -> String {
    translations.first { problem.contains($0.0) }?.1 ?? problem
  }
}
