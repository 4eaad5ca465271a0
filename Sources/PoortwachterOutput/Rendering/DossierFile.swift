import PoortwachterCore

/// One file of a dossier: a path relative to the dossier folder (`riv.xml`, `uwv/aanvraag.pdf`)
/// and its bytes. Path parts may not be empty or start with `.`.
public struct DossierFile: Sendable {
  /// The path inside the dossier folder, with `/` between folders.
  public let path: String
  /// The contents.
  public let bytes: [UInt8]

  /// Creates a file.
  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }
}
