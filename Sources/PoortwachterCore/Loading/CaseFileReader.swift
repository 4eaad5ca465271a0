import Foundation

/// Reads a case file from disk in one pass: one `stat`, one `open`, reads into a buffer sized from
/// the file's size until the end, one `close`.
///
/// The `stat` comes first so that a folder, pipe, socket or device named `.yaml` is refused
/// without being opened (opening some devices has effects of its own). The file is still opened
/// non-blocking and without becoming a controlling terminal, for the case that the name is
/// replaced between the two calls; whatever is read then is cut off at the size limit.
package enum CaseFileReader {
  /// Why a file could not be read.
  package enum Failure: Error, Equatable {
    /// `stat`, `open` or `read` failed with this `errno`.
    case unreadable(Int32)
    /// A folder, pipe, socket or device.
    case notRegular
    /// Larger than the limit: the size `stat` gave, or `nil` when the file grew while being read.
    case tooBig(Int?)

    /// The diagnostic code.
    var code: String {
      if case .tooBig = self { return "invoer.te-groot" }
      return "invoer.onleesbaar"
    }

    /// The Dutch message, for a loader with size limit `limit`; `raiseLimit` is how the front end
    /// says the limit can be raised (the command line names its option), if it can.
    package func message(limit: Int, raiseLimit: String?) -> String {
      switch self {
      case .unreadable(let code): return "het bestand kan niet gelezen worden (\(SystemError.text(code)))"
      case .notRegular: return "dit is geen gewoon bestand (een map, pipe of apparaat); geef een casusbestand"
      case .tooBig(let size?):
        return "het bestand is \(size) bytes, meer dan de grens van \(limit) bytes; splits het"
          + (raiseLimit.map { " of \($0)" } ?? "")
      case .tooBig(nil): return "het bestand is groter dan de grens van \(limit) bytes"
      }
    }
  }

  /// The bytes of the regular file at `path`, at most `maxSize` of them.
  package static func read(_ path: String, maxSize: Int) -> Result<[UInt8], Failure> {
    var status = stat()
    guard stat(path, &status) == 0 else { return .failure(.unreadable(errno)) }
    guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
    let size = Int(status.st_size)
    if size > maxSize { return .failure(.tooBig(size)) }
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    guard descriptor >= 0 else {
      // Replaced by a socket since the stat: a socket cannot be opened at all (ENXIO).
      return .failure(errno == ENXIO ? .notRegular : .unreadable(errno))
    }
    defer { close(descriptor) }
    // One byte more than the size, so the read that finds the end needs no second buffer, and a
    // file that grew since the stat is noticed.
    var bytes = [UInt8](repeating: 0, count: size < maxSize ? size + 1 : size)
    var count = 0
    while true {
      if count == bytes.count {
        if count > maxSize { return .failure(.tooBig(nil)) }
        // `count <= maxSize` here, so neither this nor the `+ 1` can overflow, also for a limit
        // of `Int.max`.
        bytes.append(contentsOf: repeatElement(0, count: min(max(count, 4096), maxSize - count) + 1))
      }
      let got = bytes.withUnsafeMutableBytes { buffer -> Int in
        guard let base = buffer.baseAddress else { return 0 }
        return Foundation.read(descriptor, base + count, buffer.count - count)
      }
      if got == 0 { break }
      if got < 0 {
        if errno == EINTR { continue }
        return .failure(.unreadable(errno))
      }
      count += got
    }
    if count > maxSize { return .failure(.tooBig(nil)) }
    bytes.removeSubrange(count...)
    return .success(bytes)
  }
}
