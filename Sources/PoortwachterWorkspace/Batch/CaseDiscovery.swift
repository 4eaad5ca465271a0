import Foundation
import PoortwachterCore
import PoortwachterOutput

/// Finds case files: files given directly, and every `.yaml`, `.yml` and `.xml` below given folders
/// (recursively, hidden entries skipped), sorted by path so runs are reproducible.
///
/// Below a folder it never reads the tool's own output back as input: it skips the paths in
/// `excluding` (the run's output folder and reports), every poortwachter output folder (one with
/// a `.poortwachter.lock`, or with both `index.html` and `samenvatting.json` as older versions
/// left them) and JUnit reports. A folder given on the command line is always searched, also when
/// it is an output folder itself (`batch zaken --out zaken`); then only its subfolders, the
/// dossiers, are skipped. Files named directly are always taken.
public enum CaseDiscovery {
  /// The case files for the given paths; throws ``PoortwachterError/pathNotFound(_:)`` for a path
  /// that does not exist.
  public static func files(in paths: [String], excluding: [String] = []) throws -> [String] {
    var result: [String] = []
    let manager = FileManager.default
    let excluded = Set(excluding.map(canonical))
    // Resolving a path costs a system call per folder in it: only for names that could match.
    let excludedNames = Set(excluded.map { ($0 as NSString).lastPathComponent })
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw PoortwachterError.pathNotFound(path)
      }
      guard isDirectory.boolValue else {
        result.append(path)
        continue
      }
      let root = path.hasSuffix("/") ? String(path.dropLast()) : path
      // Subfolders of an output folder are dossiers. Deeper folders have a parent that was not
      // skipped, so that parent is no output folder.
      let rootIsOutput = isOutput(root, excluded: excluded)
      var found: [String] = []
      if let enumerator = manager.enumerator(atPath: root) {
        while let relative = enumerator.nextObject() as? String {
          let name = (relative as NSString).lastPathComponent
          if name.hasPrefix(".") {
            enumerator.skipDescendants()
            continue
          }
          let full = root + "/" + relative
          if CaseLoader.Syntax(path: relative) != nil {
            let isExcluded = excludedNames.contains(name) && excluded.contains(canonical(full))
            if !isExcluded, !isReport(full) { found.append(full) }
          } else if isFolder(full),
            (rootIsOutput && enumerator.level == 1) || isOutput(full, excluded: excluded)
          {
            enumerator.skipDescendants()
          }
        }
      }
      result += found.sorted()
    }
    var seen = Set<String>()
    return result.filter { seen.insert($0).inserted }
  }

  /// Whether `path` is a real folder (not a link to one). An `lstat`, not the enumerator's
  /// `fileAttributes`: those look up the owner's and group's names, opening `/etc/passwd` and
  /// `/etc/group` for every entry that is not a case file.
  private static func isFolder(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  /// Whether a folder is excluded or holds the output of a batch.
  static func isOutput(_ folder: String, excluded: Set<String>) -> Bool {
    if !excluded.isEmpty, excluded.contains(canonical(folder)) { return true }
    var status = stat()
    if lstat(folder + "/" + OutputLock.fileName, &status) == 0 { return true }
    return lstat(folder + "/index.html", &status) == 0 && lstat(folder + "/samenvatting.json", &status) == 0
  }

  /// Whether an XML file is a JUnit report (its root element is `testsuites`).
  static func isReport(_ file: String) -> Bool {
    guard CaseLoader.Syntax(path: file) == .xml, let handle = FileHandle(forReadingAtPath: file) else {
      return false
    }
    defer { try? handle.close() }
    guard let head = try? handle.read(upToCount: 512) else { return false }
    return String(decoding: head, as: UTF8.self).contains("<testsuites")
  }

  /// The absolute path with symbolic links resolved; for a file that does not exist yet, its
  /// folder's resolved path and its name.
  static func canonical(_ path: String) -> String {
    if let resolved = realpath(path, nil) {
      defer { free(resolved) }
      return String(cString: resolved)
    }
    let (folder, name) = PathName.split(path)
    guard let resolved = realpath(folder.isEmpty ? "." : folder, nil) else { return path }
    defer { free(resolved) }
    let base = String(cString: resolved)
    return (base == "/" ? "" : base) + "/" + name
  }
}
