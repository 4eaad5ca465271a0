/// What the upload to UWV of one case must contain, and when: the variant's moment, the required
/// and supporting documents with their roles, the documents that do not count, and what UWV asks
/// in this variant. The one place the UWV pack, the upload list and the control report read it from
/// (`rules.md`, "Variants" and "The UWV upload", 2026-12-07).
public struct UploadRequirements: Sendable {
  /// The upload this case faces; `nil` when the case needs no re-integratieverslag (see `noUpload`).
  public let moment: UploadMoment?
  /// Why there is no upload (Dutch, one sentence), when `moment` is `nil`.
  public let noUpload: String?
  /// The first day on which building the upload makes sense (week 88 for the WIA application:
  /// UWV's letter; the last day of employment; the loonsanctie decision; the IVA application).
  public let from: CivilDate?
  /// The last day to upload, when the case tells it.
  public let uploadBy: CivilDate?
  /// How the deadline is set (Dutch, one sentence).
  public let termijn: String
  /// The documents, in the order of the re-integratieverslag.
  public let documents: [RequiredDocument]
  /// The case's documents that do not count for this upload, with the reason.
  public let notCounted: [NotCountedDocument]
  /// The RIV parts UWV does not ask for in this variant, with the reason (Dutch).
  public let notDemanded: [(kind: CaseDocumentKind, reason: String)]
  /// What UWV asks in this variant, in Dutch sentences for the upload list.
  public let notes: [String]

  /// Whether the upload is due on `peildatum` (from its moment on); before it a pack is a preview.
  public func isDue(on peildatum: CivilDate) -> Bool { from.map { peildatum >= $0 } ?? false }

  /// The required documents that are not in the case.
  public var missing: [RequiredDocument] { documents.filter(\.isMissing) }

  /// The requirements of an evaluated case.
  public init(_ evaluation: CaseEvaluation) {
    self.init(
      caseFile: evaluation.loaded.caseFile, timeline: evaluation.timeline, documents: evaluation.documents)
  }

  /// The requirements of `caseFile` on the timeline's peildatum.
  public init(caseFile c: CaseFile, timeline: Timeline, documents: CaseDocuments) {
    let builder = UploadRequirementsBuilder(caseFile: c, timeline: timeline, documents: documents)
    let made = builder.make()
    moment = made.moment
    noUpload = made.noUpload
    from = made.from
    uploadBy = made.uploadBy
    termijn = made.termijn
    self.documents = made.documents
    notCounted = made.notCounted
    notDemanded = made.notDemanded
    notes = made.notes
  }

  init(
    moment: UploadMoment?, noUpload: String?, from: CivilDate?, uploadBy: CivilDate?, termijn: String,
    documents: [RequiredDocument], notCounted: [NotCountedDocument],
    notDemanded: [(kind: CaseDocumentKind, reason: String)], notes: [String]
  ) {
    self.moment = moment
    self.noUpload = noUpload
    self.from = from
    self.uploadBy = uploadBy
    self.termijn = termijn
    self.documents = documents
    self.notCounted = notCounted
    self.notDemanded = notDemanded
    self.notes = notes
  }
}
