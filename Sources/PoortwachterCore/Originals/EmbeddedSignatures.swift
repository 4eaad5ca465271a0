/// The digital signatures embedded in the PDF a signing system delivered (`ondertekend.bewijs`
/// with `wijze: digitaal`), as poppler's `pdfsig` reports them. Read outside this layer
/// (PoortwachterOutput runs `pdfsig`); the rules only judge these facts.
public struct EmbeddedSignatures: Sendable, Equatable {
  /// The signatures in the order of the file.
  public var signatures: [EmbeddedSignature]
  /// Why the signatures could not be read, in Dutch (`pdfsig ontbreekt ...`); `nil` when they were.
  public var problem: String?

  /// Creates the signatures of one PDF.
  public init(_ signatures: [EmbeddedSignature], problem: String? = nil) {
    self.signatures = signatures
    self.problem = problem
  }

  /// Signatures that could not be read, with the reason.
  public static func unreadable(_ problem: String) -> EmbeddedSignatures {
    EmbeddedSignatures([], problem: problem)
  }

  /// `2 handtekeningen: P. Bakker, 22 februari 2024; J. de Vries, 23 februari 2024` for the upload
  /// list and the to-do list.
  public var summary: String {
    let count = signatures.count == 1 ? "1 handtekening" : "\(signatures.count) handtekeningen"
    let each = signatures.map { signature in
      [
        signature.signer ?? "onbekende ondertekenaar",
        signature.signedOn.map(DutchDate.long) ?? "datum onbekend",
      ]
      .joined(separator: ", ")
    }
    return each.isEmpty ? count : "\(count): \(each.joined(separator: "; "))"
  }
}

/// One embedded signature.
public struct EmbeddedSignature: Sendable, Equatable {
  /// The signer's name (the common name of the certificate).
  public var signer: String?
  /// The day of the signing time.
  public var signedOn: CivilDate?
  /// Whether the signature matches the document: `false` when the document changed after signing
  /// (or the signature is damaged).
  public var isValid: Bool
  /// The validation as `pdfsig` words it (`Signature is Invalid.`), for the message.
  public var validation: String

  /// Creates a signature.
  public init(signer: String?, signedOn: CivilDate?, isValid: Bool, validation: String) {
    self.signer = signer
    self.signedOn = signedOn
    self.isValid = isValid
    self.validation = validation
  }
}
