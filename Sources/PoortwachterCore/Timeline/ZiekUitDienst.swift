/// The RIV variant when the employee leaves employment while sick (UWV, "mijn werknemer gaat ziek
/// uit dienst"): under 6 weeks after the first sick day no RIV, 6 to 10 weeks a verkort RIV,
/// 10 weeks or more a full RIV with the eindevaluatie on the last day of employment.
public struct ZiekUitDienst: Sendable {
  /// Employed while sick for fewer calendar days than this (counted from the first sick day, both
  /// ends included): no re-integratieverslag (6 weeks).
  public static let noReportBelowDays = 42
  /// From this many days a full re-integratieverslag (10 weeks); in between a verkort verslag.
  public static let fullReportFromDays = 70

  /// Which re-integratieverslag applies.
  public enum Variant: String, Sendable {
    case geen, verkort, volledig

    /// Dutch description.
    public var title: String {
      switch self {
      case .geen: return "geen re-integratieverslag"
      case .verkort: return "verkort re-integratieverslag"
      case .volledig: return "volledig re-integratieverslag met eindevaluatie op de laatste werkdag"
      }
    }
  }

  /// Last day of employment, when it falls inside the illness (else `nil`).
  public let lastDayOfEmployment: CivilDate?
  /// Calendar days employed while sick, from the first sick day to the last day of employment
  /// (both included).
  public let daysAfterFirstSickDay: Int
  /// The variant (`nil` when the employee did not leave while sick).
  public let variant: Variant?

  /// Works out the variant for a case.
  public init(caseFile: CaseFile, calendar: SickDayCalendar) {
    // Leaving after the waiting period is not "ziek uit dienst": the WIA has taken over.
    guard let last = caseFile.werknemer.uitDienst, last >= calendar.firstSickDay,
      last <= Timeline.endOfWaitingPeriod(calendar, caseFile.verzuim),
      caseFile.verzuim.volledigHersteldOp.map({ last < $0 }) ?? true
    else {
      lastDayOfEmployment = nil
      daysAfterFirstSickDay = 0
      variant = nil
      return
    }
    lastDayOfEmployment = last
    // Days of employment while sick, the first sick day and the last working day included.
    let days = calendar.firstSickDay.days(until: last) + 1
    daysAfterFirstSickDay = days
    variant = days < Self.noReportBelowDays ? .geen : days < Self.fullReportFromDays ? .verkort : .volledig
  }

  /// Whether milestone `id` falls due on the last day of employment: the RIV copies for both RIV
  /// variants, the actueel oordeel and eindevaluatie only for the full one.
  public func dueOnLastDay(_ id: Milestone.ID) -> Bool {
    switch id {
    case .rivAanWerknemer: return variant == .verkort || variant == .volledig
    case .eindevaluatie, .actueelOordeel: return variant == .volledig
    default: return false
    }
  }
}
