/// Signs that a page was printed from a web browser rather than from the document itself: the
/// address of a local file (`file:///`), a web address with a page counter as footer
/// (`https://portaal.example/pa   1/2`), or a date and time as the first line of the page (the
/// header a browser prints, `07-12-2026 14:32` or `12/7/26, 2:32 PM`).
enum PrintArtefacts {
  /// One sign, with the page (1-based) it is on.
  struct Mark: Equatable {
    /// Dutch description (`een voettekst met een bestandsadres (file:///)`).
    let what: String
    /// The page.
    let page: Int
  }

  /// The signs on `pages`, at most one of each kind per page.
  static func marks(in pages: [String]) -> [Mark] {
    var marks: [Mark] = []
    for (index, page) in pages.enumerated() {
      let lines = page.split(separator: "\n").map(String.init).filter { !$0.trimmed.isEmpty }
      if page.contains("file:///") {
        marks.append(Mark(what: "een bestandsadres (file:///) in de kop- of voettekst", page: index + 1))
      }
      let edges = Array(lines.prefix(2)) + Array(lines.suffix(2))
      if edges.contains(where: { hasWebAddress($0) && hasPageCounter($0) }) {
        marks.append(Mark(what: "een webadres met paginanummer als voettekst", page: index + 1))
      }
      if let first = lines.first, startsWithDateAndTime(first.trimmed) {
        marks.append(Mark(what: "een datum en tijd als koptekst", page: index + 1))
      }
    }
    return marks
  }

  static func hasWebAddress(_ line: String) -> Bool {
    line.contains("http://") || line.contains("https://")
  }

  /// `1/2`, `3/12`: a page counter as browsers print it, as a word of its own.
  static func hasPageCounter(_ line: String) -> Bool {
    line.split(separator: " ").contains { word in
      let parts = word.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 2, let page = Int(parts[0]), let total = Int(parts[1]) else { return false }
      return page >= 1 && page <= total && parts[1].count <= 3
    }
  }

  /// Whether `line` starts with a date (`7-12-2026`, `07/12/26`, `12.7.2026`) directly followed
  /// by a time (`14:32`, `2:32 PM`), with at most a comma between.
  static func startsWithDateAndTime(_ line: String) -> Bool {
    let characters = Array(line)
    var position = 0
    func digits(_ range: ClosedRange<Int>) -> Bool {
      var count = 0
      while position < characters.count, characters[position].isASCII, characters[position].isNumber {
        count += 1
        position += 1
      }
      return range.contains(count)
    }
    func separator(_ allowed: String) -> Bool {
      guard position < characters.count, allowed.contains(characters[position]) else { return false }
      position += 1
      return true
    }
    guard digits(1...2), separator("-/."), digits(1...2), separator("-/."), digits(2...4) else {
      return false
    }
    _ = separator(",")
    guard separator(" ") else { return false }
    while position < characters.count, characters[position] == " " { position += 1 }
    return digits(1...2) && separator(":") && digits(2...2)
  }
}
