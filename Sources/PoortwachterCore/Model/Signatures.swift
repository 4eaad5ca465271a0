/// Signature dates of both parties (`ondertekend: { werkgever, werknemer, wijze, bewijs }`).
public struct Signatures: Sendable, Equatable {
  /// How the parties signed (`wijze`).
  public enum Method: String, Sendable, CaseIterable {
    /// On paper: the signed scan is the document's `origineel`.
    case handgeschreven
    /// In a signing system: `bewijs` is the PDF the system delivered.
    case digitaal
  }

  /// Date the employer signed.
  public var werkgever: CivilDate?
  /// Date the employee signed.
  public var werknemer: CivilDate?
  /// How they signed, as the file writes it (`nil`: not written, which means handgeschreven).
  public var wijze: Method? = nil
  /// The signed PDF a signing system delivered (`bewijs`, relative to the case file); with
  /// `wijze: digitaal` it is the signed original itself, no scan needed.
  public var bewijs: String? = nil

  /// Whether both parties signed.
  public var isComplete: Bool { werkgever != nil && werknemer != nil }
  /// Whether the parties signed in a signing system (`wijze: digitaal`).
  public var isDigital: Bool { wijze == .digitaal }
  /// The parties that signed, with the date each signed (employer first).
  public var parties: [(party: String, date: CivilDate)] {
    [("werkgever", werkgever), ("werknemer", werknemer)].compactMap { party, date in
      date.map { (party, $0) }
    }
  }
}
