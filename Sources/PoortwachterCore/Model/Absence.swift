/// The sickness record (`verzuim`): first sick day, interruptions, recovery and extensions.
public struct Absence: Sendable, Equatable {
  /// A recovery followed by new illness (samentelling, art. 7:629 lid 10 BW).
  public struct Interruption: Sendable, Equatable {
    /// First day fit again.
    public var hersteldOp: CivilDate
    /// First day sick again.
    public var weerZiekOp: CivilDate
    /// Creates an interruption.
    public init(hersteldOp: CivilDate, weerZiekOp: CivilDate) {
      self.hersteldOp = hersteldOp
      self.weerZiekOp = weerZiekOp
    }
    /// Calendar days not sick: `weer_ziek_op - hersteld_op`.
    public var gapDays: Int { hersteldOp.days(until: weerZiekOp) }
  }

  /// A partial return to work; it does not stop the 104-week clock.
  public struct Resumption: Sendable, Equatable {
    /// From when.
    public var vanaf: CivilDate
    /// Hours per week worked.
    public var urenPerWeek: Double?
    /// What kind of work.
    public var soort: ResumptionKind?
    /// Creates a resumption.
    public init(vanaf: CivilDate, urenPerWeek: Double? = nil, soort: ResumptionKind? = nil) {
      self.vanaf = vanaf
      self.urenPerWeek = urenPerWeek
      self.soort = soort
    }
  }

  /// An extension of the waiting period in weeks: a vrijwillige verlenging (art. 24 WIA) or a
  /// loonsanctie (art. 25 lid 9 WIA).
  public struct Extension: Sendable, Equatable {
    /// Date of UWV's decision.
    public var besluitOp: CivilDate?
    /// Length in weeks.
    public var weken: Int
    /// Why employer and employee asked for it.
    public var reden: String? = nil
    /// When employer and employee agreed on the request.
    public var akkoordOp: CivilDate? = nil
    /// Creates an extension.
    public init(besluitOp: CivilDate? = nil, weken: Int) {
      self.besluitOp = besluitOp
      self.weken = weken
    }
  }

  /// Day 1 of week 1.
  public var eersteZiektedag: CivilDate
  /// When the bedrijfsarts was informed.
  public var meldingBedrijfsarts: CivilDate?
  /// Recoveries followed by new illness, in file order.
  public var onderbrekingen: [Interruption]
  /// Full recovery: own job, contract hours. Ends the case.
  public var volledigHersteldOp: CivilDate?
  /// Partial returns to work.
  public var werkhervattingen: [Resumption]
  /// Voluntary extensions of wage payment.
  public var verlengingen: [Extension]
  /// Wage sanction imposed by UWV.
  public var loonsanctie: Loonsanctie?
  /// Date of an early IVA application.
  public var vervroegdeIvaAangevraagdOp: CivilDate?
  /// When the employer reported the employee sick to UWV on leaving employment while sick.
  public var meldingZiekUitDienst: CivilDate?

  /// V: the weeks of all vrijwillige verlengingen together (art. 24 WIA). They move the RIV parts,
  /// the WIA application and the end of the waiting period (art. 64 lid 3 WIA).
  public var verlengingWeeks: Int { verlengingen.reduce(0) { $0 + $1.weken } }

  /// Creates the record.
  public init(
    eersteZiektedag: CivilDate, meldingBedrijfsarts: CivilDate? = nil,
    onderbrekingen: [Interruption] = [], volledigHersteldOp: CivilDate? = nil,
    werkhervattingen: [Resumption] = [], verlengingen: [Extension] = [],
    loonsanctie: Loonsanctie? = nil, vervroegdeIvaAangevraagdOp: CivilDate? = nil,
    meldingZiekUitDienst: CivilDate? = nil
  ) {
    self.eersteZiektedag = eersteZiektedag
    self.meldingBedrijfsarts = meldingBedrijfsarts
    self.onderbrekingen = onderbrekingen
    self.volledigHersteldOp = volledigHersteldOp
    self.werkhervattingen = werkhervattingen
    self.verlengingen = verlengingen
    self.loonsanctie = loonsanctie
    self.vervroegdeIvaAangevraagdOp = vervroegdeIvaAangevraagdOp
    self.meldingZiekUitDienst = meldingZiekUitDienst
  }
}
