import Foundation
import PoortwachterCore
import PoortwachterOutput

/// Stores a signed original that a front end received (pdf, jpg or docx, at most 10 MB) next to
/// the case file under `bijlagen/`, and links it as `origineel:` of one document through the
/// editor and the save store, so the case file keeps its layout and its history.
///
/// The bytes are checked on content first, as the pack checks originals (type, size, structure;
/// a PDF also with `pdfinfo` when it is installed); nothing is stored when a check fails. The file
/// gets a generated name (`evaluatie-2026-03-01.pdf`, `-2`, `-3` when that is taken) and never
/// replaces an existing file: it is written under a hidden temporary name (0600) and then linked
/// to its final name, which fails instead of overwriting. When linking it into the case file fails
/// (the case changed on disk meanwhile, or the save is refused), the stored file is removed again.
public struct OriginalUpload: Sendable {
  /// The portal's limit per document: 10 MB.
  public static let maxBytes = OriginalFiles.maxBytes
  /// The folder next to the case file where uploads are stored.
  public static let folder = "bijlagen"

  /// The store that saves the case file (with its history).
  public var store: CaseFileStore

  /// Creates an upload operation that saves through `store`.
  public init(store: CaseFileStore = CaseFileStore()) { self.store = store }

  /// Whether a document of `kind` can have a signed original (`origineel:`): every kind except the
  /// tweede-spoor and spoor-1 overviews, which are parts of the dossier rather than documents.
  public static func acceptsOriginal(_ kind: CaseDocumentKind) -> Bool {
    kind != .tweedeSpoor && kind != .spoor1
  }

  /// An original stored in `bijlagen/` and the case file text that links it, not saved yet: a
  /// front end that keeps the cases in memory saves ``text`` through its ``CaseFolder`` (so the
  /// case is judged again at once) and calls ``discard()`` when that save fails.
  public struct Staged: Sendable {
    /// The document it is the original of (`evaluaties[2]`).
    public let document: String
    /// The value written as `origineel:` (`bijlagen/evaluatie-2026-03-01.pdf`).
    public let origineel: String
    /// The path of the stored file.
    public let storedAt: String
    /// The case file's text with the link.
    public let text: String
    /// The hash of the case file the link was written onto (what the save is based on).
    public let basedOn: String

    /// The result once the case file is saved.
    public func linked(_ save: CaseSaveResult) -> OriginalUploadResult {
      OriginalUploadResult(document: document, origineel: origineel, storedAt: storedAt, save: save)
    }

    /// Removes the stored file again (the link was not saved).
    public func discard() { unlink(storedAt) }
  }

  /// Stores `bytes`, sent as `fileName`, as the original of the document at `document` (its path
  /// in the case file, `evaluaties[2]`) of case file `caseFile`. `basedOn` is the hash of the case
  /// file the user's page showed (`nil`: the file as it is now); `timestamp` names the kept
  /// previous version in the history.
  public func upload(
    _ bytes: [UInt8], fileName: String, document: String, caseFile: String, basedOn: String?,
    timestamp: String
  ) -> Result<OriginalUploadResult, OriginalUploadFailure> {
    let staged: Staged
    switch stage(bytes, fileName: fileName, document: document, caseFile: caseFile, basedOn: basedOn) {
    case .success(let value): staged = value
    case .failure(let failure): return .failure(failure)
    }
    switch store.save(staged.text, to: caseFile, basedOn: staged.basedOn, timestamp: timestamp) {
    case .success(let result): return .success(staged.linked(result))
    case .failure(let failure):
      staged.discard()
      return .failure(.save(failure))
    }
  }

  /// The checks and the stored file of ``upload(_:fileName:document:caseFile:basedOn:timestamp:)``
  /// and the case file text with the link, without saving that text (see ``Staged``).
  public func stage(
    _ bytes: [UInt8], fileName: String, document: String, caseFile: String, basedOn: String?
  ) -> Result<Staged, OriginalUploadFailure> {
    guard bytes.count <= Self.maxBytes else { return .failure(.tooLarge(bytes.count)) }
    let ext = Self.extensionOf(fileName)
    guard OriginalFiles.extensions.contains(ext) else { return .failure(.wrongType(fileName)) }
    if let problem = OriginalFiles.contentProblem(bytes, ext: ext) {
      return .failure(.content(fileName, problem))
    }
    let snapshot: CaseFileSnapshot
    switch store.read(caseFile) {
    case .success(let read): snapshot = read
    case .failure(let failure): return .failure(.save(failure))
    }
    if let basedOn, basedOn != snapshot.contentHash { return .failure(.save(.changedOnDisk(snapshot))) }
    let target: CaseDocument
    switch store.loader.load(text: snapshot.text, file: caseFile, syntax: .yaml) {
    case .failed(_, let diagnostics): return .failure(.save(.wouldBeUnreadable(diagnostics)))
    case .loaded(let loaded):
      guard let found = loaded.documents.first(where: { $0.path.description == document }),
        Self.acceptsOriginal(found.kind)
      else { return .failure(.unknownDocument(document)) }
      target = found
    }
    guard let editPath = EditPath(document + ".origineel") else {
      return .failure(.unknownDocument(document))
    }
    let stored: String
    do {
      stored = try store(bytes, ext: ext, for: target, caseFile: caseFile)
    } catch {
      return .failure(.io(error.message))
    }
    let relative = Self.folder + "/" + PathName.split(stored).name
    switch CaseEditor().apply([.set(editPath, .string(relative))], to: snapshot.text, file: caseFile) {
    case .success(let text):
      return .success(
        Staged(
          document: document, origineel: relative, storedAt: stored, text: text, basedOn: snapshot.contentHash
        ))
    case .failure(let failure):
      unlink(stored)
      return .failure(.edit(failure))
    }
  }

  /// Writes `bytes` under a free generated name in `bijlagen/` next to `caseFile`; returns its path.
  private func store(_ bytes: [UInt8], ext: String, for document: CaseDocument, caseFile: String) throws
    -> String
  {
    let caseFolder = PathName.split(caseFile).folder
    let base = caseFolder.isEmpty ? "." : caseFolder
    let folder = (base == "/" ? "" : base) + "/" + Self.folder
    var status = stat()
    if lstat(folder, &status) == 0, status.st_mode & S_IFMT != S_IFDIR {
      throw PoortwachterError.io(
        path: folder, detail: "is geen gewone map (een koppeling of een bestand); er is niets opgeslagen")
    }
    try AtomicFile.makeFolder(folder)
    guard let realBase = Self.realPath(base), let realFolder = Self.realPath(folder),
      realFolder.hasPrefix(realBase == "/" ? "/" : realBase + "/")
    else {
      throw PoortwachterError.io(
        path: folder, detail: "ligt buiten de map van het casusbestand; er is niets opgeslagen")
    }
    var generator = SystemRandomNumberGenerator()
    let temporary = folder + "/.upload-" + String(generator.next() as UInt64, radix: 16)
    try AtomicFile.writeNew(bytes, to: temporary)
    defer { unlink(temporary) }
    if ext == "pdf",
      let problem = OriginalFiles.readerProblem(pdf: realFolder + "/" + PathName.split(temporary).name)
    {
      throw PoortwachterError.io(path: "het bestand", detail: problem)
    }
    let stem = document.kind.fileSlug + "-" + (document.datum.map(\.description) ?? "zonder-datum")
    let suffix = ext == "jpeg" ? "jpg" : ext
    for attempt in 1...AtomicFile.attempts {
      let name = folder + "/" + stem + (attempt == 1 ? "" : "-\(attempt)") + "." + suffix
      // link(2) fails when the name exists: an existing file is never replaced.
      if link(temporary, name) == 0 { return name }
      guard errno == EEXIST else {
        throw PoortwachterError.io(path: name, detail: "kan niet schrijven (\(SystemError.current))")
      }
    }
    throw PoortwachterError.io(path: folder, detail: "geen vrije naam voor \(stem).\(suffix)")
  }

  /// The lower-case extension of a file name (`brief.PDF` gives `pdf`), or `""`.
  static func extensionOf(_ fileName: String) -> String {
    guard let dot = fileName.lastIndex(of: "."), dot != fileName.startIndex else { return "" }
    return fileName[fileName.index(after: dot)...].lowercased()
  }

  private static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}

extension Error {
  /// The Dutch text of an error from the writers.
  fileprivate var message: String {
    (self as? PoortwachterError)?.errorDescription ?? "fout: opslaan mislukt"
  }
}
