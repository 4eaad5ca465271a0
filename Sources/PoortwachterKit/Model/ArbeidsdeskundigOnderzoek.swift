/// A labour expert's assessment (arbeidsdeskundig onderzoek).
public struct ArbeidsdeskundigOnderzoek: Sendable, Equatable {
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
}
