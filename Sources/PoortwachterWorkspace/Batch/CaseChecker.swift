import PoortwachterCore
import PoortwachterOutput

/// Loads and checks many case files on all cores, with a bounded number in flight, and returns
/// the results in input order.
public struct CaseChecker: Sendable {
  /// The loader.
  public let loader: CaseLoader
  /// The rule engine.
  public let engine: RuleEngine
  /// The peildatum.
  public let peildatum: CivilDate
  /// Reads the originals a case links, for the rules on originals; `nil`: they are not read.
  public var originalReader: OriginalReader? = OriginalReader()

  /// Creates a checker.
  public init(
    loader: CaseLoader, engine: RuleEngine = RuleEngine(), peildatum: CivilDate,
    originalReader: OriginalReader? = OriginalReader()
  ) {
    self.loader = loader
    self.engine = engine
    self.peildatum = peildatum
    self.originalReader = originalReader
  }

  /// Checks one file.
  public func check(file: String) -> CheckResult {
    switch loader.load(path: file) {
    case .loaded(let loaded): return .checked(evaluate(loaded))
    case .failed(let file, let diagnostics): return .unreadable(file: file, diagnostics: diagnostics)
    }
  }

  /// The evaluation of a loaded case, with what its originals say: the one evaluation `check`,
  /// `batch`, `pakket` and any other front end share.
  public func evaluate(_ loaded: LoadedCase) -> CaseEvaluation {
    engine.evaluate(loaded, peildatum: peildatum, originals: originalReader?.contents(of: loaded))
  }

  /// Checks all files concurrently; results come back in the order of `files`.
  public func check(files: [String], concurrency: Int = ProcessInfoCores.count) async -> [CheckResult] {
    await BoundedConcurrency.map(files, limit: concurrency) { check(file: $0) }
  }

  /// Checks all files concurrently and hands each result to `consume` in the order of `files` as
  /// soon as it and those before it are done, so memory does not grow with the number of files.
  public func check(
    files: [String], concurrency: Int = ProcessInfoCores.count, consume: (CheckResult) throws -> Void
  ) async throws {
    try await BoundedConcurrency.forEachInOrder(files, limit: concurrency) {
      check(file: $0)
    } consume: {
      try consume($1)
    }
  }
}
