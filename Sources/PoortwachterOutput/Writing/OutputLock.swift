import Foundation
import PoortwachterCore

/// An exclusive lock on an output folder, held for a whole run: `flock` on the hidden file
/// `.poortwachter.lock` inside it. A second run into the same folder stops (or waits), so two runs
/// never replace each other's dossiers halfway. The lock ends with the process, also on kill -9.
/// The lock file also marks the folder as a poortwachter output folder (``CaseDiscovery`` skips it).
public final class OutputLock: @unchecked Sendable {
  /// The name of the lock file inside the output folder.
  public static let fileName = ".poortwachter.lock"

  private var descriptor: Int32

  /// Creates the folder if needed (0700) and locks it. Without `wait`, throws
  /// ``PoortwachterError/outputBusy(_:)`` when another run holds the lock; with `wait`, calls
  /// `waiting` once and blocks until the other run ends.
  public init(folder: String, wait: Bool, waiting: () -> Void = {}) throws {
    try AtomicFile.makeFolder(folder)
    let path = folder + "/" + Self.fileName
    descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
    guard descriptor >= 0 else {
      // O_NOFOLLOW: a symbolic link in the lock file's place is never followed (it could make a
      // run create or lock a file elsewhere); Linux and macOS then say ELOOP.
      if errno == ELOOP {
        throw PoortwachterError.io(
          path: path,
          detail: "is een symbolische koppeling; het slotbestand van de uitvoermap moet een gewoon bestand "
            + "zijn (poortwachter volgt de koppeling niet): verwijder de koppeling")
      }
      throw PoortwachterError.io(path: path, detail: "kan niet vergrendelen (\(AtomicFile.errnoText()))")
    }
    if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return }
    let code = errno
    guard code == EWOULDBLOCK, wait else {
      close(descriptor)
      if code == EWOULDBLOCK { throw PoortwachterError.outputBusy(folder) }
      throw PoortwachterError.io(
        path: path, detail: "kan niet vergrendelen (\(SystemError.text(code)))")
    }
    waiting()
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else {
        close(descriptor)
        throw PoortwachterError.io(path: path, detail: "kan niet vergrendelen (\(AtomicFile.errnoText()))")
      }
    }
  }

  /// Releases the lock (closing the file releases it).
  deinit { close(descriptor) }
}
