/// A postal address: `{ straat, postcode, plaats }`.
public struct Address: Sendable, Equatable {
  /// Street and house number.
  public var straat: String?
  /// Dutch postcode, e.g. `5061 AB`.
  public var postcode: String?
  /// Town.
  public var plaats: String?

  /// Creates an address.
  public init(straat: String? = nil, postcode: String? = nil, plaats: String? = nil) {
    self.straat = straat
    self.postcode = postcode
    self.plaats = plaats
  }

  /// Whether street, postcode and town are all present.
  public var isComplete: Bool {
    [straat, postcode, plaats].allSatisfy { !($0 ?? "").trimmed.isEmpty }
  }
}
