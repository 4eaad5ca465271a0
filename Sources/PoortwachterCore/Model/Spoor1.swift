/// Spoor 1 (`spoor_1`): the overview of the functions at the own employer, each judged against
/// the employee's belastbaarheid, education and experience (UWV Werkwijzer Poortwachter).
public struct Spoor1: Sendable, Equatable {
  /// One function at the own employer and the judgement whether it suits the employee.
  public struct Functie: Sendable, Equatable {
    /// Name of the function.
    public var naam: String
    /// Suitable: yes, no, or with adjustments.
    public var passend: Passendheid?
    /// Why (not).
    public var reden: String?
    /// When it was judged.
    public var beoordeeldOp: CivilDate?
    /// Who judged it.
    public var beoordeeldDoor: Person?
  }

  /// The functions judged.
  public var functies: [Functie] = []
  /// The conclusion about spoor 1.
  public var conclusie: String? = nil
}
