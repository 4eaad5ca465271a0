/// The sick employee (`werknemer`).
public struct Employee: Sendable, Equatable {
  /// Name (required).
  public var naam: String
  /// Burgerservicenummer: 9 digits that pass the 11-proef. Never print it unmasked.
  public var bsn: BSN?
  /// Date of birth.
  public var geboortedatum: CivilDate?
  /// Home address.
  public var adres: Address?
  /// Job title.
  public var functie: String?
  /// Contract hours per week.
  public var urenPerWeek: Double?
  /// First day of employment.
  public var inDienst: CivilDate?
  /// Last day of employment when the employee leaves while sick (ziek uit dienst).
  public var uitDienst: CivilDate?
  /// Education, experience and skills (BWBR0015184 art. 2 lid 4).
  public var bekwaamheden: Bekwaamheden? = nil

  /// Creates an employee.
  public init(
    naam: String, bsn: BSN? = nil, geboortedatum: CivilDate? = nil, adres: Address? = nil,
    functie: String? = nil, urenPerWeek: Double? = nil, inDienst: CivilDate? = nil,
    uitDienst: CivilDate? = nil
  ) {
    self.naam = naam
    self.bsn = bsn
    self.geboortedatum = geboortedatum
    self.adres = adres
    self.functie = functie
    self.urenPerWeek = urenPerWeek
    self.inDienst = inDienst
    self.uitDienst = uitDienst
  }
}
