import PoortwachterCore

/// One document of the UWV upload pack: a part of the re-integratieverslag as the werkgeversportaal
/// takes it (one file per document, with its document type and signing date), and what the pack
/// does with it (``Handling``, from the document's role: rules.md, "The UWV upload").
public struct PackDocument: Sendable, Equatable {
  /// What the pack does with the document.
  public enum Handling: Sendable, Equatable {
    /// The case links the original: it goes into the upload set unchanged.
    case original
    /// An expert document without its original: to be obtained from its supplier (``CaseDocumentKind/supplier``).
    case obtainOriginal
    /// A joint document without its signed original: a draft "Concept ter ondertekening".
    case draft
    /// A joint document whose draft is not made because a text of it would be redacted (the
    /// paths of those texts): the text must be fixed first.
    case draftWithheld([FieldPath])
    /// The oordeel van de werknemer without its original: a form for the employee.
    case form
  }

  /// The document as the case file holds it.
  public let source: CaseDocument
  /// 0-based position among the documents of its kind (which bijstelling, which evaluation).
  public let index: Int
  /// The document's date.
  public let datum: CivilDate
  /// What the pack does with it.
  public var handling: Handling = .original
  /// How a document signed in a signing system was signed, for the lists: `digitaal ondertekend
  /// (2 handtekeningen: P. Bakker, 22 februari 2024; ...)`; `nil` for a scan or a draft.
  public var ondertekening: String? = nil

  /// Which kind.
  public var kind: CaseDocumentKind { source.kind }
  /// Its role (who writes, signs or supplies it).
  public var role: DocumentRole { kind.role }
  /// Where the document stands in the case file.
  public var path: FieldPath { source.path }
  /// The original's path as written in the case file (relative to the case file).
  public var origineel: String? { source.origineel }

  /// The date to enter in the portal: the later signature when both parties signed, the
  /// document's date for documents of one author; `nil` while a signature is missing.
  public var ondertekendOp: CivilDate? {
    guard kind.requiresSignatures else { return datum }
    guard let employer = source.signatures?.werkgever, let employee = source.signatures?.werknemer else {
      return nil
    }
    return max(employer, employee)
  }

  /// The title printed on it; a kind that occurs more than once is told apart by its date
  /// ("Arbeidsdeskundig rapport van 29 augustus 2024").
  public var title: String {
    kind.isNumbered ? "\(kind.documentTitle) van \(DutchDate.long(datum))" : kind.documentTitle
  }

  /// The documents of `caseDocuments` that go to UWV, in RIV order: every dated document except
  /// the tweede-spoor and spoor-1 sections themselves (no document of their own: the rapportages
  /// go, and spoor 1 is recorded in the plan and its evaluations). `redacted` are the paths of
  /// texts the dossier would redact; a joint document with such a text gets no draft.
  static func documents(
    of caseDocuments: CaseDocuments, redacted: [FieldPath], originals: OriginalContents? = nil
  ) -> [PackDocument] {
    var counts: [CaseDocumentKind: Int] = [:]
    return caseDocuments.compactMap { document in
      let index = counts[document.kind, default: 0]
      counts[document.kind] = index + 1
      // The tweede spoor as a whole is no document (its rapportages are); spoor 1 is recorded in
      // the plan and its evaluations.
      guard document.kind.role != .intern, document.kind != .spoor1, let datum = document.datum else {
        return nil
      }
      var made = PackDocument(source: document, index: index, datum: datum)
      made.handling = handling(of: made, redacted: redacted)
      made.ondertekening = signing(of: document, originals)
      return made
    }
  }

  /// ``ondertekening`` of `document`, from the signatures read from its proof (`originals`).
  static func signing(of document: CaseDocument, _ originals: OriginalContents?) -> String? {
    guard let signed = document.signatures, signed.isDigital, let proof = signed.bewijs,
      document.origineel == proof
    else { return nil }
    let read = originals?[proof]?.signatures
    return "digitaal ondertekend" + (read.map { $0.problem == nil ? " (\($0.summary))" : "" } ?? "")
  }

  private static func handling(of document: PackDocument, redacted: [FieldPath]) -> Handling {
    if document.origineel != nil { return .original }
    switch document.role {
    case .deskundige, .uwv, .werkgever, .intern: return .obtainOriginal
    case .werknemer: return .form
    case .gezamenlijk:
      let prefix = document.path.description
      let inside = redacted.filter {
        $0.description.hasPrefix(prefix + ".") || $0.description.hasPrefix(prefix + "[")
          || $0.description == prefix
      }
      // A bijstelling lies inside its plan's path: it is not the plan's own text.
      let own = inside.filter { !$0.description.dropFirst(prefix.count).hasPrefix(".bijstellingen") }
      return own.isEmpty ? .draft : .draftWithheld(own)
    }
  }
}
