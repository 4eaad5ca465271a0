import ArgumentParser
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// `poortwachter agenda`: every open or overdue milestone across all cases, by date.
struct Agenda: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Werklijst: alle openstaande en verlopen termijnen van alle dossiers, op datum.")

  @OptionGroup var input: InputOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Termijnen tot zoveel dagen na de peildatum (verlopen termijnen altijd); standaard 14 in de "
        + "lijst en alle termijnen in het .ics-bestand.", valueName: "aantal"))
  var dagen: Int?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Schrijf alle openstaande termijnen en periodieke stappen ook als iCalendar-bestand (.ics); "
        + "verlopen termijnen staan erin als herinnering op de peildatum.", valueName: "bestand"))
  var ics: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Herinnering (VALARM) in het .ics-bestand zoveel werkdagen vóór elke termijn, om 9:00; 0: geen.",
      valueName: "werkdagen"))
  var herinnering: Int = 3

  @Flag(
    name: .customLong("met-naam"),
    help: "Zet de naam van de werknemer in de agenda-items van het .ics-bestand.")
  var withNames = false

  func validate() throws {
    if let dagen, !(0...3650).contains(dagen) {
      throw ValidationError("--dagen moet tussen 0 en 3650 liggen")
    }
    guard (0...30).contains(herinnering) else {
      throw ValidationError("--herinnering moet tussen 0 en 30 werkdagen liggen")
    }
  }

  func run() async throws {
    let files = try input.files()
    if let ics {
      do {
        try CaseAgenda.checkCalendarTarget(ics, inputs: files)
      } catch let error as PoortwachterError {
        Output.error(CommandWords.message(error))
        throw ExitCode(OutputFolder.cannotWriteExitCode)
      }
    }
    let agenda = CaseAgenda(loader: try input.loader(for: files), peildatum: input.peildatum)
    let outcome = try await agenda.run(files: files, days: dagen)
    let reporter = TextReporter(out: Terminal(fileDescriptor: 1), err: Terminal(fileDescriptor: 2))
    for diagnostics in outcome.unreadable { Output.error(reporter.report(diagnostics: diagnostics)) }
    Output.out(
      AgendaTable.text(outcome.items, peildatum: input.peildatum, days: outcome.days, terminal: reporter.out))
    // An empty window says so, with the window that would show the next deadline.
    let emptyNotice =
      outcome.items.isEmpty
      ? CommandWords.emptyAgendaWindow(days: outcome.days, next: outcome.nextBeyondWindow) : nil
    if let emptyNotice { Output.out("  " + emptyNotice + "\n") }
    if let ics {
      do {
        // The calendar holds every open item unless --dagen limits it.
        let events = try agenda.writeCalendar(
          outcome, to: ics, withNames: withNames, reminderWorkingDays: herinnering)
        let empty =
          self.dagen == nil
          ? "leeg: geen enkel dossier heeft nog een openstaande termijn" : emptyNotice.map { "leeg: " + $0 }
        Output.error(
          "agenda geschreven: \(ics) ("
            + (events.isEmpty
              ? empty ?? "leeg" : "\(events.count) \(events.count == 1 ? "termijn" : "termijnen")") + ")")
      } catch let error as PoortwachterError {
        Output.error(CommandWords.message(error))
        throw ExitCode(OutputFolder.cannotWriteExitCode)
      }
    }
    if !outcome.unreadable.isEmpty { throw ExitCode(65) }
  }
}

/// The agenda as a table for people.
enum AgendaTable {
  static func text(_ items: [AgendaItem], peildatum: CivilDate, days: Int, terminal: Terminal) -> String {
    var lines = [
      "Termijnen tot en met \(DutchDate.long(peildatum.adding(days: days))) (peildatum \(DutchDate.long(peildatum))):"
    ]
    let kenmerkWidth = max(8, items.map(\.kenmerk.count).max() ?? 0)
    let nameWidth = max(10, items.map(\.naam.count).max() ?? 0)
    for item in items {
      let when = item.daysLeft < 0 ? terminal.red(item.status.text) : item.status.text
      lines.append(
        "  \(DutchDate.short(item.deadline))  \(item.kenmerk.padding(toLength: kenmerkWidth, withPad: " ", startingAt: 0))  "
          + "\(item.naam.padding(toLength: nameWidth, withPad: " ", startingAt: 0))  "
          + "\(item.kind.title.padding(toLength: 25, withPad: " ", startingAt: 0))  \(when)")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
