import Foundation
import PoortwachterCore

/// What `stat` says about a file that changes when its content may have changed: device, inode,
/// size, modification and status-change time (in nanoseconds). A case folder compares stamps to
/// decide which files to read again; an atomic save (a new inode) and `touch -d` (a new ctime)
/// change the stamp too.
struct FileStamp: Sendable, Equatable {
  let device: UInt64
  let inode: UInt64
  let size: Int64
  let modified: Int64
  let statusChanged: Int64

  /// The stamp of the file at `path` (following a link, as reading does), or `nil` when it has none.
  init?(path: String) {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    device = UInt64(status.st_dev)
    inode = UInt64(status.st_ino)
    size = Int64(status.st_size)
    #if canImport(Darwin)
      modified = Self.nanoseconds(status.st_mtimespec)
      statusChanged = Self.nanoseconds(status.st_ctimespec)
    #else
      modified = Self.nanoseconds(status.st_mtim)
      statusChanged = Self.nanoseconds(status.st_ctim)
    #endif
  }

  /// A stamp with these values (for tests).
  init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, statusChanged: Int64) {
    self.device = device
    self.inode = inode
    self.size = size
    self.modified = modified
    self.statusChanged = statusChanged
  }

  private static func nanoseconds(_ time: timespec) -> Int64 {
    Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec)
  }

  /// The wall clock in nanoseconds, as the file system stamps a change. Used only to tell whether
  /// a stamp can be trusted (``isSettled(readAt:window:)``), never for anything a user sees.
  static func now() -> Int64 {
    var time = timespec()
    clock_gettime(CLOCK_REALTIME, &time)
    return nanoseconds(time)
  }

  /// Whether a file with this stamp, read at `readAt`, cannot change again without a new stamp.
  /// A file system stamps with a coarse clock (a few milliseconds), so a second write just after
  /// a read, of the same size, may leave the stamp as it was; a file whose last change is less
  /// than `window` before its read is therefore read again next time (as git does with a
  /// "racily clean" entry).
  func isSettled(readAt: Int64, window: Int64) -> Bool {
    max(modified, statusChanged) < readAt - window
  }
}
