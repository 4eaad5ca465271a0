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

  /// A dated profile or plan of the provider (persoonsprofiel, zoekprofiel, eindrapportage).
  public struct Stuk: Sendable, Equatable {
    /// Date.
    public var datum: CivilDate
    /// Author.
    public var opgesteldDoor: Person?
    /// What it says, in short.
    public var samenvatting: String?
  }
  /// The provider's werkplan: what it promised per week.
  public struct Werkplan: Sendable, Equatable {
    /// Date.
    public var datum: CivilDate
    /// Author.
    public var opgesteldDoor: Person?
    /// Promised applications per week.
    public var sollicitatiesPerWeek: Double?
    /// Promised vacancies found per week.
    public var vacaturesPerWeek: Double?
  }
  /// The activity counts of one period.
  public struct Voortgang: Sendable, Equatable {
    /// First day of the period.
    public var van: CivilDate
    /// Last day of the period.
    public var tot: CivilDate
    /// Applications sent.
    public var sollicitaties: Int?
    /// Suitable vacancies found.
    public var vacatures: Int?
    /// Job interviews.
    public var gesprekken: Int?
  }
  /// The employer's evaluation of the provider.
  public struct EvaluatieWerkgever: Sendable, Equatable {
    /// Date.
    public var datum: CivilDate
    /// Author.
    public var opgesteldDoor: Person?
    /// The judgement.
    public var oordeel: String?
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
  /// The persoonsprofiel: experience, education, wishes and limitations.
  public var persoonsprofiel: Stuk? = nil
  /// The zoekprofiel: the kinds of suitable work searched for.
  public var zoekprofiel: Stuk? = nil
  /// The provider's werkplan with its promised activity.
  public var werkplan: Werkplan? = nil
  /// Activity counts per period.
  public var voortgang: [Voortgang] = []
  /// The provider's final report.
  public var eindrapportage: Stuk? = nil
  /// The employer's evaluation of the provider.
  public var evaluatieWerkgever: EvaluatieWerkgever? = nil
  /// Why the document was late, when it was (shown in the control report only, never in the RIV
  /// text for people).
  public var redenTeLaat: String? = nil
}
