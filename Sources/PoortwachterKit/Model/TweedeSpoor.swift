/// The tweede spoor: the search for suitable work with another employer.
public struct TweedeSpoor: Sendable, Equatable {
  /// A reason not to start the tweede spoor.
  public struct Vrijstelling: Sendable, Equatable {
    /// The ground.
    public var reden: VrijstellingReden
    /// Explanation.
    public var toelichting: String?
  }
  /// A provider phase with its period.
  public struct Fase: Sendable, Equatable {
    /// Which phase.
    public var fase: TweedeSpoorFaseSoort
    /// Start.
    public var van: CivilDate
    /// End, when finished.
    public var tot: CivilDate?
  }
  /// A dated search activity.
  public struct Activiteit: Sendable, Equatable {
    /// Date.
    public var datum: CivilDate
    /// Kind.
    public var soort: ActiviteitSoort
    /// Description.
    public var omschrijving: String?
  }
  /// A progress report of the provider.
  public struct Rapportage: Sendable, Equatable {
    /// Date.
    public var datum: CivilDate
    /// Author.
    public var opgesteldDoor: Person?
    /// Summary.
    public var samenvatting: String?
    /// The provider's signed original (pdf, jpg or docx), relative to the case file.
    public var origineel: String? = nil
  }

  /// Start date.
  public var gestartOp: CivilDate?
  /// Provider.
  public var uitvoerder: Person?
  /// Exemption, if any.
  public var vrijstelling: Vrijstelling?
  /// Phases.
  public var fasen: [Fase]
  /// Search log.
  public var activiteiten: [Activiteit]
  /// Progress reports.
  public var rapportages: [Rapportage]
  /// Result or explanation.
  public var resultaat: String?
  /// Why the document was late, when it was (shown in the control report only, never in the RIV
  /// text for people).
  public var redenTeLaat: String? = nil
}
