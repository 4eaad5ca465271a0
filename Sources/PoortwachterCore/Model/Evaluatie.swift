/// A periodic evaluation of the plan van aanpak (at least every six weeks).
public struct Evaluatie: Sendable, Equatable {
  /// Date.
  public var datum: CivilDate
  /// Author.
  public var opgesteldDoor: Person?
  /// Report.
  public var verslag: String?
  /// Signatures of both parties, when the evaluation was signed (a joint document).
  public var ondertekend: Signatures? = nil
  /// Agreements changed or made at this evaluation: as in the plan van aanpak.
  public var afspraken: [Afspraak] = []
  /// The signed original (pdf, jpg or docx), relative to the case file; the UWV pack sends it
  /// instead of a generated version.
  public var origineel: String? = nil
}
