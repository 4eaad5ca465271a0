import Foundation
import PoortwachterCore

/// The files a run writes outside its dossier folders (`index.html`, `samenvatting.json`, the
/// reports of `--report` and the calendar of `agenda --ics`), and the rule that keeps them from
/// replacing anything that is not theirs: such a file replaces only a file of its own kind that
/// poortwachter wrote, recognised by its content; never an input of the run (compared by device
/// and inode, so another name for the same file is caught too), never a file inside a dossier
/// folder of the output and never the output's own index or summary.
public enum OwnOutput {
  /// A kind of file a run writes, each recognisable by its content.
  public enum Kind: Sendable, CaseIterable {
    /// The output folder's `index.html` (ends with ``indexMarker``).
    case index
    /// `samenvatting.json`, or the copy of it that `--report json` writes.
    case summary
    /// The JUnit XML of `--report junit`.
    case junit
    /// The iCalendar file of `agenda --ics`.
    case calendar

    /// The Dutch name for messages.
    var title: String {
      switch self {
      case .index: return "index van poortwachter"
      case .summary: return "JSON-samenvatting van poortwachter"
      case .junit: return "JUnit-rapport van poortwachter"
      case .calendar: return "agenda van poortwachter"
      }
    }
  }

  /// The comment `index.html` ends with, whatever the templates: it marks the file as written by
  /// poortwachter.
  public static let indexMarker = "<!-- geschreven door poortwachter: index van de uitvoermap -->\n"

  /// The names a run writes in the root of its output folder.
  static let rootFiles = ["index.html", "samenvatting.json", OutputLock.fileName]

  /// How much of a file's start (or, for the index, its end) is read to recognise it.
  static let probeBytes = 16 << 10

  /// Throws (naming `path` and the reason, nothing written) unless `path` may receive a file of
  /// `kind`: it is no input of the run, not inside `outputFolder`'s dossier folders and not one
  /// of its own root files, and it is either free or a regular file of that kind by poortwachter.
  /// `ownRootFile` is set when `path` is itself one of the output folder's root files.
  public static func check(
    _ path: String, kind: Kind, inputs: Inputs, outputFolder: String? = nil, ownRootFile: Bool = false
  ) throws {
    if let outputFolder, !ownRootFile, let reason = insideOutput(path, outputFolder: outputFolder) {
      throw refusal(path, reason)
    }
    var status = stat()
    guard lstat(path, &status) == 0 else {
      // Free, or its folder is missing or no folder (making the output folder says why).
      if errno == ENOENT || errno == ENOTDIR { return }
      throw PoortwachterError.io(path: path, detail: "kan niet schrijven (\(SystemError.current))")
    }
    if let input = inputs.file(sameAs: path) {
      throw refusal(
        path,
        "is een invoerbestand van deze run" + (input == path ? "" : " (\(input))")
          + "; kies een ander bestand")
    }
    switch status.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw refusal(path, "is een map; geef een bestandsnaam")
    case S_IFLNK: throw refusal(path, "is een symbolische koppeling; geef het pad van een gewoon bestand")
    default: throw refusal(path, "is geen gewoon bestand")
    }
    guard recognises(file: path, as: kind) else {
      throw refusal(
        path,
        "bestaat al en is geen \(kind.title); poortwachter vervangt alleen een eigen bestand "
          + "(verplaats het bestand of kies een andere "
          + (ownRootFile ? "uitvoermap)" : "naam)"))
    }
  }

  private static func refusal(_ path: String, _ reason: String) -> PoortwachterError {
    .io(path: path, detail: reason + "; er is niets geschreven")
  }

  /// Why `path` lies in `outputFolder` where a report may not go, or `nil`: a root file of the
  /// output or anything below its dossier folders.
  static func insideOutput(_ path: String, outputFolder: String) -> String? {
    let target = resolved(path)
    let folder = resolved(outputFolder)
    let root = folder == "/" ? "/" : folder + "/"
    guard target.hasPrefix(root) else { return nil }
    let relative = target.dropFirst(root.count)
    if relative.contains("/") {
      return "ligt in een map binnen de uitvoermap \(outputFolder), waar de dossiers staan"
    }
    if rootFiles.contains(String(relative)) {
      return "is een eigen bestand van de uitvoermap \(outputFolder)"
    }
    return nil
  }

  /// The absolute path with symbolic links resolved as far as it exists (the output folder and
  /// its dossier folders may not exist yet).
  static func resolved(_ path: String) -> String {
    var existing = path
    var rest: [String] = []
    while !existing.isEmpty {
      if let real = realpath(existing, nil) {
        defer { free(real) }
        let base = String(cString: real)
        return ([base == "/" ? "" : base] + rest.reversed()).joined(separator: "/")
      }
      let (folder, name) = PathName.split(existing)
      if name != "." && !name.isEmpty { rest.append(name) }
      if folder == existing { break }
      existing = folder
    }
    let base = FileManager.default.currentDirectoryPath
    return ([base == "/" ? "" : base] + rest.reversed()).joined(separator: "/")
  }

  /// The input files of a run, looked up by device and inode. They are read (one `stat` each)
  /// only when a target exists, and then once for all targets.
  public final class Inputs {
    private let paths: [String]
    private lazy var identities: [FileIdentity: String] = {
      var result: [FileIdentity: String] = [:]
      var status = stat()
      for path in paths where stat(path, &status) == 0 {
        let identity = FileIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        if result[identity] == nil { result[identity] = path }
      }
      return result
    }()

    /// The inputs `paths`.
    public init(_ paths: [String]) { self.paths = paths }

    /// The input that is the same file as `path` (links followed), if any.
    func file(sameAs path: String) -> String? {
      var target = stat()
      guard !paths.isEmpty, stat(path, &target) == 0 else { return nil }
      return identities[FileIdentity(device: UInt64(target.st_dev), inode: UInt64(target.st_ino))]
    }
  }

  private struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64
  }

  /// Whether the regular file at `path` is a file of `kind` that poortwachter wrote.
  public static func recognises(file path: String, as kind: Kind) -> Bool {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return false }
    let size = Int(status.st_size)
    let offset = kind == .index ? max(0, size - probeBytes) : 0
    var bytes = [UInt8](repeating: 0, count: min(size, probeBytes))
    let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
    guard count >= 0 else { return false }
    return recognises(text: String(decoding: bytes.prefix(count), as: UTF8.self), as: kind)
  }

  /// Whether `text` (the start of a file, or for the index its end) is of `kind` by poortwachter.
  static func recognises(text: String, as kind: Kind) -> Bool {
    switch kind {
    case .index:
      // Older versions wrote no marker; their standard footer names the program.
      return text.hasSuffix(indexMarker) || text.contains("<p class=\"klein\">Gemaakt met poortwachter ")
    case .summary:
      // An array with one `check` object (keys sorted: `bestand` first) per line.
      return text.hasPrefix("[\n{\"bestand\":\"") && text.contains("\"peildatum\":\"")
    case .junit:
      return text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"poortwachter\"")
    case .calendar:
      return text.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//poortwachter//")
    }
  }
}
