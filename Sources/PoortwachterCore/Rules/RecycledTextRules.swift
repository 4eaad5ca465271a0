/// Evaluations and rapportages whose text repeats earlier ones verbatim: UWV reads a copied
/// evaluation as no real evaluation (a reviewed case had 16 evaluations built from 5 sentences).
enum RecycledTextRules {
  static let bron =
    "UWV Werkwijzer Poortwachter: een evaluatie of rapportage beschrijft de voortgang sinds de vorige; "
    + "Regeling procesgang eerste en tweede ziektejaar (BWBR0013540), art. 4 (evaluatie en bijstelling "
    + "van het plan van aanpak)"
  static let base = "verzuim: { eerste_ziektedag: 2024-01-08 }\nplan_van_aanpak: { datum: 2024-02-22 }\n"

  /// The sentences of a text, normalised: lower case, single spaces, without closing punctuation.
  static func sentences(_ text: String) -> [String] {
    asciiSentences(text) ?? characterSentences(text)
  }

  /// `sentences` character by character: any text.
  static func characterSentences(_ text: String) -> [String] {
    var result: [String] = []
    var current = ""
    for character in text {
      if character == "." || character == "!" || character == "?" || character.isNewline {
        append(&result, current)
        current = ""
      } else {
        current.append(character)
      }
    }
    append(&result, current)
    return result
  }

  /// `sentences` for a text of ASCII only, on its bytes (the same result without grapheme
  /// breaking and Unicode property look-ups, which cost a tenth of `check`); `nil` otherwise.
  static func asciiSentences(_ text: String) -> [String]? {
    var result: [String] = []
    var sentence: [UInt8] = []
    var space = false
    for byte in text.utf8 {
      switch byte {
      case 0x80...: return nil
      case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), 0x0A...0x0D:
        if !sentence.isEmpty { result.append(String(decoding: sentence, as: UTF8.self)) }
        sentence.removeAll(keepingCapacity: true)
        space = false
      case 0x09, 0x20, UInt8(ascii: ","), UInt8(ascii: ";"):
        space = !sentence.isEmpty
      default:
        if space { sentence.append(0x20) }
        space = false
        sentence.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      }
    }
    if !sentence.isEmpty { result.append(String(decoding: sentence, as: UTF8.self)) }
    return result
  }

  private static func append(_ result: inout [String], _ sentence: String) {
    let words = sentence.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == ";" })
    if !words.isEmpty { result.append(words.joined(separator: " ")) }
  }

  /// For each text (dated, with its path) that says nothing new: every sentence already stood in an
  /// earlier text. Texts dated after the peildatum do not exist yet.
  static func repeated(_ texts: [(date: CivilDate, path: String, text: String?)], peildatum: CivilDate)
    -> [(date: CivilDate, path: String, count: Int)]
  {
    var seen = Set<String>()
    var result: [(CivilDate, String, Int)] = []
    for item in texts.filter({ $0.date <= peildatum }).sorted(by: { ($0.date, $0.path) < ($1.date, $1.path) })
    {
      let own = sentences(item.text ?? "")
      guard !own.isEmpty else { continue }
      if own.allSatisfy(seen.contains) { result.append((item.date, item.path, own.count)) }
      seen.formUnion(own)
    }
    return result
  }

  static func message(_ what: String, _ date: CivilDate, _ count: Int) -> String {
    "de tekst van de \(what) van \(DutchDate.long(date)) herhaalt eerdere woordelijk "
      + "(\(count == 1 ? "de enige zin staat" : "alle \(count) zinnen staan") er al in); UWV leest dat als "
      + "geen echte \(what): beschrijf wat er sinds de vorige is gebeurd en wat er verandert"
  }

  static let evaluations = Rule(
    RuleDescription(
      id: "wvp.evaluaties.herhaalde-tekst", title: "Evaluatie herhaalt een eerdere woordelijk",
      severity: .waarschuwing, bron: bron,
      rationale: "Een evaluatie die alleen zinnen van eerdere evaluaties herhaalt, laat niet zien wat er "
        + "is gebeurd en wat er verandert; UWV leest dat als geen echte evaluatie.",
      triggering: [
        .init(
          base + "evaluaties:\n  - { datum: 2024-04-01, verslag: Gaat goed. Opbouw volgens plan. }\n"
            + "  - { datum: 2024-05-10, verslag: ↓Opbouw volgens plan. Gaat goed. }\n",
          peildatum: "2024-05-20")
      ],
      nonTriggering: [
        .init(
          base + "evaluaties:\n  - { datum: 2024-04-01, verslag: Gaat goed. Opbouw volgens plan. }\n"
            + "  - { datum: 2024-05-10, verslag: Gaat goed. Uren van 8 naar 12 per week. }\n",
          peildatum: "2024-05-20")
      ])
  ) { context in
    let texts = context.caseFile.evaluaties.enumerated().map {
      (date: $0.element.datum, path: "evaluaties[\($0.offset + 1)].verslag", text: $0.element.verslag)
    }
    return repeated(texts, peildatum: context.peildatum).map {
      .init(message("evaluatie", $0.date, $0.count), at: $0.path)
    }
  }

  static let reports = Rule(
    RuleDescription(
      id: "wvp.tweede-spoor.herhaalde-rapportage",
      title: "Rapportage tweede spoor herhaalt een eerdere woordelijk",
      severity: .waarschuwing, bron: bron,
      rationale: "Een voortgangsrapportage die alleen eerdere zinnen herhaalt, laat geen voortgang zien; "
        + "UWV leest dat als een tweede spoor dat niet echt loopt.",
      triggering: [
        .init(
          base + "tweede_spoor:\n  gestart_op: 2025-01-10\n  rapportages:\n"
            + "    - { datum: 2025-02-15, samenvatting: Werknemer solliciteert actief. }\n"
            + "    - { datum: 2025-03-20, samenvatting: ↓Werknemer solliciteert actief. }\n",
          peildatum: "2025-04-01")
      ],
      nonTriggering: [
        .init(
          base + "tweede_spoor:\n  gestart_op: 2025-01-10\n  rapportages:\n"
            + "    - { datum: 2025-02-15, samenvatting: Werknemer solliciteert actief. }\n"
            + "    - { datum: 2025-03-20, samenvatting: Twee gesprekken gevoerd bij een magazijn. }\n",
          peildatum: "2025-04-01")
      ])
  ) { context in
    let texts = (context.caseFile.tweedeSpoor?.rapportages ?? []).enumerated().map {
      (
        date: $0.element.datum, path: "tweede_spoor.rapportages[\($0.offset + 1)].samenvatting",
        text: $0.element.samenvatting
      )
    }
    return repeated(texts, peildatum: context.peildatum).map {
      .init(message("rapportage", $0.date, $0.count), at: $0.path)
    }
  }

  static let all: [Rule] = [evaluations, reports]
}
