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

  /// Every file of the `uwv/` folder: the documents, then the two upload lists.
  public var folderContents: [(name: String, bytes: [UInt8])] {
    files.map { ($0.name, $0.bytes) } + [
      ("uploadlijst.json", uploadListJSON), ("uploadlijst.html", uploadListHTML),
    ]
  }
}
