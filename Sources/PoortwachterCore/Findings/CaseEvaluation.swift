/// A checked case: the loaded file, its timeline and its findings.
public struct CaseEvaluation: Sendable {
  /// The case as loaded.
  public let loaded: LoadedCase
  /// Deadlines and statuses.
  public let timeline: Timeline
  /// Findings in file order.
  public private(set) var findings: [Finding]
  /// Employer-held texts that contain medical terms: `riv.html` and `riv.xml` show a notice
  /// instead (whatever rules ran, so redaction never depends on the rule selection).
  public let medicalTexts: [MedicalText]
  /// The poortwachtertoets estimate from the findings (an estimate, never UWV's judgement). Made
  /// once here: the dossier, the JSON and the batch index all show it.
  public private(set) var toets: Poortwachtertoets
  /// Every open or overdue milestone and periodic step, sorted by date (``AgendaItem/items(from:days:)``
  /// selects from it); the dossier's next steps and the batch index both read it.
  public let agenda: [AgendaItem]
  /// Where the case stands on the peildatum; the terminal report, the dossier and the batch index
  /// all show it.
  public let phase: CasePhase
  /// What was read from the originals the case links, when they were read: the UWV pack counts
  /// an original as checked only when it was read completely (``OriginalContents/isFullyRead(_:)``).
  public let originals: OriginalContents?

  /// The case's documents (walked once, when the case was loaded).
  public var documents: CaseDocuments { loaded.documents }

  /// An evaluation of `loaded` with these findings.
  package init(
    loaded: LoadedCase, timeline: Timeline, findings: [Finding], medicalTexts: [MedicalText],
    originals: OriginalContents? = nil
  ) {
    self.loaded = loaded
    self.timeline = timeline
    self.findings = findings
    self.medicalTexts = medicalTexts
    self.originals = originals
    toets = Poortwachtertoets(findings: findings, timeline: timeline)
    agenda = AgendaItem.items(caseFile: loaded.caseFile, timeline: timeline)
    phase = CasePhase(caseFile: loaded.caseFile, timeline: timeline)
  }

  /// This evaluation with one more finding (a batch adds its own, such as a duplicate kenmerk):
  /// the toets is judged again from the findings; the timeline, agenda and phase stay as they are.
  package func adding(_ finding: Finding) -> CaseEvaluation {
    var copy = self
    copy.findings.append(finding)
    copy.toets = Poortwachtertoets(findings: copy.findings, timeline: timeline)
    return copy
  }

  /// The number of findings of `severity`.
  public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

  /// The most serious severity found, if any.
  public var worstSeverity: Severity? { findings.map(\.severity).max() }
}
