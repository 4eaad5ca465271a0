import PoortwachterCore
import PoortwachterOutput

/// The work of `poortwachter agenda` for any front end: check every case file and collect the
/// open and overdue milestones of all cases, by date, within a window of days after the peildatum
/// (overdue ones always); and write them as an iCalendar file. Typed outcomes; nothing printed,
/// no option named. Cancelling the task stops it starting new files (`CancellationError`).
public struct CaseAgenda: Sendable {
  /// The list's window when none is given: 14 days.
  public static let defaultDays = 14

  /// The agenda of a set of case files.
  public struct Outcome: Sendable {
    /// The window of the list, in days after the peildatum.
    public let days: Int
    /// The open and overdue items within ``days``, by date.
    public let items: [AgendaItem]
    /// When ``items`` is empty: the first open item beyond the window, if any case has one.
    public let nextBeyondWindow: AgendaItem?
    /// The input diagnostics of each file that could not be read, in file order.
    public let unreadable: [[Diagnostic]]
    /// The window asked for (`nil`: none, so the list has ``defaultDays`` and the calendar every item).
    let requestedDays: Int?
    /// The checked cases.
    let evaluations: [CaseEvaluation]

    /// The items of the calendar: every open item, or those within the window that was asked for.
    public var calendarItems: [AgendaItem] {
      AgendaItem.items(from: evaluations, days: requestedDays ?? AgendaItem.unlimited)
    }
  }

  /// The loader.
  public let loader: CaseLoader
  /// The peildatum.
  public let peildatum: CivilDate
  /// Files checked at once.
  public var concurrency: Int

  /// An agenda with these settings.
  public init(loader: CaseLoader, peildatum: CivilDate, concurrency: Int = ProcessInfoCores.count) {
    self.loader = loader
    self.peildatum = peildatum
    self.concurrency = concurrency
  }

  /// Refuses a calendar file that may not be written (``OwnOutput``: an input, a folder, a file
  /// that is not a calendar poortwachter wrote); call it before ``run(files:days:)``.
  public static func checkCalendarTarget(_ path: String, inputs: [String]) throws {
    try OwnOutput.check(path, kind: .calendar, inputs: OwnOutput.Inputs(inputs))
  }

  /// Checks `files` and gathers their agenda; `days` is the window (`nil`: ``defaultDays`` for the
  /// list, and every item for the calendar).
  public func run(files: [String], days: Int?) async throws -> Outcome {
    var evaluations: [CaseEvaluation] = []
    var unreadable: [[Diagnostic]] = []
    try await CaseChecker(loader: loader, peildatum: peildatum).check(files: files, concurrency: concurrency)
    {
      switch $0 {
      case .checked(let evaluation): evaluations.append(evaluation)
      case .unreadable(_, let diagnostics): unreadable.append(diagnostics)
      }
    }
    let window = days ?? Self.defaultDays
    let items = AgendaItem.items(from: evaluations, days: window)
    return Outcome(
      days: window, items: items,
      nextBeyondWindow: items.isEmpty
        ? AgendaItem.items(from: evaluations, days: AgendaItem.unlimited).first : nil,
      unreadable: unreadable, requestedDays: days, evaluations: evaluations)
  }

  /// Writes the calendar of `outcome` to `path` (atomically) and returns its items: every open
  /// item and periodic step, overdue ones as a reminder on the peildatum; with `withNames` the
  /// employee's name in each event; a reminder (VALARM) `reminderWorkingDays` working days
  /// before each deadline (0: none).
  public func writeCalendar(_ outcome: Outcome, to path: String, withNames: Bool, reminderWorkingDays: Int)
    throws -> [AgendaItem]
  {
    let events = outcome.calendarItems
    try AtomicFile.write(
      ICalendar.calendar(
        events, peildatum: peildatum, withNames: withNames, reminderWorkingDays: reminderWorkingDays),
      to: path)
    return events
  }
}
