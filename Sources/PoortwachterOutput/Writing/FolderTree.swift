import Foundation
import PoortwachterCore

/// Folder trees in the output folder, handled with plain system calls (`openat`, `readdir`,
/// `unlinkat`, `linkat`): no FileManager on the per-case path, which stats every entry, reads
/// extended attributes and looks up owner names. Links are never followed: a symbolic link inside
/// a tree is removed or skipped as a link, never the thing it points to. Names are handled as the
/// bytes the folder holds, so a name that is not UTF-8 is removed like any other.
enum FolderTree {
  /// One folder entry: its name (NUL-terminated, as the system gave it) and its type, `nil` when
  /// the file system does not say.
  private typealias Entry = (name: [CChar], type: UInt8?)

  private static let folderFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC

  /// Removes the folder `path` and everything in it; `true` when it is gone. `likely` are names
  /// of files that are probably all it holds, such as the files of the dossier that replaced it:
  /// they are unlinked by name first, so a folder holding just those goes in one call per file and
  /// one `rmdir`, without being read. Whatever else is there is found by reading the folder.
  ///
  /// The folder is opened once without following links, and every entry is removed relative to
  /// that open folder: when `path` is (or has meanwhile become) a symbolic link or no folder,
  /// nothing is removed and the answer is `false`.
  @discardableResult
  static func remove(_ path: String, likely: [String] = []) -> Bool {
    let descriptor = open(path, folderFlags)
    guard descriptor >= 0 else { return errno == ENOENT }
    var closed = false
    defer { if !closed { close(descriptor) } }
    for name in likely where !name.isEmpty && !name.contains("/") { unlinkat(descriptor, name, 0) }
    if rmdir(path) == 0 || errno == ENOENT { return true }
    guard errno == ENOTEMPTY || errno == EEXIST else { return false }
    closed = true
    guard empty(descriptor) else { return false }
    return rmdir(path) == 0
  }

  /// Removes everything inside the open folder `descriptor`, and closes it.
  private static func empty(_ descriptor: Int32) -> Bool {
    withEntries(of: descriptor) { entries in
      var ok = true
      for entry in entries {
        if entry.type != UInt8(DT_DIR), unlinkat(descriptor, entry.name, 0) == 0 { continue }
        // A folder, or an entry of unknown type that would not unlink: empty it, then remove it.
        let inner = openat(descriptor, entry.name, folderFlags)
        if inner < 0 || !empty(inner) || unlinkat(descriptor, entry.name, AT_REMOVEDIR) != 0 { ok = false }
      }
      return ok
    } ?? false
  }

  /// Hard-links every regular file under `source` into the new folder `target` (0700), with the
  /// same subfolders; other entries (links, pipes) are skipped. Throws naming `source` when a
  /// link or folder cannot be made.
  static func linkCopy(from source: String, to target: String) throws {
    guard mkdir(target, 0o700) == 0 else { throw failure(source) }
    let from = open(source, folderFlags), to = open(target, folderFlags)
    defer { if to >= 0 { close(to) } }
    guard from >= 0, to >= 0 else {
      if from >= 0 { close(from) }
      throw failure(source)
    }
    guard try linkEntries(from, into: to) else { throw failure(source) }
  }

  /// Links the entries of the open folder `from` (closed afterwards) into the open folder `to`.
  private static func linkEntries(_ from: Int32, into to: Int32) throws -> Bool {
    try withEntries(of: from) { entries in
      for entry in entries {
        var type = entry.type
        if type == nil || type == UInt8(DT_UNKNOWN) {
          var status = stat()
          guard fstatat(from, entry.name, &status, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
          let mode = status.st_mode & S_IFMT
          type = mode == S_IFDIR ? UInt8(DT_DIR) : mode == S_IFREG ? UInt8(DT_REG) : nil
        }
        if type == UInt8(DT_REG) {
          guard linkat(from, entry.name, to, entry.name, 0) == 0 else { return false }
        } else if type == UInt8(DT_DIR) {
          guard mkdirat(to, entry.name, 0o700) == 0 else { return false }
          let innerFrom = openat(from, entry.name, folderFlags)
          let innerTo = openat(to, entry.name, folderFlags)
          defer { if innerTo >= 0 { close(innerTo) } }
          guard innerFrom >= 0, innerTo >= 0 else {
            if innerFrom >= 0 { close(innerFrom) }
            return false
          }
          guard try linkEntries(innerFrom, into: innerTo) else { return false }
        }
      }
      return true
    } ?? false
  }

  private static func failure(_ path: String) -> PoortwachterError {
    .io(path: path, detail: "kan niet behouden (\(SystemError.current))")
  }

  /// Reads the entries of the open folder `descriptor` (without `.` and `..`), hands them to
  /// `body` while the folder is still open, then closes it. `nil` when it cannot be read.
  private static func withEntries<T>(of descriptor: Int32, _ body: ([Entry]) throws -> T) rethrows -> T? {
    guard let folder = fdopendir(descriptor) else {
      close(descriptor)
      return nil
    }
    defer { closedir(folder) }
    var entries: [Entry] = []
    while let entry = readdir(folder) {
      var name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        raw.prefix { $0 != 0 }.map { CChar(bitPattern: $0) }
      }
      if name == [0x2E] || name == [0x2E, 0x2E] { continue }
      name.append(0)
      let type = entry.pointee.d_type
      entries.append((name, type == UInt8(DT_UNKNOWN) ? nil : type))
    }
    return try body(entries)
  }
}
