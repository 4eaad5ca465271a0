import Foundation

/// A file written piece by piece into a hidden temporary file (0600) and renamed into place only
/// when complete, so a reader never sees a half-written report.
public final class StreamingFile {
  private let path: String
  private let temporary: String
  private var handle: FileHandle?
  private var buffer = Data()
  /// Committed or discarded.
  private var settled = false

  /// Opens the temporary file next to `path`.
  public init(path: String) throws {
    self.path = path
    temporary = PathName.hiddenSibling(of: path, suffix: ".tmp-" + TemporaryName.next())
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw PoortwachterError.io(path: path, detail: "kan niet schrijven") }
    handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
  }

  /// Appends text (buffered).
  public func write(_ text: String) throws {
    buffer.append(contentsOf: text.utf8)
    if buffer.count > 1 << 16 { try flush() }
  }

  private func flush() throws {
    guard let handle else { return }
    do {
      try handle.write(contentsOf: buffer)
    } catch {
      throw PoortwachterError.io(path: path, detail: "schrijven mislukt")
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Appends the contents of another streaming file's finished temporary output.
  public func append(contentsOf other: StreamingFile) throws {
    try other.flush()
    try flush()
    try other.handle?.close()
    other.handle = nil
    guard let input = FileHandle(forReadingAtPath: other.temporary) else {
      throw PoortwachterError.io(path: path, detail: "tussenbestand onleesbaar")
    }
    defer { try? input.close() }
    while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
      try handle?.write(contentsOf: chunk)
    }
  }

  /// Completes the file: flushes and renames it into place.
  public func commit() throws {
    do {
      try flush()
      try handle?.close()
      handle = nil
    } catch {
      discard()
      throw PoortwachterError.io(path: path, detail: "schrijven mislukt")
    }
    settled = true
    guard rename(temporary, path) == 0 else {
      unlink(temporary)
      throw PoortwachterError.io(path: path, detail: "kan niet plaatsen")
    }
  }

  /// A file that was never committed leaves nothing behind.
  deinit {
    if !settled { discard() }
  }

  /// Drops the temporary file.
  public func discard() {
    settled = true
    try? handle?.close()
    handle = nil
    unlink(temporary)
  }
}
