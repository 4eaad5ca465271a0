import PoortwachterCore
import PoortwachterOutput

/// Loads and checks many case files on all cores, with a bounded number in flight, and returns
/// the results in input order (`check`'s work: ``run(files:concurrency:each:)``).
public struct CaseChecker: Sendable {
  /// The loader.
  public let loader: CaseLoader
  /// The rule engine.
  public let engine: RuleEngine
  /// The peildatum.
  public let peildatum: CivilDate

  /// Creates a checker.
  public init(loader: CaseLoader, engine: RuleEngine = RuleEngine(), peildatum: CivilDate) {
    self.loader = loader
    self.engine = engine
    self.peildatum = peildatum
  }

  /// Checks one file.
  public func check(file: String) -> CheckResult {
    switch loader.load(path: file) {
    case .loaded(let loaded): return .checked(engine.evaluate(loaded, peildatum: peildatum))
    case .failed(let file, let diagnostics): return .unreadable(file: file, diagnostics: diagnostics)
    }
  }

  /// Checks all files concurrently; results come back in the order of `files`.
  public func check(files: [String], concurrency: Int = ProcessInfoCores.count) async -> [CheckResult] {
    await BoundedConcurrency.map(files, limit: concurrency) { check(file: $0) }
  }

  /// A loader with the size limit, and the shipped XML schema when one of `files` is XML (parsing
  /// the schema costs a few milliseconds, a good part of checking one YAML case).
  public static func loader(for files: [String], maxFileSize: Int) throws -> CaseLoader {
    let needsSchema = files.contains { CaseLoader.Syntax(path: $0) == .xml }
    return CaseLoader(maxFileSize: maxFileSize, schema: needsSchema ? try BuiltInSchema.load() : nil)
  }

  /// The work of `poortwachter check`: checks all files concurrently, hands each result to `each`
  /// in the order of `files` as soon as it and those before it are done (for output and progress;
  /// nothing is kept), and returns the tally: the counts per category, whether a case fails, and
  /// the summary line. Cancelling the task stops it starting new files (`CancellationError`).
  public func run(
    files: [String], concurrency: Int = ProcessInfoCores.count, each: (CheckResult) throws -> Void
  ) async throws -> CheckTally {
    var tally = CheckTally()
    try await check(files: files, concurrency: concurrency) { result in
      tally.add(result)
      try each(result)
    }
    return tally
  }

  /// Checks all files concurrently and hands each result to `consume` in the order of `files` as
  /// soon as it and those before it are done, so memory does not grow with the number of files.
  /// Cancelling the task stops it starting new files (`CancellationError`).
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
