import Foundation
import PoortwachterCore

/// Writes files so that readers see the old file or the complete new one, never half of it:
/// a temporary file in the same folder, created owner-readable only (0600), then renamed.
public enum AtomicFile {
  /// Writes `text` to `path` atomically with mode 0600.
  ///
  /// Use ``StreamingFile`` for output that is produced piece by piece.
  public static func write(_ text: String, to path: String) throws {
    try place(try writeTemporary(text, for: path), at: path)
  }

  /// Writes `text` to a new temporary file next to `path` (skipping names that are taken) and
  /// returns its name; errors name `path`.
  static func writeTemporary(_ text: String, for path: String) throws -> String {
    let temporary = try createTemporary(for: path)
    var text = text
    try text.withUTF8 { buffer in
      guard writeAll(UnsafeRawBufferPointer(buffer), to: temporary.descriptor) else {
        let detail = errnoText()
        unlink(temporary.path)
        throw PoortwachterError.io(path: path, detail: "schrijven mislukt (\(detail))")
      }
    }
    return temporary.path
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
    guard writeAll(buffer, to: descriptor) else {
      let detail = errnoText()
      unlink(path)
      throw PoortwachterError.io(path: path, detail: "schrijven mislukt (\(detail))")
    }
  }

  /// Writes all of `buffer` to the new file `descriptor` and closes it; `false` (with `errno` set)
  /// when a write fails.
  private static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) -> Bool {
    var offset = 0
    while offset < buffer.count, let base = buffer.baseAddress {
      let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
      if written <= 0 {
        let code = written == 0 ? EIO : errno
        close(descriptor)
        errno = code
        return false
      }
      offset += written
    }
    // No fsync: a rename makes the file appear whole or not at all, which is what a crash of this
    // process needs; an fsync per file would cost more than the whole render in a batch.
    close(descriptor)
    return true
  }

  /// Copies a file atomically (temporary copy next to the target, then rename), mode 0600.
  public static func copy(from source: String, to path: String) throws {
    guard let input = FileHandle(forReadingAtPath: source) else {
      throw PoortwachterError.io(path: source, detail: "kan niet lezen (\(errnoText()))")
    }
    defer { try? input.close() }
    let temporary = try createTemporary(for: path)
    let output = FileHandle(fileDescriptor: temporary.descriptor, closeOnDealloc: true)
    do {
      while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
        try output.write(contentsOf: chunk)
      }
      try output.close()
    } catch {
      try? output.close()
      unlink(temporary.path)
      let detail = SystemError.describe(error, fallback: "onbekende fout")
      throw PoortwachterError.io(path: path, detail: "schrijven mislukt (\(detail))")
    }
    try place(temporary.path, at: path)
  }

  /// Renames the complete temporary file into place, or removes it.
  private static func place(_ temporary: String, at path: String) throws {
    guard rename(temporary, path) == 0 else {
      let detail = errnoText()
      unlink(temporary)
      throw PoortwachterError.io(path: path, detail: "kan niet plaatsen (\(detail))")
    }
  }

  /// How many names a new temporary file tries before giving up; names are taken only by
  /// improbable collisions.
  package static let attempts = 100

  /// Opens a new temporary file (0600) next to `path` under a fresh ``TemporaryName``: its name,
  /// its descriptor (`-1` when the open failed) and the open's `errno` (`0` when it succeeded).
  static func newTemporary(for path: String) -> (path: String, descriptor: Int32, code: Int32) {
    let temporary = PathName.hiddenSibling(
      of: path, suffix: OutputRecovery.temporaryMarker + TemporaryName.next())
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    return (temporary, descriptor, descriptor >= 0 ? 0 : errno)
  }

  /// A new temporary file next to `path`, skipping names that are taken; errors name `path`.
  private static func createTemporary(for path: String) throws -> (path: String, descriptor: Int32) {
    var attempt = newTemporary(for: path)
    for _ in 1..<attempts where attempt.code == EEXIST { attempt = newTemporary(for: path) }
    guard attempt.descriptor >= 0 else {
      throw PoortwachterError.io(path: path, detail: "kan niet schrijven (\(SystemError.text(attempt.code)))")
    }
    return (attempt.path, attempt.descriptor)
  }

  /// Creates a folder owner-only (0700), with its parents (also 0700). The error names the folder
  /// that could not be made and the system's own reason (a parent that may not be written is
  /// "geen toestemming", not "bestaat niet").
  public static func makeFolder(_ path: String) throws {
    // The common case, a folder whose parent exists, in one call.
    if mkdir(path, 0o700) == 0 { return }
    var code = errno
    if code == ENOENT {
      let (parent, _) = PathName.split(path)
      if !parent.isEmpty && parent != path {
        try makeFolder(parent)
        if mkdir(path, 0o700) == 0 { return }
        code = errno
      }
    }
    var status = stat()
    if code == EEXIST {
      if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { return }
      throw PoortwachterError.io(
        path: path, detail: "map kan niet gemaakt worden (er staat al een bestand met die naam)")
    }
    throw PoortwachterError.io(path: path, detail: "map kan niet gemaakt worden (\(SystemError.text(code)))")
  }

  static func errnoText() -> String { SystemError.current }
}
