/// One row of the legal timeline, as the `check` JSON contract prints it.
public struct Milestone: Sendable, Equatable {
  /// Milestone ids, in the contract's order.
  public enum ID: String, Sendable, CaseIterable {
    case probleemanalyse
    case planVanAanpak = "plan_van_aanpak"
    case melding42eWeek = "melding_42e_week"
    case eerstejaarsevaluatie
    case tweedeSpoor = "tweede_spoor"
    case actueelOordeel = "actueel_oordeel"
    case eindevaluatie
    case rivAanWerknemer = "riv_aan_werknemer"
    case wiaAanvraag = "wia_aanvraag"
    case eindeWachttijd = "einde_wachttijd"

    /// The Dutch name for people.
    public var title: String {
      switch self {
      case .probleemanalyse: return "Probleemanalyse"
      case .planVanAanpak: return "Plan van aanpak"
      case .melding42eWeek: return "42e-weekmelding"
      case .eerstejaarsevaluatie: return "Eerstejaarsevaluatie"
      case .tweedeSpoor: return "Start tweede spoor"
      case .actueelOordeel: return "Actueel oordeel"
      case .eindevaluatie: return "Eindevaluatie"
      case .rivAanWerknemer: return "RIV aan werknemer"
      case .wiaAanvraag: return "WIA-aanvraag"
      case .eindeWachttijd: return "Einde wachttijd"
      }
    }

    /// The part of the rule ids about this milestone: `wvp.<slug>.te-laat`, `wvp.<slug>.ontbreekt`.
    /// Stable: rule ids are a contract, whatever the case-file keys are called.
    public var ruleSlug: String {
      switch self {
      case .probleemanalyse: return "probleemanalyse"
      case .planVanAanpak: return "plan-van-aanpak"
      case .melding42eWeek: return "melding-42e-week"
      case .eerstejaarsevaluatie: return "eerstejaarsevaluatie"
      case .tweedeSpoor: return "tweede-spoor"
      case .actueelOordeel: return "actueel-oordeel"
      case .eindevaluatie: return "eindevaluatie"
      case .rivAanWerknemer: return "riv-aan-werknemer"
      case .wiaAanvraag: return "wia-aanvraag"
      case .eindeWachttijd: return "einde-wachttijd"
      }
    }

    /// The case-file path of the document that marks this milestone done.
    public var documentPath: String? {
      switch self {
      case .tweedeSpoor: return "tweede_spoor.gestart_op"
      case .eindeWachttijd: return nil
      default: return rawValue + ".datum"
      }
    }
  }

  /// The contract's status values.
  public enum Status: String, Sendable, CaseIterable {
    case opTijd = "op_tijd"
    case teLaat = "te_laat"
    case verlopen
    case open
    case nietVanToepassing = "niet_van_toepassing"
    case teVroeg = "te_vroeg"
  }

  /// Which milestone.
  public let id: ID
  /// Start of the window (only the eerstejaarsevaluatie has one).
  public let vanaf: CivilDate?
  /// Deadline.
  public let uiterlijk: CivilDate
  /// When it was done, if it was.
  public let gedaan: CivilDate?
  /// Status on the peildatum.
  public let status: Status
  /// How the deadline was computed, in Dutch (for reports and messages).
  public let basis: String

  /// Days late (done after the deadline, or still missing on the peildatum); 0 otherwise.
  public func daysLate(asOf peildatum: CivilDate) -> Int {
    switch status {
    case .teLaat: return uiterlijk.days(until: gedaan ?? uiterlijk)
    case .verlopen: return uiterlijk.days(until: peildatum)
    default: return 0
    }
  }
}
