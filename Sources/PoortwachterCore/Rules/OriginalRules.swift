/// The rules on the originals a case links (`origineel:`), judged on what was read from them
/// (``OriginalContents``, passed to ``RuleEngine/evaluate(_:peildatum:originals:)``). Without
/// contents (the originals were not read) these rules find nothing.
enum OriginalRules {
  /// Every rule on originals, in the order of the listing.
  static let all = OriginalIdentityRules.all + OriginalFormRules.all + OriginalDuplicateRules.all

  /// One original that was read.
  struct Read {
    /// The original as the case file names it.
    let link: OriginalLink
    /// What was read from it.
    let content: OriginalContent
    /// Its value as the case file writes it.
    var origineel: String { link.origineel }
    /// The path a finding points at: the document's `origineel` (or `ondertekend.bewijs`).
    var path: String { link.path.description }
  }

  /// The originals that were read, in document order (``OriginalLink/all(in:documents:)``).
  static func read(_ context: RuleContext) -> [Read] {
    guard let originals = context.originals else { return [] }
    return OriginalLink.all(in: context.caseFile, documents: context.documents).compactMap { link in
      originals[link.origineel].map { Read(link: link, content: $0) }
    }
  }

  /// How a message names the original: `het origineel 'bijlagen/pa.pdf' (probleemanalyse)`.
  static func name(_ read: Read) -> String {
    "het origineel '\(read.origineel)' (\(read.link.title))"
  }
}
