/// A labour expert's assessment (arbeidsdeskundig onderzoek).
public struct ArbeidsdeskundigOnderzoek: Sendable, Equatable {
  /// The belastbaarheid the expert worked from: its source (FML, IZP) and date.
  public struct Belastbaarheid: Sendable, Equatable {
    /// Source, e.g. "FML van de bedrijfsarts".
    public var bron: String?
    /// Date of the source.
    public var datum: CivilDate?
  }
  /// The conclusions per kind of work.
  public struct Conclusies: Sendable, Equatable {
    /// Own work.
    public var eigenWerk: String?
    /// Adjusted own work.
    public var aangepastWerk: String?
    /// Other work at the own employer.
    public var anderWerk: String?
    /// Work with another employer.
    public var tweedeSpoor: String?
  }
  /// One advice and what became of it.
  public struct Advies: Sendable, Equatable {
    /// The advice.
    public var advies: String
    /// What it is about.
    public var betreft: AdviesOnderwerp?
    /// Followed, not followed, or still running.
    public var opvolging: AdviesOpvolging?
    /// Why it was not followed, or how it was.
    public var toelichting: String?
    /// When the employer followed the advice up (or recorded that it did not): the employer's own,
    /// later record, never part of the expert's report; it cannot precede the report.
    public var opvolgingOp: CivilDate? = nil
  }

  /// Date.
  public var datum: CivilDate
  /// Author (the arbeidsdeskundige).
  public var opgesteldDoor: Person?
  /// Conclusion.
  public var conclusie: String?
  /// Which track the expert advises.
  public var advies: TrackAdvice?
  /// The signed original (pdf, jpg or docx), relative to the case file; the UWV pack sends it
  /// instead of a generated version.
  public var origineel: String? = nil
  /// The question put to the expert.
  public var vraagstelling: String? = nil
  /// The belastbaarheid worked from.
  public var belastbaarheid: Belastbaarheid? = nil
  /// Conclusions per kind of work.
  public var conclusies: Conclusies? = nil
  /// The advices with their follow-up.
  public var adviezen: [Advies] = []
}
