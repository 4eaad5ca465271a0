/// A case file that was read without input errors.
public struct LoadedCase: Sendable {
  /// The file as given (used in every message).
  public let file: String
  /// The case.
  public let caseFile: CaseFile
  /// Positions of the values, for findings.
  public let sourceMap: SourceMap
  /// Every date of a document or event in the file, in file order (not personal data or the
  /// sickness record itself), for the check against the peildatum.
  public var documentDates: [(path: FieldPath, date: CivilDate)] = []
  /// Every text of the file at a text field of the format, in file order: what the privacy
  /// rules screen and the dossier redacts or masks.
  public var freeTexts: [FreeText] = []
  /// The case's documents, walked once here: the check of the originals, the rules, the dossier
  /// and the UWV pack all read this one walk.
  public let documents: CaseDocuments
  /// Every original the case names (documents' `origineel` or `ondertekend.bewijs`, the loonsanctie
  /// decision): what the loader checks and the reader reads.
  public var originalLinks: [OriginalLink] { OriginalLink.all(in: caseFile, documents: documents) }

  /// A loaded case; its documents are walked here.
  init(
    file: String, caseFile: CaseFile, sourceMap: SourceMap,
    documentDates: [(path: FieldPath, date: CivilDate)] = [],
    freeTexts: [FreeText] = []
  ) {
    self.file = file
    self.caseFile = caseFile
    self.sourceMap = sourceMap
    self.documentDates = documentDates
    self.freeTexts = freeTexts
    documents = CaseDocuments(caseFile)
  }
}

/// The outcome of reading one case file: the case, or every problem found in it.
public enum LoadOutcome: Sendable {
  /// The case was read.
  case loaded(LoadedCase)
  /// The file has input errors (in file order).
  case failed(file: String, diagnostics: [Diagnostic])
}
