/// The rules on the originals a case links (`origineel:`), judged on what was read from them
/// (``OriginalContents``, passed to ``RuleEngine/evaluate(_:peildatum:originals:)``). Without
/// contents (the originals were not read) these rules find nothing.
enum OriginalRules {
  /// Every rule on originals, in the order of the listing.
  static let all = OriginalIdentityRules.all + OriginalFormRules.all

  /// One document with an original that was read.
  struct Read {
    /// The document.
    let document: CaseDocument
    /// Its `origineel` value as the case file writes it.
    let origineel: String
    /// What was read from it.
    let content: OriginalContent
    /// The path a finding points at: the document's `origineel`.
    var path: String { document.field("origineel").description }
  }

  /// The documents whose original was read, in document order.
  static func read(_ context: RuleContext) -> [Read] {
    guard let originals = context.originals else { return [] }
    return context.documents.compactMap { document in
      guard let origineel = document.origineel, let content = originals[origineel] else { return nil }
      return Read(document: document, origineel: origineel, content: content)
    }
  }

  /// How a message names the original: `het origineel 'bijlagen/pa.pdf' (probleemanalyse)`.
  static func name(_ read: Read) -> String {
    "het origineel '\(read.origineel)' (\(read.document.title))"
  }
}
