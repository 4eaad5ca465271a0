import Foundation

/// Writes files so that readers see the old file or the complete new one, never half of it:
/// a temporary file in the same folder, created owner-readable only (0600), then renamed.
public enum AtomicFile {
  /// Writes `text` to `path` atomically with mode 0600.
  ///
  /// Use ``StreamingFile`` for output that is produced piece by piece.
  public static func write(_ text: String, to path: String) throws {
    let temporary = PathName.hiddenSibling(of: path, suffix: ".tmp-" + TemporaryName.next())
    do {
      try writeNew(text, to: temporary)
    } catch {
      throw PoortwachterError.io(path: path, detail: "kan niet schrijven (\(errnoText()))")
    }
    guard rename(temporary, path) == 0 else {
      unlink(temporary)
      throw PoortwachterError.io(path: path, detail: "schrijven mislukt (\(errnoText()))")
    }
  }

  /// Creates a new file (mode 0600, failing if it exists) and writes `text` to it. On its own this
  /// is not atomic: use it for temporary files and inside a private staging folder whose rename is
  /// the atomic step.
  public static func writeNew(_ text: String, to path: String) throws {
    var text = text
    try text.withUTF8 { try writeNew(UnsafeRawBufferPointer($0), to: path) }
  }

  /// Creates a new file (mode 0600, failing if it exists) and writes `bytes` to it; see the text version.
  public static func writeNew(_ bytes: [UInt8], to path: String) throws {
    try bytes.withUnsafeBytes { try writeNew($0, to: path) }
  }

  private static func writeNew(_ buffer: UnsafeRawBufferPointer, to path: String) throws {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw PoortwachterError.io(path: path, detail: "kan niet schrijven (\(errnoText()))")
    }
    var ok = true
    var offset = 0
    while offset < buffer.count, let base = buffer.baseAddress {
      let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
      if written <= 0 {
        ok = false
        break
      }
      offset += written
    }
    // No fsync: a rename makes the file appear whole or not at all, which is what a crash of this
    // process needs; an fsync per file would cost more than the whole render in a batch.
    close(descriptor)
    guard ok else {
      unlink(path)
      throw PoortwachterError.io(path: path, detail: "schrijven mislukt (\(errnoText()))")
    }
  }

  /// Copies a file atomically (temporary copy next to the target, then rename), mode 0600.
  public static func copy(from source: String, to path: String) throws {
    let temporary = PathName.hiddenSibling(of: path, suffix: ".tmp-" + TemporaryName.next())
    do {
      try FileManager.default.copyItem(atPath: source, toPath: temporary)
      chmod(temporary, 0o600)
    } catch {
      throw PoortwachterError.io(path: path, detail: "kan niet schrijven")
    }
    guard rename(temporary, path) == 0 else {
      unlink(temporary)
      throw PoortwachterError.io(path: path, detail: "kan niet plaatsen (\(errnoText()))")
    }
  }

  /// Creates a folder owner-only (0700), with its parents.
  public static func makeFolder(_ path: String) throws {
    // The common case, a folder whose parent exists, without FileManager's attribute handling.
    if mkdir(path, 0o700) == 0 { return }
    var status = stat()
    if errno == EEXIST, stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return }
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    } catch {
      let reason =
        stat(path, &status) == 0 && status.st_mode & S_IFMT != S_IFDIR
        ? "er staat al een bestand met die naam" : SystemError.describe(error, fallback: SystemError.current)
      throw PoortwachterError.io(path: path, detail: "map kan niet gemaakt worden (\(reason))")
    }
  }

  static func errnoText() -> String { SystemError.current }
}
