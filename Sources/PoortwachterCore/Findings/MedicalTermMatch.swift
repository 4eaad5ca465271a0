/// A medical term found in an employer-written text.
public struct MedicalTermMatch: Sendable, Equatable {
  /// The text as it appears in the input (original casing).
  public let matched: String
  /// The catalogue entry (lower case) that matched.
  public let term: String
  /// The category of the term.
  public let category: MedicalTermCategory
  /// Character offset (in Characters of the input String) where the match starts.
  public let offset: Int

  /// Creates a match. Normally only ``MedicalTermScanner`` creates matches.
  public init(matched: String, term: String, category: MedicalTermCategory, offset: Int) {
    self.matched = matched
    self.term = term
    self.category = category
    self.offset = offset
  }
}
