import Foundation
import PoortwachterCore
import PoortwachterOutput

/// What the originals of a folder's cases (`origineel:`) gave when they were last looked at, by
/// file and ``FileStamp``: the check of the file (``OriginalFiles/resolve(_:caseFile:)``, which
/// reads the whole file and starts `pdfinfo`) and its text (``OriginalReader``: `pdftotext`,
/// `pdfinfo`, OCR). A case judged again (its casus page, a save, a new peildatum) whose originals
/// did not change costs a `stat` per original instead of a second or more of OCR. An entry is
/// used only while its file keeps the stamp it had, and only when that stamp had settled when it
/// was read (see ``FileStamp/isSettled(readAt:window:)``). The texts are bounded by ``limit``
/// bytes; the oldest entries go first.
final class OriginalCache: @unchecked Sendable {
  private struct Entry {
    let stamp: FileStamp
    let readAt: Int64
    let resolved: Result<String, OriginalFiles.Problem>
    var content: OriginalContent?
    /// When it was stored (its place in ``order``).
    var serial = 0
  }

  /// The reader for originals not in the cache.
  let reader: OriginalReader
  /// How long before its read a file's last change must be for its stamp to be trusted (ns).
  let settleWindow: Int64
  /// The most bytes of original text kept.
  let limit: Int

  private let lock = NSLock()
  private var entries: [String: Entry] = [:]
  /// Keys with their serial, in the order they were stored; a key stored again has a newer place.
  private var order: [(path: String, serial: Int)] = []
  private var head = 0
  private var serial = 0
  private var bytes = 0

  /// A cache that reads with `reader`.
  init(reader: OriginalReader = OriginalReader(), settleWindow: Int64, limit: Int = 64 << 20) {
    self.reader = reader
    self.settleWindow = settleWindow
    self.limit = limit
  }

  /// The path an `origineel` value names (relative to the case file's folder), or `nil` for a value
  /// that ``OriginalFiles/resolve(_:caseFile:)`` refuses without looking at a file.
  static func path(of origineel: String, caseFile: String) -> String? {
    // Trimmed as `resolve` trims it.
    var slice = Substring(origineel)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    let value = String(slice)
    guard !value.isEmpty, !value.hasPrefix("/") else { return nil }
    let folder = (caseFile as NSString).deletingLastPathComponent
    return (folder.isEmpty ? "." : folder) + "/" + value
  }

  /// ``OriginalFiles/resolve(_:caseFile:)``, from the cache when the file has not changed.
  func resolve(_ origineel: String, caseFile: String) -> Result<String, OriginalFiles.Problem> {
    guard let path = Self.path(of: origineel, caseFile: caseFile), let stamp = FileStamp(path: path) else {
      return OriginalFiles.resolve(origineel, caseFile: caseFile)
    }
    if let entry = entry(path, stamp: stamp) { return entry.resolved }
    let readAt = FileStamp.now()
    let resolved = OriginalFiles.resolve(origineel, caseFile: caseFile)
    store(path, Entry(stamp: stamp, readAt: readAt, resolved: resolved, content: nil))
    return resolved
  }

  /// ``OriginalReader/contents(of:)``: what the originals of `loaded` say, each read only when it
  /// is not in the cache with its current stamp (the embedded signatures of a digital proof are
  /// read each time, with `pdfsig`).
  func contents(of loaded: LoadedCase) -> OriginalContents {
    var result: [String: OriginalContent] = [:]
    for link in loaded.originalLinks {
      let proof = link.digitalSignatures != nil
      guard result[link.origineel] == nil || (proof && result[link.origineel]?.signatures == nil),
        case .success(let real) = resolve(link.origineel, caseFile: loaded.file)
      else { continue }
      var read = result[link.origineel] ?? content(link.origineel, caseFile: loaded.file, real: real)
      if proof { read.signatures = reader.signatures(ofFile: real) }
      result[link.origineel] = read
    }
    return OriginalContents(result)
  }

  /// The content of one resolved original.
  private func content(_ origineel: String, caseFile: String, real: String) -> OriginalContent {
    guard let path = Self.path(of: origineel, caseFile: caseFile), let stamp = FileStamp(path: path) else {
      return reader.content(ofFile: real)
    }
    if let entry = entry(path, stamp: stamp), let content = entry.content { return content }
    let readAt = FileStamp.now()
    let content = reader.content(ofFile: real)
    store(
      path,
      Entry(
        stamp: stamp, readAt: readAt, resolved: OriginalFiles.resolve(origineel, caseFile: caseFile),
        content: content))
    return content
  }

  private func entry(_ path: String, stamp: FileStamp) -> Entry? {
    lock.lock()
    defer { lock.unlock() }
    guard let entry = entries[path], entry.stamp == stamp,
      stamp.isSettled(readAt: entry.readAt, window: settleWindow)
    else { return nil }
    return entry
  }

  private func store(_ path: String, _ entry: Entry) {
    lock.lock()
    defer { lock.unlock() }
    var entry = entry
    serial += 1
    entry.serial = serial
    if let old = entries[path] { bytes -= Self.size(old) }
    entries[path] = entry
    bytes += Self.size(entry)
    order.append((path, serial))
    // Drop the oldest entries until the texts fit; a place whose key was stored again is skipped.
    while bytes > limit, head < order.count {
      let (oldest, oldestSerial) = order[head]
      head += 1
      guard entries[oldest]?.serial == oldestSerial, let old = entries.removeValue(forKey: oldest) else {
        continue
      }
      bytes -= Self.size(old)
    }
    if head > 1024, head * 2 > order.count {
      order.removeFirst(head)
      head = 0
    }
  }

  private static func size(_ entry: Entry) -> Int {
    256 + (entry.content?.pages.reduce(0) { $0 + $1.text.utf8.count } ?? 0)
  }
}
