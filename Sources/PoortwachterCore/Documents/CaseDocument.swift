/// One document of a case file: a part of the re-integratieverslag or a report that supports it,
/// as ``CaseDocuments`` finds it. Rules, the dossier and the UWV pack all read
/// documents through this one description, so a new document kind is added in one place.
public struct CaseDocument: Sendable, Equatable {
  /// Where the document sits in the case file (`plan_van_aanpak.bijstellingen[2]`).
  public let path: FieldPath
  /// What kind of document it is.
  public let kind: CaseDocumentKind
  /// Its date (`datum`; `gestart_op` for the tweede spoor); `nil` when the file has none.
  public let datum: CivilDate?
  /// Who wrote it (`opgesteld_door`; the provider for the tweede spoor).
  public let author: Person?
  /// The signature dates, for the kinds both parties sign.
  public let signatures: Signatures?
  /// The employer's view (`visie_werkgever`), where the kind has one.
  public let visieWerkgever: String?
  /// The employee's view (`visie_werknemer`), where the kind has one.
  public let visieWerknemer: String?
  /// The signed original the case file names (`origineel`, relative to the case file), if any;
  /// for a document signed in a signing system without a scan, its proof (`ondertekend.bewijs`).
  public var origineel: String? = nil
  /// Whether ``origineel`` is the proof of a digital signature (`ondertekend.bewijs`) rather than
  /// an `origineel` of its own.
  public var origineelIsProof = false

  /// Where the case file names the original: `origineel`, or `ondertekend.bewijs`. Findings on the
  /// original point here.
  public var originalPath: FieldPath {
    origineelIsProof ? field("ondertekend").appending("bewijs") : field("origineel")
  }

  /// How the document is named in messages (`bijstelling plan van aanpak`).
  public var title: String { kind.title }

  /// The path of a field of this document (`evaluaties[2].verslag`).
  public func field(_ key: String) -> FieldPath { path.appending(key) }
}
