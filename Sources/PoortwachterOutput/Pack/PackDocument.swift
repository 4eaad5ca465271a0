import PoortwachterCore

/// One document of the UWV upload pack: a part of the re-integratieverslag as the werkgeversportaal
/// takes it (one file per document, with its document type and signing date).
public struct PackDocument: Sendable, Equatable {
  /// The document as the case file holds it.
  public let source: CaseDocument
  /// 0-based position among the documents of its kind (which bijstelling, which evaluation).
  public let index: Int
  /// The document's date.
  public let datum: CivilDate

  /// Which kind.
  public var kind: CaseDocumentKind { source.kind }
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

  /// The title printed on it, numbered for kinds that occur more than once.
  public var title: String { kind.isNumbered ? "\(kind.documentTitle) \(index + 1)" : kind.documentTitle }

  /// The documents of `caseFile` that go to UWV, in RIV order: every dated document except the
  /// tweede-spoor and spoor-1 sections themselves (no document of their own: the rapportages go,
  /// and spoor 1 is recorded in the plan and its evaluations) and UWV's own deskundigenoordelen,
  /// which go only when the case names their original.
  static func documents(of caseDocuments: CaseDocuments) -> [PackDocument] {
    var counts: [CaseDocumentKind: Int] = [:]
    return caseDocuments.compactMap { document in
      let index = counts[document.kind, default: 0]
      counts[document.kind] = index + 1
      guard document.kind != .tweedeSpoor, document.kind != .spoor1, let datum = document.datum else {
        return nil
      }
      if document.kind == .deskundigenoordeel && document.origineel == nil { return nil }
      return PackDocument(source: document, index: index, datum: datum)
    }
  }
}
