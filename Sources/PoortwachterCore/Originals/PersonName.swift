/// Whether a piece of text is a person's name as forms write it after "Naam werknemer:": initials,
/// capitalised words and tussenvoegsels (`dhr. J.P. van den Berg-Smit`), and not a role or a
/// sentence (`Werkgever`, `De werknemer heeft aangegeven ...`).
enum PersonName {
  /// Forms of address and titles, folded, left out before the name is judged.
  static let salutations: Set<String> = [
    "de heer", "heer", "dhr", "hr", "meneer", "mevrouw", "mevr", "mw", "mej", "drs", "dr", "mr", "ing", "ir",
  ]
  /// Lower-case name parts (tussenvoegsels).
  static let particles: Set<String> = [
    "van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "in", "op", "la", "le", "du", "da", "di",
    "von",
    "vd", "v.d.", "'s",
  ]
  /// Words of a form that are not a name (a table header "Werknemer  Werkgever", "n.v.t.").
  static let formWords: Set<String> = [
    "werkgever", "werknemer", "werkneemster", "medewerker", "bedrijfsarts", "arbeidsdeskundige",
    "casemanager", "leidinggevende", "handtekening", "datum", "naam", "functie", "bsn", "adres", "plaats",
    "paraaf", "nvt", "onbekend", "ondertekening", "akkoord", "ja", "nee",
  ]

  /// Whether `text` reads as a name.
  static func looksLikeName(_ text: String) -> Bool {
    let value = text.trimmed
    guard !value.isEmpty, value.count <= 60, !value.contains(where: { $0.isNumber }) else { return false }
    var words = value.split(separator: " ").map(String.init)
    // Leave out a form of address: "de heer", "dhr.", "mevrouw".
    while let first = words.first {
      let folded = OriginalText.fold(first).trimmed
      if words.count >= 2, folded == "de", OriginalText.fold(words[1]).trimmed == "heer" {
        words.removeFirst(2)
      } else if salutations.contains(folded) {
        words.removeFirst()
      } else {
        break
      }
    }
    guard (1...6).contains(words.count) else { return false }
    var capitalised = 0
    for word in words {
      if formWords.contains(OriginalText.fold(word).trimmed.replacingOccurrences(of: " ", with: "")) {
        return false
      }
      if particles.contains(word) { continue }
      if isInitials(word) { continue }
      guard let first = word.first, first.isUppercase,
        word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "'" || $0 == "," })
      else { return false }
      if word.filter(\.isLetter).count >= 2 { capitalised += 1 }
    }
    return capitalised >= 1
  }

  /// `J.`, `J.P.`, `J`, `A.M.J.`: capitals each followed by an optional period.
  static func isInitials(_ word: String) -> Bool {
    var expectLetter = true
    var letters = 0
    for character in word {
      if expectLetter, character.isUppercase, character.isLetter {
        letters += 1
        expectLetter = false
      } else if !expectLetter, character == "." {
        expectLetter = true
      } else if !expectLetter, character.isUppercase, character.isLetter, letters < 4 {
        letters += 1
      } else {
        return false
      }
    }
    return letters >= 1 && (letters == 1 || word.contains("."))
  }
}
