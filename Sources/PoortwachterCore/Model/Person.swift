/// Someone who wrote, signed or carries out part of the dossier: `{ naam, functie, organisatie }`.
public struct Person: Sendable, Equatable {
  /// Name as it should appear in the dossier.
  public var naam: String?
  /// Job title or role (BWBR0015184 art. 2 lid 3 requires it for every author).
  public var functie: String?
  /// Organisation, where relevant (arbodienst, re-integratiebureau).
  public var organisatie: String?

  /// Creates a person.
  public init(naam: String? = nil, functie: String? = nil, organisatie: String? = nil) {
    self.naam = naam
    self.functie = functie
    self.organisatie = organisatie
  }

  /// Whether both name and function are filled in.
  public var isComplete: Bool {
    !(naam ?? "").trimmed.isEmpty && !(functie ?? "").trimmed.isEmpty
  }
}

extension String {
  /// The string without leading and trailing white space.
  var trimmed: String {
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}
