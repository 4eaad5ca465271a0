/// The eerstejaarsevaluatie, held in weeks 46 to 52.
public struct Eerstejaarsevaluatie: Sendable, Equatable {
  /// Date.
  public var datum: CivilDate
  /// Author.
  public var opgesteldDoor: Person?
  /// Signatures of both parties.
  public var ondertekend: Signatures?
  /// Whether a tweede spoor is needed.
  public var tweedeSpoorNodig: Bool?
  /// Explanation.
  public var toelichting: String?
  /// Why no tweede spoor is needed, when `tweedeSpoorNodig` is false (e.g. structural return to
  /// the own work expected); UWV accepts that conclusion only with reasons.
  public var onderbouwing: String?
  /// Employer's view.
  public var visieWerkgever: String?
  /// Employee's view.
  public var visieWerknemer: String?
  /// The signed original (pdf, jpg or docx), relative to the case file; the UWV pack sends it
  /// instead of a generated version.
  public var origineel: String? = nil
  /// Why the document was late, when it was (shown in the control report only, never in the RIV
  /// text for people).
  public var redenTeLaat: String? = nil

  /// Whether it concludes, with reasons written down, that no tweede spoor is needed
  /// (`tweede_spoor_nodig: false` with an `onderbouwing`): per the UWV Werkwijzer that is no failure.
  public var concludesNoSecondTrack: Bool {
    guard tweedeSpoorNodig == false, let reasons = onderbouwing else { return false }
    return !reasons.allSatisfy(\.isWhitespace)
  }

  /// ``concludesNoSecondTrack`` for an evaluation that exists on `peildatum`: one dated later does
  /// not exist yet and excuses nothing.
  public func concludesNoSecondTrack(on peildatum: CivilDate) -> Bool {
    datum <= peildatum && concludesNoSecondTrack
  }
}
