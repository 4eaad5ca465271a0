/// What a rule sees: the case, its positions, its timeline and the peildatum.
public struct RuleContext: Sendable {
  /// The case.
  public let caseFile: CaseFile
  /// Its documents, walked once per case (``RuleEngine``) and shared by the rules that need them.
  public let documents: CaseDocuments
  /// Positions of its values.
  public let sourceMap: SourceMap
  /// Deadlines and statuses.
  public let timeline: Timeline
  /// The employer-held texts with medical terms, when already scanned (``RuleEngine`` scans once
  /// and shares the result with the privacy rule and the dossier's redaction); `nil`: not scanned.
  var medicalTexts: [MedicalText]? = nil
  /// Every text of the file at a text field of the format (see ``LoadedCase/freeTexts``).
  var freeTexts: [FreeText] = []
  /// Every document and event date of the file with its path (see ``LoadedCase/documentDates``).
  var documentDates: [(path: FieldPath, date: CivilDate)] = []
  /// What was read from the originals the case links (``OriginalContents``); `nil`: not read, and
  /// the rules on originals find nothing.
  var originals: OriginalContents? = nil

  /// The peildatum.
  public var peildatum: CivilDate { timeline.peildatum }
  /// The sick-day count.
  public var calendar: SickDayCalendar { timeline.calendar }

  /// The day the case stops needing re-integration activity: the earliest of the peildatum, full
  /// recovery, the last day of employment and the end of the waiting period.
  public var activeUntil: CivilDate {
    var end = peildatum
    if let recovered = caseFile.verzuim.volledigHersteldOp { end = min(end, recovered) }
    if let last = caseFile.werknemer.uitDienst { end = min(end, last) }
    if let wachttijd = timeline[.eindeWachttijd]?.uiterlijk { end = min(end, wachttijd) }
    return end
  }
}
