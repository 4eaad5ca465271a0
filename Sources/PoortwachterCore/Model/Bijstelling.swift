/// A revision (`bijstelling`) of the probleemanalyse or the plan van aanpak.
public struct Bijstelling: Sendable, Equatable {
  /// Date of the revision.
  public var datum: CivilDate
  /// Author.
  public var opgesteldDoor: Person?
  /// What changed and why.
  public var toelichting: String?
  /// Signatures (required for revisions of the plan van aanpak).
  public var ondertekend: Signatures?
  /// Agreements made or changed with this revision (plan revisions): as in the plan van aanpak.
  public var afspraken: [Afspraak] = []
  /// Employer's view (plan revisions from 2023-07-01 on).
  public var visieWerkgever: String?
  /// Employee's view (plan revisions from 2023-07-01 on).
  public var visieWerknemer: String?
  /// The signed original (pdf, jpg or docx), relative to the case file; the UWV pack sends it
  /// instead of a generated version.
  public var origineel: String? = nil
}
