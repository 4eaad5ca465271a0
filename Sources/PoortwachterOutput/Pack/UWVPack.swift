import PoortwachterCore

/// The finished UWV upload pack of one case: the files for `<kenmerk>/uwv/` in upload order, and
/// the upload list that says per file which document type and signing date to enter in the portal.
public struct UWVPack: Sendable {
  /// One file of the pack.
  public struct File: Sendable {
    /// File name inside `uwv/`.
    public let name: String
    /// The bytes (an original unchanged, or a generated PDF).
    public let bytes: [UInt8]
    /// The document it is.
    public let document: PackDocument
    /// Whether it is the case's original rather than a generated document.
    public let isOriginal: Bool

    /// `origineel` or `gegenereerd`, as in the upload list.
    public var bron: String { isOriginal ? "origineel" : "gegenereerd" }
  }

  /// The plan the pack was made from.
  public let plan: PackPlan
  /// The documents, in upload order.
  public let files: [File]
  /// `uploadlijst.json`.
  public let uploadListJSON: [UInt8]
  /// `uploadlijst.html`.
  public let uploadListHTML: [UInt8]

  /// Every file of the `uwv/` folder of the dossier: the documents, then the two upload lists.
  /// Written with the dossier (``DossierWriter``), so the pack appears and is replaced together
  /// with it.
  public var dossierFiles: [DossierFile] {
    files.map { DossierFile(path: "uwv/" + $0.name, bytes: $0.bytes) } + [
      DossierFile(path: "uwv/uploadlijst.json", bytes: uploadListJSON),
      DossierFile(path: "uwv/uploadlijst.html", bytes: uploadListHTML),
    ]
  }
}
