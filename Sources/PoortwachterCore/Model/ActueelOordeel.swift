/// The bedrijfsarts' actueel oordeel before the eindevaluatie.
public struct ActueelOordeel: Sendable, Equatable {
  /// Date.
  public var datum: CivilDate
  /// Author.
  public var opgesteldDoor: Person?
  /// State of the employment relation.
  public var arbeidsverhouding: String?
  /// Whether suitable work with the employer exists.
  public var passendWerkBijWerkgever: String?
  /// The signed original (pdf, jpg or docx), relative to the case file; the UWV pack sends it
  /// instead of a generated version.
  public var origineel: String? = nil
  /// The employee's usable possibilities (benutbare mogelijkheden), without medical details.
  public var benutbareMogelijkheden: String? = nil
  /// Prognosis.
  public var prognose: String? = nil
  /// Advice about work.
  public var advies: String? = nil
  /// Date of the belastbaarheidsprofiel (FML) the oordeel rests on.
  public var belastbaarheidsprofielOp: CivilDate? = nil
  /// Why the document was late, when it was (shown in the control report only, never in the RIV
  /// text for people).
  public var redenTeLaat: String? = nil
}
