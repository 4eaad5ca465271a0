/// The employer (`werkgever`), as the RIV's administrative data require it.
public struct Employer: Sendable, Equatable {
  /// Company name.
  public var naam: String?
  /// Loonheffingennummer, `^\d{9}L\d{2}$`.
  public var loonheffingennummer: String?
  /// Aard van het bedrijf.
  public var aardBedrijf: String?
  /// Address.
  public var adres: Address?
  /// Contact person.
  public var contactpersoon: Person?

  /// Creates an employer.
  public init(
    naam: String? = nil, loonheffingennummer: String? = nil, aardBedrijf: String? = nil,
    adres: Address? = nil, contactpersoon: Person? = nil
  ) {
    self.naam = naam
    self.loonheffingennummer = loonheffingennummer
    self.aardBedrijf = aardBedrijf
    self.adres = adres
    self.contactpersoon = contactpersoon
  }
}
