import Foundation

/// Finds diagnoses, complaints, treatments, medication and care providers in Dutch text.
///
/// Employer-written texts in a re-integratie dossier must not contain medical information (AVG art. 9,
/// AP "De zieke werknemer"). Functional language stays allowed and is deliberately not in the catalogue:
/// "beperkingen", "belastbaarheid", "ziek", "ziekmelding", "herstel", "medische beperkingen", "werkdruk",
/// "stress", "conflict", and the occupational-health roles "bedrijfsarts", "verzekeringsarts",
/// "arbeidsdeskundige", "casemanager".
///
/// Matching works on tokens: maximal runs of letters and digits, lower-cased and with diacritics folded
/// ("Reumatoïde" → "reumatoide"). Hyphens and whitespace both separate tokens, so the catalogue entry
/// "burn-out" matches "burn-out", "Burn out" and "BURN-OUT"; "burnout" is a separate entry.
///
/// Catalogue entry syntax (for ``init(entries:)``):
/// - `word` matches the whole token only ("kuur" does not match "afslankkuur" or "kuuroord").
/// - `*stem` also matches as the last part of a compound ("*pijn" matches "rugpijn"), `stem*` also as
///   the first part ("huisarts*" matches "huisartsenpost"). The other part must be at least
///   ``minimumCompoundPart`` characters. There is no infix matching.
/// - `two words` is a phrase: consecutive whole tokens separated only by whitespace or hyphens
///   ("long covid" matches "long-covid"). Phrases take precedence over single tokens.
/// Terms are reported in lower case without the `*` markers; the first entry wins for duplicate keys.
public struct MedicalTermScanner: Sendable {
  /// A catalogue entry after parsing.
  struct Entry: Sendable {
    let term: String
    let category: MedicalTermCategory
  }

  /// A multi-token entry.
  struct Phrase: Sendable {
    let tokens: [String]
    let entry: Entry
  }

  /// Everything known about one normalized token, so that a token costs a single hash lookup.
  struct Lexeme: Sendable {
    /// Phrases starting with this token, longest first.
    var phrases: [Phrase] = []
    /// The entry for the token on its own.
    var whole: Entry?
    /// True when the token must never match on its own (e.g. "aanklacht" despite "*klacht").
    var isException = false
  }

  /// A trie over Unicode scalars for compound stems; walked backwards for suffix stems.
  struct StemTrie: Sendable {
    private var keys: [[Unicode.Scalar]] = [[]]
    private var children: [[Int]] = [[]]
    private var entries: [Entry?] = [nil]

    /// Adds `stem`; an existing entry for the same stem is kept.
    mutating func insert<S: Sequence<Unicode.Scalar>>(_ stem: S, _ entry: Entry) {
      var node = 0
      for scalar in stem {
        if let position = keys[node].firstIndex(of: scalar) {
          node = children[node][position]
        } else {
          keys.append([])
          children.append([])
          entries.append(nil)
          keys[node].append(scalar)
          children[node].append(entries.count - 1)
          node = entries.count - 1
        }
      }
      if entries[node] == nil { entries[node] = entry }
    }

    /// The longest stem that is a prefix of `scalars` and leaves at least `remainder` of `count` scalars.
    func longestMatch<S: Sequence<Unicode.Scalar>>(
      _ scalars: S, count: Int, remainder: Int
    ) -> (length: Int, entry: Entry)? {
      var node = 0
      var depth = 0
      var best: (length: Int, entry: Entry)?
      for scalar in scalars {
        guard depth + remainder < count, let position = keys[node].firstIndex(of: scalar) else { break }
        node = children[node][position]
        depth += 1
        if let entry = entries[node] { best = (depth, entry) }
      }
      return best
    }
  }

  /// A token of the scanned text.
  struct Token {
    /// Lower-cased, diacritics-folded text.
    var text: String
    var start: String.Index
    var end: String.Index
    /// Character offset of `start`.
    var offset: Int
    /// True when only whitespace and hyphens separate this token from the previous one.
    var softGapBefore: Bool
  }

  /// Minimum length (in Unicode scalars) of the non-catalogue part of a compound match, so that
  /// "*pijn" does not fire on a hypothetical "spijn".
  static let minimumCompoundPart = 2

  private let lexicon: [String: Lexeme]
  private let suffixStems: StemTrie
  private let prefixStems: StemTrie

  /// The scanner with the curated Dutch catalogue (see `MedicalTermCatalogue.swift`).
  public static let standard = MedicalTermScanner(
    entries: standardEntries, exceptions: standardExceptions)

  /// Creates a scanner from catalogue entries; see the type documentation for the entry syntax.
  public init(entries: [(term: String, category: MedicalTermCategory)]) {
    self.init(entries: entries, exceptions: [])
  }

  /// Creates a scanner with additional whole-token exceptions (e.g. "aanklacht" for "*klacht").
  init(entries: [(term: String, category: MedicalTermCategory)], exceptions: [String]) {
    var lexicon: [String: Lexeme] = [:]
    var suffixStems = StemTrie()
    var prefixStems = StemTrie()
    var seenPhrases: Set<[String]> = []
    for (rawTerm, category) in entries {
      var term = rawTerm.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
      let asSuffix = term.hasPrefix("*")
      let asPrefix = term.hasSuffix("*")
      term = term.trimmingCharacters(in: CharacterSet(charactersIn: "*"))
      let tokens = Self.tokenize(term).map(\.text)
      guard let first = tokens.first else { continue }
      let entry = Entry(term: term, category: category)
      if tokens.count > 1 {
        if seenPhrases.insert(tokens).inserted {
          lexicon[first, default: Lexeme()].phrases.append(Phrase(tokens: tokens, entry: entry))
        }
        continue
      }
      if lexicon[first]?.whole == nil { lexicon[first, default: Lexeme()].whole = entry }
      if asSuffix { suffixStems.insert(first.unicodeScalars.reversed(), entry) }
      if asPrefix { prefixStems.insert(first.unicodeScalars, entry) }
    }
    for exception in exceptions {
      guard let token = Self.tokenize(exception).first?.text else { continue }
      lexicon[token, default: Lexeme()].isException = true
    }
    for key in lexicon.keys {
      lexicon[key]?.phrases.sort { $0.tokens.count > $1.tokens.count }
    }
    self.lexicon = lexicon
    self.suffixStems = suffixStems
    self.prefixStems = prefixStems
  }

  /// All medical terms in `text`, in order of offset, without overlaps.
  ///
  /// At each token the longest phrase wins, then a whole-token entry, then the longest compound stem.
  /// A match consumes its tokens, so "gebroken been" is reported once, not also as "been".
  public func matches(in text: String) -> [MedicalTermMatch] { matches(in: text, compounds: true) }

  /// All medical terms in `text`; with `compounds` false only whole tokens and phrases match, so
  /// a name made of a term and more ("Ziekenhuisweg") is not one.
  public func matches(in text: String, compounds: Bool) -> [MedicalTermMatch] {
    let tokens = Self.tokenize(text)
    var result: [MedicalTermMatch] = []
    var index = 0
    while index < tokens.count {
      guard let (entry, length) = match(at: index, in: tokens, compounds: compounds) else {
        index += 1
        continue
      }
      let first = tokens[index]
      let last = tokens[index + length - 1]
      result.append(
        MedicalTermMatch(
          matched: String(text[first.start..<last.end]), term: entry.term, category: entry.category,
          offset: first.offset))
      index += length
    }
    return result
  }

  /// The entry matching at `index` and the number of tokens it spans.
  private func match(at index: Int, in tokens: [Token], compounds: Bool) -> (Entry, Int)? {
    let token = tokens[index].text
    if let lexeme = lexicon[token] {
      for phrase in lexeme.phrases where phraseMatches(phrase, at: index, in: tokens) {
        return (phrase.entry, phrase.tokens.count)
      }
      if lexeme.isException { return nil }
      if let entry = lexeme.whole { return (entry, 1) }
    }
    guard compounds else { return nil }
    return compoundEntry(for: token).map { ($0, 1) }
  }

  private func phraseMatches(_ phrase: Phrase, at index: Int, in tokens: [Token]) -> Bool {
    guard index + phrase.tokens.count <= tokens.count else { return false }
    for offset in 1..<phrase.tokens.count {
      let token = tokens[index + offset]
      if !token.softGapBefore || token.text != phrase.tokens[offset] { return false }
    }
    return true
  }

  /// The longest suffix or prefix stem of `token` that leaves a large enough compound part.
  private func compoundEntry(for token: String) -> Entry? {
    let scalars = token.unicodeScalars
    let count = scalars.count
    let remainder = Self.minimumCompoundPart
    let suffix = suffixStems.longestMatch(scalars.reversed(), count: count, remainder: remainder)
    let prefix = prefixStems.longestMatch(scalars, count: count, remainder: remainder)
    guard let prefix else { return suffix?.entry }
    guard let suffix else { return prefix.entry }
    return suffix.length >= prefix.length ? suffix.entry : prefix.entry
  }

  /// Splits `text` into lower-cased, diacritics-folded tokens of letters and digits.
  ///
  /// Walks the UTF-8 bytes; an ASCII byte followed by another ASCII byte is a whole Character (except
  /// CR LF), so only non-ASCII text pays for grapheme breaking.
  static func tokenize(_ text: String) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(text.utf8.count / 6 + 1)
    // The token being read, as UTF-8; made a String once, when the token ends.
    var current: [UInt8] = []
    current.reserveCapacity(32)
    var tokenStart = text.startIndex
    var tokenOffset = 0
    var softGap = true
    var offset = 0
    func close(at end: String.Index) {
      guard !current.isEmpty else { return }
      tokens.append(
        Token(
          text: String(decoding: current, as: UTF8.self), start: tokenStart, end: end, offset: tokenOffset,
          softGapBefore: softGap))
      current.removeAll(keepingCapacity: true)
      softGap = true
    }
    let utf8 = text.utf8
    var index = utf8.startIndex
    while index < utf8.endIndex {
      let byte = utf8[index]
      var next = utf8.index(after: index)
      let nextIsASCII = next == utf8.endIndex || utf8[next] < 0x80
      if byte < 0x80, nextIsASCII, !(byte == 0x0D && next < utf8.endIndex && utf8[next] == 0x0A) {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
          if current.isEmpty { (tokenStart, tokenOffset) = (index, offset) }
          current.append(byte)
        case UInt8(ascii: "A")...UInt8(ascii: "Z"):
          if current.isEmpty { (tokenStart, tokenOffset) = (index, offset) }
          current.append(byte + 32)
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"),
          UInt8(ascii: "-"):
          close(at: index)
        default:
          close(at: index)
          softGap = false
        }
      } else {
        let character = text[index]
        next = text.index(after: index)
        if character.isLetter || character.isNumber {
          if current.isEmpty { (tokenStart, tokenOffset) = (index, offset) }
          current.append(contentsOf: fold(character).utf8)
        } else {
          close(at: index)
          if !(character.isWhitespace || "-\u{2010}\u{2011}\u{2013}\u{00AD}".contains(character)) {
            softGap = false
          }
        }
      }
      index = next
      offset += 1
    }
    close(at: text.endIndex)
    return tokens
  }

  /// Lower-cases a non-ASCII letter and removes its diacritics ("Ï" → "i", "é" → "e").
  private static func fold(_ character: Character) -> String {
    let folded = String(character)
      .folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      .lowercased()
    var result = ""
    for scalar in folded.unicodeScalars
    where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
      result.unicodeScalars.append(scalar)
    }
    return result
  }
}
