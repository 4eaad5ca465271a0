import Foundation
import PoortwachterCore

/// A file written piece by piece into a hidden temporary file (0600) and renamed into place only
/// when complete, so a reader never sees a half-written report.
public final class StreamingFile {
  private let path: String
  private let temporary: String
  private var handle: FileHandle?
  private var buffer = Data()
  /// Committed or discarded.
  private var settled = false

  /// Opens a new temporary file next to `path`; a name that is taken is skipped, never
  /// opened or removed.
  public init(path: String) throws {
    self.path = path
    var attempt = AtomicFile.newTemporary(for: path)
    for _ in 1..<AtomicFile.attempts where attempt.code == EEXIST {
      attempt = AtomicFile.newTemporary(for: path)
    }
    temporary = attempt.path
    guard attempt.descriptor >= 0 else {
      // Nothing was created: the deinit must not remove a file of that name.
      settled = true
      throw PoortwachterError.io(path: path, detail: "kan niet schrijven (\(SystemError.text(attempt.code)))")
    }
    handle = FileHandle(fileDescriptor: attempt.descriptor, closeOnDealloc: true)
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
      throw PoortwachterError.io(path: path, detail: "schrijven mislukt (\(Self.reason(error)))")
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
      if let error = error as? PoortwachterError { throw error }
      throw PoortwachterError.io(path: path, detail: "schrijven mislukt (\(Self.reason(error)))")
    }
    settled = true
    guard rename(temporary, path) == 0 else {
      let detail = SystemError.current
      unlink(temporary)
      throw PoortwachterError.io(path: path, detail: "kan niet plaatsen (\(detail))")
    }
  }

  /// A write or close error in Dutch.
  private static func reason(_ error: Error) -> String {
    SystemError.describe(error, fallback: "onbekende fout")
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
