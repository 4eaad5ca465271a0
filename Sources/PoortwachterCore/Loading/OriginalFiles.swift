import Foundation

/// The originals a case file names (`origineel:`): each must be a pdf, jpg or docx file of at most
/// 10 MB inside the case file's folder, because the werkgeversportaal takes nothing else and the
/// pack copies it byte for byte. Problems are input errors at the `origineel` value.
public enum OriginalFiles {
  /// The portal's limit per document: 10 MB.
  public static let maxBytes = 10_000_000
  /// The file types the portal accepts, by extension, with the bytes such a file starts with.
  static let types: [(extensions: [String], magic: [UInt8], name: String)] = [
    (["pdf"], Array("%PDF-".utf8), "PDF"),
    (["jpg", "jpeg"], [0xFF, 0xD8, 0xFF], "JPEG"),
    (["docx"], [0x50, 0x4B, 0x03, 0x04], "Word (docx)"),
  ]

  /// The input errors of the originals of a loaded case (empty when all are fine).
  public static func check(_ loaded: LoadedCase) -> [Diagnostic] { check(loaded, resolve: resolve) }

  /// ``check(_:)`` with another way to resolve an original (``resolve(_:caseFile:)`` with what a
  /// front end kept of earlier looks).
  public static func check(
    _ loaded: LoadedCase, resolve: (_ origineel: String, _ caseFile: String) -> Result<String, Problem>
  ) -> [Diagnostic] {
    loaded.originalLinks.compactMap { link in
      guard case .failure(let problem) = resolve(link.origineel, loaded.file) else { return nil }
      let path = link.path
      return Diagnostic(
        code: "invoer.origineel", file: loaded.file, location: loaded.sourceMap.location(of: path),
        message: "'\(path.display)': \(problem.message)")
    }
  }

  /// A problem with an original.
  public struct Problem: Error, Sendable, Equatable {
    /// Dutch text: what is wrong and how to fix it.
    public let message: String
  }

  /// The real path of `origineel` (relative to the folder of `caseFile`), or what is wrong with it.
  public static func resolve(_ origineel: String, caseFile: String) -> Result<String, Problem> {
    func problem(_ text: String) -> Result<String, Problem> { .failure(Problem(message: text)) }
    let value = origineel.trimmed
    guard !value.isEmpty else { return problem("leeg pad; geef het pad van het ondertekende bestand") }
    guard !value.hasPrefix("/") else {
      return problem(
        "'\(value)' is een absoluut pad; geef het pad ten opzichte van het casusbestand, bijv. bijlagen/pa.pdf"
      )
    }
    let ext = (value as NSString).pathExtension.lowercased()
    guard let type = types.first(where: { $0.extensions.contains(ext) }) else {
      return problem(
        "'\(value)' is geen pdf-, jpg- of docx-bestand; het UWV-portaal neemt alleen die bestandstypen aan")
    }
    let folder = (caseFile as NSString).deletingLastPathComponent
    let base = folder.isEmpty ? "." : folder
    guard let realFolder = realPath(base) else {
      return problem("de map van het casusbestand kan niet gelezen worden")
    }
    guard let real = realPath(base + "/" + value) else {
      return problem(
        "'\(value)' bestaat niet of is onleesbaar (gezocht in \(base)/\(value)); zet het bestand daar of verbeter het pad"
      )
    }
    guard real.hasPrefix(realFolder.hasSuffix("/") ? realFolder : realFolder + "/") else {
      return problem(
        "'\(value)' ligt buiten de map van het casusbestand; zet het origineel in die map (bijv. in bijlagen/)"
      )
    }
    var status = stat()
    guard stat(real, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
      return problem("'\(value)' is geen gewoon bestand")
    }
    guard status.st_size <= maxBytes else {
      return problem(
        "'\(value)' is \(status.st_size) bytes; het UWV-portaal neemt per document ten hoogste 10 MB aan; verklein of splits het bestand"
      )
    }
    guard let handle = FileHandle(forReadingAtPath: real) else {
      return problem("'\(value)' kan niet gelezen worden (mag u het lezen?)")
    }
    defer { try? handle.close() }
    // At most 10 MB (checked above): the whole file, so its structure can be checked too.
    let bytes = [UInt8]((try? handle.read(upToCount: maxBytes + 1)) ?? Data())
    guard bytes.starts(with: type.magic) else {
      return problem(
        "'\(value)' heeft de extensie .\(ext) maar is geen \(type.name)-bestand; lever het echte bestand aan")
    }
    if let inside = OriginalStructure.problem(in: bytes, ext: ext)
      ?? (type.name == "PDF" ? PDFOpenCheck.problem(real) : nil)
    {
      return problem("'\(value)': \(inside); lever het echte, volledige bestand aan")
    }
    return .success(real)
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
