/// The checks of an original's bytes on their own, for a file that is not stored yet (an upload):
/// the same type and structure checks ``OriginalFiles/resolve(_:caseFile:)`` makes of a linked file.
extension OriginalFiles {
  /// The extensions an original may have (`pdf`, `jpg`, `jpeg`, `docx`), lower case.
  public static var extensions: [String] { types.flatMap(\.extensions) }

  /// What is wrong with `bytes` as an original with extension `ext` (lower case), in Dutch and
  /// without a file name (the caller names the file), or `nil` when type, size and structure hold.
  public static func contentProblem(_ bytes: [UInt8], ext: String) -> String? {
    guard let type = types.first(where: { $0.extensions.contains(ext) }) else {
      return "het is geen pdf-, jpg- of docx-bestand; het UWV-portaal neemt alleen die bestandstypen aan"
    }
    guard bytes.count <= maxBytes else {
      return
        "het is \(bytes.count) bytes; het UWV-portaal neemt per document ten hoogste 10 MB aan; verklein of splits het bestand"
    }
    guard bytes.starts(with: type.magic) else {
      return "het heeft de extensie .\(ext) maar is geen \(type.name)-bestand; lever het echte bestand aan"
    }
    if let inside = OriginalStructure.problem(in: bytes, ext: ext) {
      return inside + "; lever het echte, volledige bestand aan"
    }
    return nil
  }

  /// What is wrong when a PDF reader (`pdfinfo`, when it is on `PATH`) cannot open the PDF at
  /// absolute path `file`, in Dutch; `nil` when it opens or there is no reader to ask.
  public static func readerProblem(pdf file: String) -> String? {
    PDFOpenCheck.problem(file).map { $0 + "; lever het echte, volledige bestand aan" }
  }
}
