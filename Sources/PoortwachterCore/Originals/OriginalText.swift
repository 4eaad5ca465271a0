import Foundation

/// Reading an original's text the way a person checks it: is the employee's BSN there (with or
/// without separators), is there another number that passes the 11-proef where a BSN stands, is
/// the employee named, and who stands after "Naam werknemer:". Names are compared lower-cased,
/// without diacritics and with whitespace collapsed.
enum OriginalText {
  /// A number in the text that passes the 11-proef, with whether it stands where a BSN stands
  /// (after "BSN" or "burgerservicenummer" on the same line).
  struct Number: Equatable {
    let bsn: BSN
    let labelled: Bool
  }

  /// Words before a number that say it is a BSN.
  static let bsnLabels = ["bsn", "burgerservicenummer", "burger service nummer", "sofinummer", "sofi nummer"]
  /// How far before a number (in characters, on the same line) its label may stand.
  static let labelReach = 50

  /// Every number in `text` that passes the 11-proef: a run of 9 digits, or groups of digits
  /// joined by one and the same separator (`1234.56.782`, `123 456 782`, `123-45-6782`) that make
  /// 9 digits. A number followed by `L` (a loonheffingennummer) does not count.
  static func numbers(in text: String) -> [Number] {
    guard PersonalNumbers.mayContain(text) else { return [] }
    let scalars = Array(text.unicodeScalars)
    func isDigit(_ index: Int) -> Bool {
      index >= 0 && index < scalars.count && scalars[index].isASCII
        && scalars[index].properties.numericType != nil
    }
    var result: [Number] = []
    var index = 0
    while index < scalars.count {
      guard isDigit(index), !isDigit(index - 1) else {
        index += 1
        continue
      }
      // A chain of digit groups: (start, end) of each group, and the separator between them.
      var groups: [(start: Int, end: Int)] = []
      var separators: [Unicode.Scalar] = []
      var cursor = index
      while true {
        let start = cursor
        while isDigit(cursor) { cursor += 1 }
        groups.append((start, cursor))
        guard cursor < scalars.count, " .-\u{00A0}".unicodeScalars.contains(scalars[cursor]),
          isDigit(cursor + 1)
        else { break }
        separators.append(scalars[cursor])
        cursor += 1
      }
      for first in groups.indices {
        var digits = ""
        for last in first..<groups.count {
          if last > first, separators[last - 1] != separators[first] { break }
          digits += String(String.UnicodeScalarView(scalars[groups[last].start..<groups[last].end]))
          guard digits.count < 9 else {
            let after = groups[last].end
            let followedByL = after < scalars.count && (scalars[after] == "L" || scalars[after] == "l")
            if digits.count == 9, !followedByL, let bsn = BSN(digits) {
              result.append(Number(bsn: bsn, labelled: isLabelled(scalars, before: groups[first].start)))
            }
            break
          }
        }
      }
      index = cursor
    }
    return result
  }

  /// Whether a BSN label stands before position `start`, on the same line and close enough.
  private static func isLabelled(_ scalars: [Unicode.Scalar], before start: Int) -> Bool {
    var from = start
    while from > 0, start - from < labelReach, scalars[from - 1] != "\n", scalars[from - 1] != "\u{0C}" {
      from -= 1
    }
    let window = fold(String(String.UnicodeScalarView(scalars[from..<start])))
    return bsnLabels.contains { window.contains($0) }
  }

  /// Lower-cased, without diacritics, every run of characters that are not letters or digits one
  /// space, with a space before and after (so `" jansen "` finds a whole word).
  static func fold(_ text: String) -> String {
    var result = " "
    var gap = true
    for character in text {
      if character.isLetter || character.isNumber {
        let folded =
          character.isASCII
          ? character.lowercased()
          : String(character).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .lowercased()
        result += folded
        gap = false
      } else if !gap {
        result += " "
        gap = true
      }
    }
    return gap ? result : result + " "
  }

  /// The words that identify a person's surname in a text: the parts of the last word of `name`
  /// (or, for `Jansen, J.`, of the part before the comma), each folded (`Berg-Smit` gives `berg`
  /// and `smit`).
  static func surnameWords(_ name: String) -> [String] {
    let surname = name.contains(",") ? String(name.split(separator: ",")[0]) : name
    let last = surname.split(whereSeparator: { $0 == " " || $0 == "\t" }).last.map(String.init) ?? surname
    return fold(last).split(separator: " ").map(String.init).filter { $0.count >= 2 }
  }

  /// Whether `text` names the person `name`: one of the words of the surname as a whole word.
  static func mentions(_ text: String, name: String) -> Bool {
    let folded = fold(text)
    return surnameWords(name).contains { folded.contains(" \($0) ") }
  }

  /// Labels after which the employee's name stands ("Naam werknemer:", "Werknemer:"), folded.
  static let employeeLabels = [
    "naam werknemer", "naam van de werknemer", "naam medewerker", "naam van de medewerker", "werknemer",
    "medewerker", "werkneemster", "naam werkneemster",
  ]

  /// The names that stand after an employee label in `text`, with the page (1-based) they are on:
  /// `Naam werknemer: P. Bakker`, or a table cell `Werknemer` followed by the cell `P. Bakker`.
  static func employeeNames(in pages: [String]) -> [(name: String, page: Int)] {
    var found: [(name: String, page: Int)] = []
    for (pageIndex, page) in pages.enumerated() {
      for line in page.split(separator: "\n") {
        let cells = self.cells(String(line))
        for (index, cell) in cells.enumerated() {
          var value: String?
          if let colon = cell.firstIndex(of: ":") {
            guard employeeLabels.contains(fold(String(cell[..<colon])).trimmed) else { continue }
            let rest = String(cell[cell.index(after: colon)...]).trimmed
            value = rest.isEmpty ? (index + 1 < cells.count ? cells[index + 1] : nil) : rest
          } else if employeeLabels.contains(fold(cell).trimmed), index + 1 < cells.count {
            value = cells[index + 1]
          }
          if let value, PersonName.looksLikeName(value) { found.append((value, pageIndex + 1)) }
        }
      }
    }
    return found
  }

  /// The cells of a line: parts separated by a tab or by two or more spaces (the columns of
  /// `pdftotext -layout` and the table cells of a Word document).
  static func cells(_ line: String) -> [String] {
    var cells: [String] = []
    var current = ""
    var spaces = 0
    for character in line {
      if character == "\t" || (character == " " && spaces >= 1) {
        if !current.trimmed.isEmpty { cells.append(current.trimmed) }
        current = ""
        spaces = character == " " ? spaces + 1 : 0
        continue
      }
      spaces = character == " " ? spaces + 1 : 0
      current.append(character)
    }
    if !current.trimmed.isEmpty { cells.append(current.trimmed) }
    return cells
  }
}
