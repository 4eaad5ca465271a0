import Foundation

/// Finds case files: files given directly, and every `.yaml`, `.yml` and `.xml` below given folders
/// (recursively, hidden entries skipped), sorted by path so runs are reproducible.
public enum CaseDiscovery {
  /// The case files for the given paths; throws ``PoortwachterError/pathNotFound(_:)`` for a path
  /// that does not exist.
  public static func files(in paths: [String]) throws -> [String] {
    var result: [String] = []
    let manager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw PoortwachterError.pathNotFound(path)
      }
      guard isDirectory.boolValue else {
        result.append(path)
        continue
      }
      var found: [String] = []
      let root = path.hasSuffix("/") ? String(path.dropLast()) : path
      if let enumerator = manager.enumerator(atPath: root) {
        while let relative = enumerator.nextObject() as? String {
          let name = (relative as NSString).lastPathComponent
          if name.hasPrefix(".") {
            enumerator.skipDescendants()
            continue
          }
          if CaseLoader.Syntax(path: relative) != nil { found.append(root + "/" + relative) }
        }
      }
      result += found.sorted()
    }
    var seen = Set<String>()
    return result.filter { seen.insert($0).inserted }
  }
}
