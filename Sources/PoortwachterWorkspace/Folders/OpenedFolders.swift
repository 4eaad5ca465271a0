import Foundation
import PoortwachterCore
import PoortwachterOutput

/// The folders a front end opened (`poortwachter serve map ...`), and the one check every file
/// access from a client goes through: only files inside them are read or written.
///
/// A client names a case by its opaque id (``caseID(for:)``), never by a path; a file it names
/// beside a case (an upload in `bijlagen/`) is a single plain name. ``resolve(_:in:)`` refuses
/// an empty name, an absolute path, `.` and `..`, a separator, a NUL byte and a hidden name, and
/// ``contains(_:)`` refuses a path whose symbolic links lead outside the folders.
public struct OpenedFolders: Sendable {
  /// Why a path was refused (the words say what the client tried; no file content).
  public enum Refusal: Error, Sendable, Equatable {
    /// The folder does not exist or is no folder.
    case notAFolder(String)
    /// The name is not one plain file name.
    case notAPlainName
    /// The path leads (through a symbolic link) outside the opened folders.
    case outside
  }

  /// The folders as given, in order.
  public let folders: [String]
  /// Each folder with its symbolic links resolved (absolute), same order.
  public let roots: [String]

  /// Opens `folders`; each must be an existing folder.
  public init(_ folders: [String]) throws(Refusal) {
    var roots: [String] = []
    for folder in folders {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue,
        let root = Self.realPath(folder)
      else {
        throw .notAFolder(folder)
      }
      roots.append(root)
    }
    self.folders = folders
    self.roots = roots
  }

  /// Whether `path` (an existing file or folder, or a new name in an existing folder) lies inside
  /// one of the folders once every symbolic link in it is resolved.
  public func contains(_ path: String) -> Bool {
    guard let resolved = Self.realPath(path) ?? Self.realPathOfNew(path) else { return false }
    return roots.contains { root in resolved == root || resolved.hasPrefix(root == "/" ? "/" : root + "/") }
  }

  /// `folder/name` for one plain file name a client sent, inside the opened folders.
  public func resolve(_ name: String, in folder: String) throws(Refusal) -> String {
    guard Self.isPlainName(name) else { throw .notAPlainName }
    let path = (folder.hasSuffix("/") ? folder : folder + "/") + name
    guard contains(path) else { throw .outside }
    return path
  }

  /// A case file from the folder index, checked again before it is read or written (it may have
  /// been replaced by a link to elsewhere since it was found).
  public func checked(_ path: String) throws(Refusal) -> String {
    guard contains(path) else { throw .outside }
    return path
  }

  /// Whether `name` is one plain, visible file name: not empty, no `/`, `\` or NUL, not `.` or
  /// `..`, not starting with `.`, at most 255 bytes.
  public static func isPlainName(_ name: String) -> Bool {
    !name.isEmpty && name.utf8.count <= 255 && !name.hasPrefix(".")
      && !name.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") || $0 == 0 }
  }

  /// The opaque id of a case file in URLs: 16 hex digits of the SHA-256 of its resolved path, the
  /// same on every start as long as the file stays where it is; never a path, never a BSN.
  public static func caseID(for path: String) -> String {
    String(SHA256.hex(Array((realPath(path) ?? path).utf8)).prefix(16))
  }

  /// Whether `id` has the form of a case id (16 lowercase hex digits), before any look-up.
  public static func isCaseID(_ id: some StringProtocol) -> Bool {
    id.utf8.count == 16 && id.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
  }

  /// The path with symbolic links resolved, or `nil` when it does not exist.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }

  /// For a name that does not exist yet: its folder resolved, plus the name; `nil` when something
  /// is there after all (a dangling symbolic link, which a write would follow to wherever it points).
  static func realPathOfNew(_ path: String) -> String? {
    var status = stat()
    guard lstat(path, &status) != 0 else { return nil }
    let (folder, name) = PathName.split(path)
    guard isPlainName(name), let base = realPath(folder.isEmpty ? "." : folder) else { return nil }
    return (base == "/" ? "" : base) + "/" + name
  }
}
