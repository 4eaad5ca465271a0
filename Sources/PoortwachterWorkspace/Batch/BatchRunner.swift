import Foundation
import PoortwachterCore
import PoortwachterOutput

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
  /// Reads the originals a case links, for the rules on originals; `nil`: they are not read.
  public var originalReader: OriginalReader? = OriginalReader()

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

  /// Processes one case completely, as the only file of a batch.
  public func process(file: String) async -> BatchCaseResult {
    await process(file: file, index: 0, duplicates: [:], claims: KenmerkClaims(files: [file]))
  }

  /// Processes the case at `index` of the batch completely (the unit of work of the batch).
  /// `duplicates` are the kenmerken the pre-scan found in more than one file: no such file gets a
  /// dossier. For a duplicate the pre-scan missed, the kenmerk registered in `claims` keeps a
  /// later file from replacing the dossier an earlier file in input order wrote in this run.
  func process(file: String, index: Int, duplicates: [String: [String]], claims: KenmerkClaims) async
    -> BatchCaseResult
  {
    switch loader.load(path: file) {
    case .failed(_, let diagnostics):
      claims.register(index, kenmerk: nil)
      return BatchCaseResult(
        file: file, outcome: .unreadable(diagnostics), kenmerk: nil, naam: nil, phase: nil,
        checkedCategory: nil,
        nextDeadline: nil,
        fouten: 0, waarschuwingen: 0, errorFindings: [],
        json: CheckJSON(file: file, diagnostics: diagnostics, peildatum: peildatum).compactJSON())
    case .loaded(let loaded):
      let kenmerk = loaded.caseFile.kenmerk
      claims.register(index, kenmerk: kenmerk)
      var evaluation = CaseChecker(
        loader: loader, engine: engine, peildatum: peildatum, originalReader: originalReader
      )
      .evaluate(loaded)
      // Rendering does not wait for the claims of earlier files (they are nearly always settled
      // by the time it is done); only a file already known to be a duplicate skips it.
      let known = duplicates[kenmerk] != nil || claims.isKnownDuplicate(index)
      let prepared = known ? nil : prepare(evaluation)
      var outcome = BatchCaseResult.Outcome.done
      var duplicateFiles = duplicates[kenmerk]
      if duplicateFiles == nil, let earlier = await claims.earlier(than: index) {
        duplicateFiles = [earlier, file]
      }
      if let files = duplicateFiles {
        let others = files.filter { $0 != file }.joined(separator: ", ")
        let finding = Finding(
          ruleID: "batch.dubbel-kenmerk", severity: .fout,
          message: "kenmerk '\(kenmerk)' staat ook in \(others); voor dit bestand is geen dossier geschreven",
          bron: "poortwachter batch", location: loaded.sourceMap.location(of: "kenmerk"),
          path: FieldPath("kenmerk"))
        evaluation = evaluation.adding(finding)
        outcome = .duplicate(kenmerk: kenmerk, files: files)
      } else if let prepared {
        outcome = write(prepared, kenmerk: kenmerk)
      }
      var result = BatchCaseResult(
        file: file, outcome: outcome, kenmerk: kenmerk, naam: loaded.caseFile.werknemer.naam,
        phase: evaluation.phase,
        checkedCategory: CaseCategory(evaluation),
        nextDeadline: evaluation.agenda.first,
        fouten: evaluation.count(.fout), waarschuwingen: evaluation.count(.waarschuwing),
        errorFindings: evaluation.findings.filter { $0.severity == .fout },
        json: CheckJSON(evaluation).compactJSON())
      result.warningFindings = evaluation.findings.filter { $0.severity == .waarschuwing }
      result.risico = evaluation.toets.risico
      // A pack counts as written only when its dossier is in place (a full disk fails the write).
      switch (outcome, prepared?.packSummary) {
      case (.duplicate, _), (.failed, .ready?), (.failed, .concept?): break
      case (_, let summary): result.pack = summary
      }
      return result
    }
  }

  /// A rendered dossier, ready to write, or why it could not be rendered.
  private struct Prepared {
    var documents: Result<DossierRenderer.Documents, Error>
    var pack: UWVPack?
    var packSummary: BatchCaseResult.PackSummary?
    var packFailure: String?
  }

  /// Renders the documents and, when asked, the UWV pack.
  private func prepare(_ evaluation: CaseEvaluation) -> Prepared {
    var prepared = Prepared(documents: Result { try renderer.render(evaluation) })
    guard case .success = prepared.documents, let packBuilder else { return prepared }
    // A pack that fails (the browser stopped) costs the pack, not the dossier.
    do {
      let result = try packBuilder.build(evaluation)
      prepared.pack = try? result.get()
      prepared.packSummary = BatchCaseResult.PackSummary(result)
    } catch {
      var detail = (error as? LocalizedError)?.errorDescription ?? "onverwachte fout"
      if detail.hasPrefix("fout: ") { detail.removeFirst("fout: ".count) }
      prepared.packFailure = "UWV-pakket niet gemaakt: \(detail)"
    }
    return prepared
  }

  /// Writes a prepared dossier; the outcome of the case.
  private func write(_ prepared: Prepared, kenmerk: String) -> BatchCaseResult.Outcome {
    do {
      let documents = try prepared.documents.get()
      try DossierWriter(outputFolder: outputFolder, force: true).write(
        documents, kenmerk: kenmerk, extra: prepared.pack?.dossierFiles ?? [])
      if let packFailure = prepared.packFailure { return .failed(packFailure) }
      return .done
    } catch let error as PoortwachterError {
      return .failed(error.errorDescription ?? "fout")
    } catch {
      return .failed((error as? LocalizedError)?.errorDescription ?? "onverwachte fout bij het schrijven")
    }
  }

  /// Runs all files; `consume` gets each result in input order (index, result). Files with the
  /// same kenmerk get a `batch.dubbel-kenmerk` fout and no dossier (``KenmerkPreScan``); a dossier
  /// an earlier run wrote under that kenmerk stays as it was (the input, not the output, is wrong).
  public func run(files: [String], consume: (Int, BatchCaseResult) throws -> Void) async throws {
    try AtomicFile.makeFolder(outputFolder)
    let duplicates = KenmerkPreScan.duplicates(in: files)
    let claims = KenmerkClaims(files: files)
    try await BoundedConcurrency.forEachInOrder(Array(files.indices), limit: concurrency) { index in
      await process(file: files[index], index: index, duplicates: duplicates, claims: claims)
    } consume: { index, result in
      try consume(index, result)
    }
  }
}
