/// The Dutch words for the state of a deadline on a peildatum: `✔ op tijd`, `✘ te laat (12 dagen)`,
/// `✘ verlopen (5 dagen te laat)`, `… open (nog 9 dagen)`. The one place these words are made: the
/// text reporter, the dossier context (`status_tekst`) and the agenda all show them.
public struct StatusWords: Sendable, Equatable {
  /// How a reader should weigh the state (the text reporter colours by it).
  public enum Tone: Sendable, Equatable {
    /// Done on time.
    case good
    /// Late or overdue.
    case bad
    /// Needs attention: due today, or done too early.
    case attention
    /// Open, not yet due.
    case plain
    /// Not applicable, or the end of the waiting period has passed.
    case muted
  }

  /// `✔`, `✘`, `…`, `–` or `!`.
  public let symbol: String
  /// The words without the symbol: `te laat (12 dagen)`.
  public let words: String
  /// How to weigh it.
  public let tone: Tone

  /// Symbol and words: `✘ te laat (12 dagen)`.
  public var text: String { "\(symbol) \(words)" }

  /// The words for `row` on `peildatum`. `deadline` replaces `row.uiterlijk` where a caller judges
  /// against another date.
  public init(_ row: Milestone, peildatum: CivilDate, deadline: CivilDate? = nil) {
    let due = deadline ?? row.uiterlijk
    switch row.status {
    case .opTijd: self.init("✔", "op tijd", .good)
    case .teLaat:
      self.init("✘", "te laat (\(DutchDate.days(due.days(until: row.gedaan ?? due))))", .bad)
    case .verlopen:
      if row.id == .eindeWachttijd {
        self.init("✔", "verstreken", .muted)
      } else {
        self = Self.due(due, peildatum: peildatum)
      }
    case .open: self = Self.due(due, peildatum: peildatum)
    case .nietVanToepassing: self.init("–", "niet van toepassing", .muted)
    case .teVroeg: self.init("!", "te vroeg (vóór week 46)", .attention)
    }
  }

  /// The words for something not yet done that is due on `deadline`: open or overdue.
  public static func due(_ deadline: CivilDate, peildatum: CivilDate) -> StatusWords {
    let left = peildatum.days(until: deadline)
    if left < 0 { return StatusWords("✘", "verlopen (\(DutchDate.days(-left)) te laat)", .bad) }
    if left == 0 { return StatusWords("…", "open (vandaag uiterlijk)", .attention) }
    return StatusWords("…", "open (nog \(DutchDate.days(left)))", .plain)
  }

  private init(_ symbol: String, _ words: String, _ tone: Tone) {
    self.symbol = symbol
    self.words = words
    self.tone = tone
  }
}
