/// The plan van aanpak (RPE art. 4), signed by both parties.
public struct PlanVanAanpak: Sendable, Equatable {
  /// Date.
  public var datum: CivilDate
  /// Author.
  public var opgesteldDoor: Person?
  /// Signatures of employer and employee.
  public var ondertekend: Signatures?
  /// Goal.
  public var doel: String?
  /// Agreements: a plain text, or `{ activiteit, wie, wanneer, status }`.
  public var afspraken: [Afspraak]
  /// Employer's view (required when the first sick day is on or after 2023-07-01).
  public var visieWerkgever: String?
  /// Employee's view (likewise).
  public var visieWerknemer: String?
  /// Revisions.
  public var bijstellingen: [Bijstelling]
  /// The signed original (pdf, jpg or docx), relative to the case file; the UWV pack sends it
  /// instead of a generated version.
  public var origineel: String? = nil
  /// Why the document was late, when it was (shown in the control report only, never in the RIV
  /// text for people).
  public var redenTeLaat: String? = nil
}
