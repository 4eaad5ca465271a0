import PoortwachterCore

/// Every document of a case with its state for the UWV upload, as a front end lists them: a
/// checked signed original, a draft still to be signed (joint documents, the employee's form), an
/// expert's original that is missing, a linked original that fails the checks, and the required
/// documents the case does not have at all.
public struct DocumentOverview: Sendable, Equatable {
  /// One document.
  public struct Item: Sendable, Equatable {
    /// Where it sits in the case file (`evaluaties[2]`): the id an upload names; `nil` for a
    /// required document the case does not have.
    public let path: String?
    /// Its title (`evaluatie`, as in messages).
    public let title: String
    /// Its date, if the file has one.
    public let datum: CivilDate?
    /// Its state.
    public let state: State
    /// Who signs or supplies the original (`de bedrijfsarts (of arbodienst)`).
    public let supplier: String

    /// Whether a signed original can be uploaded for it: a document in the file whose format has
    /// an `origineel:` (not the tweede spoor or spoor 1 as a whole).
    public var acceptsOriginal: Bool {
      path != nil && state != .notUploaded
    }
  }

  /// The state of a document.
  public enum State: Sendable, Equatable {
    /// A signed original is linked and passes the checks (its path relative to the case file).
    case original(String)
    /// A linked original fails the checks: its path and the Dutch problem.
    case invalidOriginal(String, problem: String)
    /// No original yet: the tool renders a draft or form to sign.
    case concept
    /// No original, and only the original of its author may go to UWV; or a required document
    /// the case does not have.
    case missing
    /// Not a document of its own in the upload (the tweede spoor as a whole, spoor 1).
    case notUploaded

    /// The state in the words of the issue: `getekend origineel`, `concept`, `ontbreekt`.
    public var label: String {
      switch self {
      case .original: "getekend origineel"
      case .invalidOriginal: "origineel afgekeurd"
      case .concept: "concept"
      case .missing: "ontbreekt"
      case .notUploaded: "geen apart document"
      }
    }

    /// A short class name for a page (`getekend`, `afgekeurd`, `concept`, `ontbreekt`, `geen`).
    public var key: String {
      switch self {
      case .original: "getekend"
      case .invalidOriginal: "afgekeurd"
      case .concept: "concept"
      case .missing: "ontbreekt"
      case .notUploaded: "geen"
      }
    }
  }

  /// The documents in the order of the re-integratieverslag, then the missing required ones.
  public let items: [Item]

  /// The overview of `evaluation` (linked originals are checked on disk, as the pack checks them).
  public init(_ evaluation: CaseEvaluation) {
    let loaded = evaluation.loaded
    var items = loaded.documents.map { document in
      let state: State
      if !OriginalUpload.acceptsOriginal(document.kind) {
        state = .notUploaded
      } else if let origineel = document.origineel {
        switch OriginalFiles.resolve(origineel, caseFile: loaded.file) {
        case .success: state = .original(origineel)
        case .failure(let problem): state = .invalidOriginal(origineel, problem: problem.message)
        }
      } else {
        state = document.kind.role.mayRenderDraft ? .concept : .missing
      }
      return Item(
        path: document.path.description, title: document.title, datum: document.datum, state: state,
        supplier: document.kind.supplier)
    }
    for required in UploadRequirements(evaluation).missing {
      items.append(
        Item(path: nil, title: required.kind.title, datum: nil, state: .missing, supplier: required.supplier))
    }
    self.items = items
  }
}
