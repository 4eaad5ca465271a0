import PoortwachterCore

/// What a successful upload did.
public struct OriginalUploadResult: Sendable, Equatable {
  /// The document it is the original of (`evaluaties[2]`).
  public let document: String
  /// The value written as `origineel:`, relative to the case file (`bijlagen/evaluatie-2026-03-01.pdf`).
  public let origineel: String
  /// The path of the stored file.
  public let storedAt: String
  /// The save of the case file (the new hash, and the kept previous version).
  public let save: CaseSaveResult
}

/// Why an upload stored nothing.
public enum OriginalUploadFailure: Error, Sendable, Equatable {
  /// The file is larger than 10 MB (its size in bytes).
  case tooLarge(Int)
  /// The file name has no pdf, jpg or docx extension.
  case wrongType(String)
  /// The content is not what the extension says, or is damaged: the file name and what is wrong.
  case content(String, String)
  /// The document does not exist in the case file (any more) or cannot have an original.
  case unknownDocument(String)
  /// The editor could not add the link.
  case edit(CaseEditFailure)
  /// The case file could not be read or saved (changed on disk meanwhile, refused, I/O).
  case save(CaseSaveFailure)
  /// The file could not be stored.
  case io(String)

  /// The Dutch explanation, with what to do; each says that nothing was stored.
  public var message: String {
    switch self {
    case .tooLarge(let size):
      return
        "fout: het bestand is \(size) bytes, groter dan 10 MB; het UWV-portaal neemt per document ten hoogste "
        + "10 MB aan. Er is niets opgeslagen; verklein of splits het bestand en probeer het opnieuw"
    case .wrongType(let name):
      return
        "fout: '\(name)' is geen pdf-, jpg- of docx-bestand; het UWV-portaal neemt alleen die bestandstypen aan. "
        + "Er is niets opgeslagen"
    case .content(let name, let problem):
      return "fout: '\(name)': \(problem). Er is niets opgeslagen"
    case .unknownDocument(let document):
      return
        "fout: de casus heeft geen document '\(document)' dat een origineel kan hebben (is het bestand "
        + "intussen gewijzigd?); er is niets opgeslagen. Open de pagina opnieuw"
    case .edit(let failure):
      return "fout: " + failure.message + ". Er is niets opgeslagen"
    case .save(let failure):
      return failure.message.hasPrefix("fout") || failure.message.contains(": fout:")
        ? failure.message : "fout: " + failure.message
    case .io(let message):
      return message + "; er is niets opgeslagen"
    }
  }
}
