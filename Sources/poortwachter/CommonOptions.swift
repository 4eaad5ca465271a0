import ArgumentParser
import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// Options shared by the commands that read case files.
struct InputOptions: ParsableArguments {
  @Argument(
    help: ArgumentHelp(
      "Casusbestanden (.yaml, .yml, .xml) of mappen (recursief doorzocht).", valueName: "bestanden"))
  var paths: [String]

  @Option(
    name: .customLong("peildatum"),
    help: ArgumentHelp("Peildatum JJJJ-MM-DD (standaard: vandaag).", valueName: "datum"))
  var asOf: String?

  @Option(
    name: .customLong("max-grootte"),
    help: ArgumentHelp(
      "Grootste casusbestand in bytes (1 MiB = 1048576; hoogstens 1 GiB).", valueName: "bytes"))
  var maxFileSize: Int = CaseLoader.defaultMaxFileSize

  func validate() throws {
    try Self.validate(asOf: asOf, maxFileSize: maxFileSize)
    if paths.isEmpty { throw ValidationError("geef minstens één casusbestand of map op") }
  }

  static func validate(asOf: String?, maxFileSize: Int) throws {
    if let asOf, CivilDate(iso: asOf) == nil {
      throw ValidationError(
        "--peildatum '\(asOf)' is geen geldige datum; gebruik JJJJ-MM-DD, bijv. 2025-03-01")
    }
    if maxFileSize < 1 { throw ValidationError("--max-grootte moet positief zijn") }
    if maxFileSize > maxFileSizeLimit {
      throw ValidationError(
        "--max-grootte \(maxFileSize) is te groot; de grens is hoogstens \(maxFileSizeLimit) bytes (1 GiB)")
    }
  }

  /// The largest `--max-grootte`: 1 GiB, far above any real case file.
  static let maxFileSizeLimit = 1 << 30

  /// The peildatum: `--peildatum`, or today in the Netherlands.
  var peildatum: CivilDate { Self.peildatum(asOf) }

  /// The peildatum for a `--peildatum` value: the date, or today in the Netherlands. The only place
  /// the clock is read.
  static func peildatum(_ asOf: String?) -> CivilDate {
    if let asOf, let date = CivilDate(iso: asOf) { return date }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "Europe/Amsterdam") ?? .current
    let parts = calendar.dateComponents([.year, .month, .day], from: Date())
    return CivilDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
      ?? CivilDate(dayNumber: 0)
  }

  /// The case files, or exit 64 when a path does not exist; below folders, `excluding` (the
  /// run's own output) and every poortwachter output folder are skipped.
  func files(excluding: [String] = []) throws -> [String] {
    let found: [String]
    do {
      found = try CaseDiscovery.files(in: paths, excluding: excluding)
    } catch let error as PoortwachterError {
      Output.error(CommandWords.message(error))
      throw ExitCode(64)
    }
    // An empty selection is a wrong path, not a clean bill of health (a CI job must not pass on it).
    guard !found.isEmpty else {
      Output.error(
        "fout: geen casusbestanden (.yaml, .yml of .xml) gevonden in \(paths.joined(separator: ", "))")
      throw ExitCode(64)
    }
    return found
  }

  /// The workspace's loader for `files` (``CaseChecker/loader(for:maxFileSize:)``), telling how to
  /// raise the size limit in the command line's words; without the XML schema it ends with the
  /// templates' exit code.
  func loader(for files: [String]) throws -> CaseLoader {
    var loader: CaseLoader
    do {
      loader = try CaseChecker.loader(for: files, maxFileSize: maxFileSize)
    } catch let error as PoortwachterError {
      Output.error(CommandWords.message(error))
      throw ExitCode(OutputFolder.templatesExitCode)
    }
    loader.raiseLimit = CommandWords.raiseSizeLimit
    return loader
  }
}

/// Output format of `check`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case tekst, json
}

/// Writes to stdout and stderr.
enum Output {
  static func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }
}
