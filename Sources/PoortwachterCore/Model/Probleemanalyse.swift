/// The bedrijfsarts' probleemanalyse (RPE art. 2), due by the end of week 6.
public struct Probleemanalyse: Sendable, Equatable {
  /// Date.
  public var datum: CivilDate
  /// Author (the bedrijfsarts).
  public var opgesteldDoor: Person?
  /// `false`: no plan van aanpak is required.
  public var benutbareMogelijkheden: Bool?
  /// Capabilities and limitations (no diagnosis).
  public var mogelijkhedenEnBeperkingen: String?
  /// Prognosis.
  public var prognose: String?
  /// Advice.
  public var advies: String?
  /// Revisions.
  public var bijstellingen: [Bijstelling]
  /// The signed original (pdf, jpg or docx), relative to the case file; the UWV pack sends it
  /// instead of a generated version.
  public var origineel: String? = nil
  /// Why the document was late, when it was (shown in the control report only, never in the RIV
  /// text for people).
  public var redenTeLaat: String? = nil
}
