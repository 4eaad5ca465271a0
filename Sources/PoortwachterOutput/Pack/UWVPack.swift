import PoortwachterCore

/// The finished UWV pack of one case. Ready (``PackPlan/isReady``): the folder `uwv/` with the
/// checked originals in upload order and the upload list that says per file which document type
/// and signing date to enter in the portal. Otherwise the folder `uwv-concept/` with the drafts to
/// sign, the form for the employee and the to-do list (`te-doen.html`, `te-doen.json`).
public struct UWVPack: Sendable {
  /// One document file of the pack.
  public struct File: Sendable {
    /// File name inside the pack's folder.
    public let name: String
    /// The bytes (an original unchanged, or a generated PDF).
    public let bytes: [UInt8]
    /// The document it is.
    public let document: PackDocument
    /// Whether it is the case's original rather than a generated draft or form.
    public let isOriginal: Bool

    /// `origineel`, `concept` or `formulier`, as in the lists.
    public var bron: String {
      isOriginal ? "origineel" : document.handling == .form ? "formulier" : "concept"
    }
  }

  /// The plan the pack was made from (with the handling each document finally got).
  public let plan: PackPlan
  /// The document files, in RIV order.
  public let files: [File]
  /// The lists next to them: `uploadlijst.json` and `uploadlijst.html` when ready, else
  /// `te-doen.json` and `te-doen.html` (name and bytes).
  public let lists: [(name: String, bytes: [UInt8])]
  /// The number of points on the to-do list (0 when ready).
  public var toDoCount = 0
  /// The optional bundles of a ready pack (`gebundeld/`), each also on the upload list.
  public var bundles: [PackBundle] = []

  /// Whether the pack is ready for UWV.
  public var isReady: Bool { plan.isReady }
  /// `uwv` or `uwv-concept`.
  public var folder: String { plan.folder }
  /// The list a person opens first: `uwv/uploadlijst.html` or `uwv-concept/te-doen.html`
  /// (relative to the dossier).
  public var mainList: String { folder + (isReady ? "/uploadlijst.html" : "/te-doen.html") }

  /// Every file of the pack's folder in the dossier: the documents, then the lists. Written with
  /// the dossier (``DossierWriter``), so the pack appears and is replaced together with it (a
  /// concept folder disappears when the pack becomes ready, and the other way round).
  public var dossierFiles: [DossierFile] {
    files.map { DossierFile(path: folder + "/" + $0.name, bytes: $0.bytes) }
      + bundles.map { DossierFile(path: folder + "/" + $0.name, bytes: $0.bytes) }
      + lists.map { DossierFile(path: folder + "/" + $0.name, bytes: $0.bytes) }
  }
}
