/// A complete sick-leave case (format `poortwachter/1`).
public struct CaseFile: Sendable, Equatable {
  /// The only format this version reads.
  public static let format = "poortwachter/1"

  /// Case reference; names the output folder.
  public var kenmerk: String
  /// Employer.
  public var werkgever: Employer?
  /// Employee.
  public var werknemer: Employee
  /// Professionals involved.
  public var betrokkenen: Stakeholders?
  /// Sickness record.
  public var verzuim: Absence
  /// Probleemanalyse.
  public var probleemanalyse: Probleemanalyse?
  /// Plan van aanpak.
  public var planVanAanpak: PlanVanAanpak?
  /// Periodic evaluations.
  public var evaluaties: [Evaluatie]
  /// The 42nd-week report to UWV.
  public var melding42eWeek: DatedEvent?
  /// Labour expert assessments.
  public var arbeidsdeskundigeOnderzoeken: [ArbeidsdeskundigOnderzoek]
  /// Eerstejaarsevaluatie.
  public var eerstejaarsevaluatie: Eerstejaarsevaluatie?
  /// Tweede spoor.
  public var tweedeSpoor: TweedeSpoor?
  /// UWV expert opinions.
  public var deskundigenoordelen: [Deskundigenoordeel]
  /// Actueel oordeel.
  public var actueelOordeel: ActueelOordeel?
  /// Eindevaluatie.
  public var eindevaluatie: Eindevaluatie?
  /// The employee's view.
  public var oordeelWerknemer: OordeelWerknemer?
  /// RIV copies handed to the employee.
  public var rivAanWerknemer: DatedEvent?
  /// The employee's WIA application.
  public var wiaAanvraag: DatedEvent?
  /// Spoor 1: the functions at the own employer and whether they suit.
  public var spoor1: Spoor1? = nil
}
