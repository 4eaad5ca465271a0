import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The batch, agenda and check operations of the workspace: typed outcomes, one event per case in
/// input order, and cancellation that stops starting cases and leaves no half-written report.
@Suite struct WorkspaceOperationsTests {
  static let peildatum = TestSupport.date("2026-11-22")

  static func folder() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("pw-operations-\(UUID().uuidString)").path
  }

  /// A folder with the synthetic cases `0..<count`.
  static func synthetic(_ count: Int) throws -> [String] {
    let folder = folder()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let generator = SyntheticCases(peildatum: peildatum)
    return try (0..<count).map { index in
      let file = folder + "/syn-\(index).yaml"
      try generator.yaml(index).write(toFile: file, atomically: false, encoding: .utf8)
      return file
    }
  }

  static func batch() throws -> BatchRun {
    let setup = try DossierSetup(templates: nil)
    return BatchRun(
      setup: setup, loader: CaseLoader(schema: setup.schema), peildatum: peildatum, concurrency: 2)
  }

  @Test func aBatchReportsEveryCaseInInputOrderAndEndsWithTheSummary() async throws {
    let files = TestSupport.sampleFiles()
    let out = Self.folder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    var run = try Self.batch()
    run.reports = [.junit: out + "-junit.xml"]
    defer { try? FileManager.default.removeItem(atPath: out + "-junit.xml") }
    var done: [String] = []
    var started = false
    var repaired = false
    let outcome = try await run.run(files: files, outputFolder: out, wait: false) { event in
      switch event {
      case .waitingForOtherRun: Issue.record("nobody else holds the folder")
      case .repaired(let folder, _): repaired = folder == out && !started
      case .started: started = true
      case .caseDone(let result):
        #expect(started)
        done.append(result.file)
      }
    }
    #expect(repaired)
    #expect(done == files)
    #expect(outcome.summaryLine.hasSuffix("; overzicht: \(out)/index.html"))
    #expect(outcome.counts.values.reduce(0, +) == files.count)
    #expect(outcome.failed == ((outcome.counts[.fouten] ?? 0) > 0))
    #expect(FileManager.default.fileExists(atPath: out + "/index.html"))
    #expect(FileManager.default.fileExists(atPath: out + "-junit.xml"))
  }

  @Test func aBatchRefusesAReportOverAnInputBeforeWritingAnything() async throws {
    let files = try Self.synthetic(2)
    let out = Self.folder()
    var run = try Self.batch()
    run.reports = [.junit: files[0]]
    let before = try String(contentsOfFile: files[0], encoding: .utf8)
    await #expect(throws: PoortwachterError.self) {
      _ = try await run.run(files: files, outputFolder: out, wait: false) { _ in }
    }
    #expect(!FileManager.default.fileExists(atPath: out))
    #expect(try String(contentsOfFile: files[0], encoding: .utf8) == before)
  }

  @Test func aCancelledBatchStopsAndWritesNoIndexNorReport() async throws {
    let files = try Self.synthetic(8)
    let out = Self.folder()
    defer { try? FileManager.default.removeItem(atPath: out) }
    var run = try Self.batch()
    run.concurrency = 1
    run.reports = [.json: out + "-samenvatting.json"]
    let task = Task { () -> (cancelled: Bool, done: Int) in
      var done = 0
      do {
        _ = try await run.run(files: files, outputFolder: out, wait: false) { event in
          guard case .caseDone = event else { return }
          done += 1
          withUnsafeCurrentTask { $0?.cancel() }
        }
        return (false, done)
      } catch is CancellationError {
        return (true, done)
      }
    }
    let (cancelled, done) = try await task.value
    #expect(cancelled)
    #expect(done >= 1 && done < files.count)
    let names = try FileManager.default.contentsOfDirectory(atPath: out)
    #expect(!names.contains("index.html") && !names.contains("samenvatting.json"))
    #expect(!FileManager.default.fileExists(atPath: out + "-samenvatting.json"))
    // Only the lock and complete dossiers: no temporary report or staging folder is left.
    #expect(names.filter { $0.hasPrefix(".") } == [OutputLock.fileName])
    let dossiers = names.filter { !$0.hasPrefix(".") }
    #expect(!dossiers.isEmpty && dossiers.count < files.count)
    for dossier in dossiers {
      #expect(
        try FileManager.default.contentsOfDirectory(atPath: out + "/" + dossier).sorted()
          == ["controle.html", "riv.html", "riv.xml"])
    }
  }

  @Test func theAgendaIsTheItemsOfEveryCheckedCase() async throws {
    let files = TestSupport.sampleFiles()
    let agenda = CaseAgenda(loader: TestSupport.loader(), peildatum: Self.peildatum)
    let outcome = try await agenda.run(files: files, days: 30)
    let evaluations = await CaseChecker(loader: TestSupport.loader(), peildatum: Self.peildatum)
      .check(files: files).compactMap { result -> CaseEvaluation? in
        if case .checked(let evaluation) = result { return evaluation }
        return nil
      }
    #expect(outcome.days == 30)
    #expect(outcome.items == AgendaItem.items(from: evaluations, days: 30))
    #expect(outcome.unreadable.count == files.count - evaluations.count)
    #expect(outcome.calendarItems == AgendaItem.items(from: evaluations, days: 30))
    let unlimited = try await agenda.run(files: files, days: nil)
    #expect(unlimited.days == CaseAgenda.defaultDays)
    #expect(unlimited.calendarItems == AgendaItem.items(from: evaluations, days: AgendaItem.unlimited))

    let ics = Self.folder() + ".ics"
    defer { try? FileManager.default.removeItem(atPath: ics) }
    try CaseAgenda.checkCalendarTarget(ics, inputs: files)
    let events = try agenda.writeCalendar(unlimited, to: ics, withNames: false, reminderWorkingDays: 3)
    #expect(events == unlimited.calendarItems)
    let text = try String(contentsOfFile: ics, encoding: .utf8)
    #expect(text.components(separatedBy: "BEGIN:VEVENT").count - 1 == events.count)
    #expect(throws: PoortwachterError.self) { try CaseAgenda.checkCalendarTarget(files[0], inputs: files) }
  }

  @Test func anEmptyAgendaWindowNamesTheNextItem() async throws {
    let files = try Self.synthetic(1)
    let outcome = try await CaseAgenda(loader: TestSupport.loader(), peildatum: Self.peildatum)
      .run(files: files, days: 0)
    let all = try await CaseAgenda(loader: TestSupport.loader(), peildatum: Self.peildatum)
      .run(files: files, days: 3650)
    if outcome.items.isEmpty {
      #expect(outcome.nextBeyondWindow == all.items.first)
    } else {
      #expect(outcome.nextBeyondWindow == nil)
    }
  }

  @Test func checkHandsOverEveryResultInOrderAndTalliesThem() async throws {
    let files = TestSupport.sampleFiles()
    let checker = CaseChecker(loader: TestSupport.loader(), peildatum: Self.peildatum)
    var seen: [String] = []
    var expected = CheckTally()
    let tally = try await checker.run(files: files, concurrency: 2) { result in
      seen.append(result.file)
      expected.add(result)
    }
    #expect(seen == files)
    #expect(tally.summary == expected.summary)
    #expect(tally.failing == expected.failing)
  }

  @Test func aCancelledCheckStopsStartingFiles() async throws {
    let files = try Self.synthetic(12)
    let checker = CaseChecker(loader: TestSupport.loader(), peildatum: Self.peildatum)
    let task = Task { () -> (cancelled: Bool, seen: Int) in
      var seen = 0
      do {
        _ = try await checker.run(files: files, concurrency: 1) { _ in
          seen += 1
          withUnsafeCurrentTask { $0?.cancel() }
        }
        return (false, seen)
      } catch is CancellationError {
        return (true, seen)
      }
    }
    let (cancelled, seen) = try await task.value
    #expect(cancelled)
    #expect(seen < files.count)
  }

  @Test func aNewCaseIsWrittenOnceAndNeverOverAFile() throws {
    let folder = Self.folder()
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let request = NewCase(
      kenmerk: "VZ-2026-0900", naam: "A. Jansen", eersteZiektedag: Self.peildatum.description)
    let path = folder + "/vz-2026-0900.yaml"
    #expect(request.create(in: folder) == .created(path))
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.hasPrefix("# yaml-language-server: $schema="))
    #expect(TestSupport.diagnostics(text).isEmpty)
    try "van iemand anders\n".write(toFile: path, atomically: false, encoding: .utf8)
    guard case .refused(let exists) = request.create(in: folder) else {
      Issue.record("expected the existing file refused")
      return
    }
    #expect(
      exists.map(\.message) == [
        "\(path) bestaat al; poortwachter overschrijft geen casusbestand. Kies een ander kenmerk of map."
      ])
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "van iemand anders\n")
    let old = NewCase(kenmerk: "VZ-1", naam: "B", eersteZiektedag: "1850-01-01")
    guard case .refused(let problems) = old.create(in: folder) else {
      Issue.record("expected the date refused")
      return
    }
    #expect(!problems.isEmpty && problems.allSatisfy { $0.fact == nil })
    #expect(!FileManager.default.fileExists(atPath: folder + "/vz-1.yaml"))
    // A missing folder is made when the folder above it exists.
    let inner = folder + "/nieuw"
    #expect(request.create(in: inner) == .created(inner + "/vz-2026-0900.yaml"))
  }
}
