/// The professionals involved (`betrokkenen`).
public struct Stakeholders: Sendable, Equatable {
  /// Casemanager.
  public var casemanager: Person?
  /// Bedrijfsarts (or arbodienst).
  public var bedrijfsarts: Person?
  /// Arbeidsdeskundige.
  public var arbeidsdeskundige: Person?
  /// Re-integratiebureau.
  public var reintegratiebureau: Person?
}
