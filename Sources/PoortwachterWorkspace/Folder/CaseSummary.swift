import PoortwachterCore

/// What a ``CaseFolder`` keeps of one case file between looks: what a list of many cases shows,
/// filters and sorts on (the web app's werkvoorraad and agenda), made from the case's evaluation
/// and nothing more. The decoded case, its findings and its toets questions are not kept: a page
/// about one case gets them from ``CaseFolder/check(caseAt:)``, which reads the file again (about a
/// millisecond). A summary takes one to two KB; a kept evaluation took 60 to 100 KB.
public struct CaseSummary: Sendable, Equatable {
  /// The file, as the folder found it.
  public let file: String
  /// SHA-256 of the bytes the summary was made from (``CaseEntry/contentHash``); `nil` when the
  /// file could not be read at all.
  public let contentHash: String?
  /// How the case stands (``CaseCategory``); `onleesbaar` when the file could not be read.
  public let category: CaseCategory
  /// The kenmerk, when the case was read.
  public let kenmerk: String?
  /// The employee's name, when the case was read.
  public let naam: String?
  /// The employee's BSN masked (`*****6782`), when the case has one; the full number is not kept.
  public let maskedBSN: String?
  /// Where the case stands on the peildatum, when it was read.
  public let phase: CasePhase?
  /// The poortwachtertoets risk, when the case was read.
  public let risico: ToetsRisico?
  /// The number of findings of severity `fout`.
  public let fouten: Int
  /// The number of findings of severity `waarschuwing`.
  public let waarschuwingen: Int
  /// Every open or overdue milestone and periodic step, by date (empty when unread).
  public let agenda: [AgendaItem]
  /// The input diagnostics, when the case could not be read (empty otherwise).
  public let diagnostics: [Diagnostic]

  /// The summary of a checked or unreadable case.
  public init(file: String, contentHash: String?, result: CheckResult) {
    self.file = file
    self.contentHash = contentHash
    switch result {
    case .checked(let evaluation):
      let caseFile = evaluation.loaded.caseFile
      category = CaseCategory(evaluation)
      kenmerk = caseFile.kenmerk
      naam = caseFile.werknemer.naam
      maskedBSN = caseFile.werknemer.bsn?.masked
      phase = evaluation.phase
      risico = evaluation.toets.risico
      var fouten = 0
      var waarschuwingen = 0
      for finding in evaluation.findings {
        if finding.severity == .fout {
          fouten += 1
        } else if finding.severity == .waarschuwing {
          waarschuwingen += 1
        }
      }
      self.fouten = fouten
      self.waarschuwingen = waarschuwingen
      agenda = evaluation.agenda
      diagnostics = []
    case .unreadable(_, let diagnostics):
      category = .onleesbaar
      kenmerk = nil
      naam = nil
      maskedBSN = nil
      phase = nil
      risico = nil
      fouten = 0
      waarschuwingen = 0
      agenda = []
      self.diagnostics = diagnostics
    }
  }

  /// Whether the case was read (and checked).
  public var isReadable: Bool { category != .onleesbaar }
}
