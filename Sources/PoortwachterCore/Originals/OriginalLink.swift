/// One file a case file names as an original: a document's `origineel`, the proof of a digital
/// signature (`ondertekend.bewijs`) standing in for it, or UWV's loonsanctie decision
/// (`verzuim.loonsanctie.origineel`). The loader checks each file, the reader reads each once and
/// the rules on originals judge each, so every original is checked the same way.
public struct OriginalLink: Sendable, Equatable {
  /// The value as the case file writes it (relative to the case file).
  public let origineel: String
  /// Where the case file names it; findings on the original point here.
  public let path: FieldPath
  /// What it is, as a message names it (`plan van aanpak`, `besluit loonsanctie van UWV`).
  public let title: String
  /// The signatures it proves, when it is the PDF of a signing system (`wijze: digitaal` with this
  /// file as `bewijs`): its embedded signatures are read and judged too.
  public let digitalSignatures: Signatures?

  /// Every original `caseFile` names, in document order, the loonsanctie decision last.
  public static func all(in caseFile: CaseFile, documents: CaseDocuments) -> [OriginalLink] {
    var links = documents.compactMap { document -> OriginalLink? in
      guard let origineel = document.origineel else { return nil }
      let signed = document.signatures
      let proves = signed.map { $0.isDigital && $0.bewijs == origineel } ?? false
      return OriginalLink(
        origineel: origineel, path: document.originalPath, title: document.title,
        digitalSignatures: proves ? signed : nil)
    }
    if let decision = caseFile.verzuim.loonsanctie?.origineel {
      links.append(
        OriginalLink(
          origineel: decision, path: CaseDocuments.OtherPath.loonsanctie.appending("origineel"),
          title: RequiredDocument.Kind.loonsanctieBesluit.title, digitalSignatures: nil))
    }
    return links
  }
}
