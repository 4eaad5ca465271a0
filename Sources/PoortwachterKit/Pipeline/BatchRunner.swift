import Foundation

/// Runs many cases through parse, check, render and write on all cores, streaming: a bounded
/// number of cases is in flight, results are consumed in input order through a small reorder
/// buffer, and the index and reports are written piece by piece. A bad case is reported and the
/// batch goes on; every output file is written atomically.
public struct BatchRunner: Sendable {
  /// The loader.
  public let loader: CaseLoader
  /// The rule engine.
  public let engine: RuleEngine
  /// The renderer.
  public let renderer: DossierRenderer
  /// The peildatum.
  public let peildatum: CivilDate
  /// The output folder.
  public let outputFolder: String
  /// Cases in flight at once.
  public let concurrency: Int
  /// Makes the UWV pack of every case when set (`batch --pakket`).
  public var packBuilder: PackBuilder?

  /// Creates a runner.
  public init(
    loader: CaseLoader, engine: RuleEngine = RuleEngine(), renderer: DossierRenderer, peildatum: CivilDate,
    outputFolder: String, concurrency: Int = ProcessInfoCores.count
  ) {
    self.loader = loader
    self.engine = engine
    self.renderer = renderer
    self.peildatum = peildatum
    self.outputFolder = outputFolder
    self.concurrency = concurrency
  }

  /// Processes one case completely (the unit of work of the batch). `claims` records which file
  /// wrote which kenmerk in this run, so a duplicate the pre-scan missed is never overwritten.
  public func process(file: String, duplicates: [String: [String]], claims: KenmerkClaims = KenmerkClaims())
    -> BatchCaseResult
  {
    switch loader.load(path: file) {
    case .failed(_, let diagnostics):
      return BatchCaseResult(
        file: file, outcome: .unreadable(diagnostics), kenmerk: nil, naam: nil, phase: nil,
        checkedCategory: nil,
        nextDeadline: nil,
        fouten: 0, waarschuwingen: 0, errorFindings: [],
        json: CheckJSON(file: file, diagnostics: diagnostics, peildatum: peildatum).compactJSON())
    case .loaded(let loaded):
      var evaluation = engine.evaluate(loaded, peildatum: peildatum)
      let kenmerk = loaded.caseFile.kenmerk
      var outcome = BatchCaseResult.Outcome.done
      var packSummary: BatchCaseResult.PackSummary?
      var duplicateFiles = duplicates[kenmerk]
      if duplicateFiles == nil, let earlier = claims.claim(kenmerk, for: file) {
        duplicateFiles = [earlier, file]
      }
      if let files = duplicateFiles {
        let others = files.filter { $0 != file }.joined(separator: ", ")
        let finding = Finding(
          ruleID: "batch.dubbel-kenmerk", severity: .fout,
          message: "kenmerk '\(kenmerk)' staat ook in \(others); voor dit bestand is geen dossier geschreven",
          bron: "poortwachter batch", location: loaded.sourceMap.location(of: "kenmerk"),
          path: FieldPath("kenmerk"))
        evaluation = CaseEvaluation(
          loaded: loaded, timeline: evaluation.timeline, findings: evaluation.findings + [finding],
          medicalTexts: evaluation.medicalTexts)
        outcome = .duplicate(kenmerk: kenmerk, files: files)
      } else {
        do {
          let documents = try renderer.render(evaluation)
          var pack: UWVPack?
          var packFailure: String?
          if let packBuilder {
            // A pack that fails (the browser stopped) costs the pack, not the dossier.
            do {
              switch try packBuilder.build(evaluation) {
              case .success(let made):
                pack = made
                packSummary = .written(documents: made.files.count)
              case .failure(let none): packSummary = .notDue(none.reason)
              }
            } catch {
              var detail = (error as? LocalizedError)?.errorDescription ?? "onverwachte fout"
              if detail.hasPrefix("fout: ") { detail.removeFirst("fout: ".count) }
              packFailure = "UWV-pakket niet gemaakt: \(detail)"
            }
          }
          try DossierWriter(outputFolder: outputFolder, force: true).write(
            documents, kenmerk: kenmerk, extra: pack?.dossierFiles ?? [])
          if let packFailure { outcome = .failed(packFailure) }
        } catch let error as PoortwachterError {
          outcome = .failed(error.errorDescription ?? "fout")
        } catch {
          outcome = .failed(
            (error as? LocalizedError)?.errorDescription ?? "onverwachte fout bij het schrijven")
        }
      }
      var result = BatchCaseResult(
        file: file, outcome: outcome, kenmerk: kenmerk, naam: loaded.caseFile.werknemer.naam,
        phase: CasePhase(caseFile: loaded.caseFile, timeline: evaluation.timeline),
        checkedCategory: CaseCategory(evaluation),
        nextDeadline: AgendaItem.items(from: [evaluation], days: AgendaItem.unlimited).first,
        fouten: evaluation.count(.fout), waarschuwingen: evaluation.count(.waarschuwing),
        errorFindings: evaluation.findings.filter { $0.severity == .fout },
        json: CheckJSON(evaluation).compactJSON())
      result.risico = evaluation.toets.risico
      result.pack = packSummary
      return result
    }
  }

  /// Runs all files; `consume` gets each result in input order (index, result).
  public func run(files: [String], consume: (Int, BatchCaseResult) throws -> Void) async throws {
    try AtomicFile.makeFolder(outputFolder)
    // A duplicated kenmerk is an error for the files that carry it; a dossier an earlier run
    // wrote under that kenmerk stays as it was (the input, not the output, is wrong).
    let duplicates = KenmerkPreScan.duplicates(in: files)
    let claims = KenmerkClaims()
    try await BoundedConcurrency.forEachInOrder(files, limit: concurrency) { file in
      process(file: file, duplicates: duplicates, claims: claims)
    } consume: { index, result in
      try consume(index, result)
    }
  }
}

/// The kenmerken written in one batch run, shared by its tasks.
public final class KenmerkClaims: @unchecked Sendable {
  private let lock = NSLock()
  private var owners: [String: String] = [:]

  /// Creates an empty register.
  public init() {}

  /// Claims `kenmerk` for `file`; returns the file that claimed it earlier, or `nil` when it is new.
  public func claim(_ kenmerk: String, for file: String) -> String? {
    lock.withLock {
      if let owner = owners[kenmerk], owner != file { return owner }
      owners[kenmerk] = file
      return nil
    }
  }
}
