import PoortwachterCore
import PoortwachterOutput

/// A case file as read for editing: its text and the hash of its bytes, which a later save
/// compares with the file on disk to notice a change made in the meantime.
public struct CaseFileSnapshot: Sendable, Equatable {
  /// The file's path.
  public let path: String
  /// Its text.
  public let text: String
  /// SHA-256 of its bytes, as 64 lower-case hex digits.
  public let contentHash: String
  /// The bytes as read, which the history keeps exactly (also when they are no valid UTF-8).
  let bytes: [UInt8]

  /// A snapshot of `bytes` read from `path`.
  init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    text = String(decoding: bytes, as: UTF8.self)
    contentHash = SHA256.hex(bytes)
  }

  /// The hash a save of `text` compares with: the same as a snapshot of the file holding it.
  public static func contentHash(of text: String) -> String { SHA256.hex(Array(text.utf8)) }
}

/// A previous version of a case file, kept by a save under
/// `.poortwachter/geschiedenis/<kenmerk>/<tijdstempel>.yaml` in the case file's folder.
public struct CaseHistoryVersion: Sendable, Equatable {
  /// The path of the kept file.
  public let path: String
  /// The timestamp the save that kept it was given (the file name without `.yaml`).
  public let timestamp: String
}

/// What a successful save did.
public struct CaseSaveResult: Sendable, Equatable {
  /// The file as it is now on disk (the hash to base the next save on).
  public let saved: CaseFileSnapshot
  /// The version the save replaced, kept in the history; `nil` when the text was unchanged and
  /// nothing was written.
  public let previousVersion: CaseHistoryVersion?
}

/// Why a save wrote nothing.
public enum CaseSaveFailure: Error, Sendable, Equatable {
  /// Only YAML case files are saved by the editor.
  case notYAML(file: String)
  /// The file changed on disk since it was read; here is the version now on disk.
  case changedOnDisk(CaseFileSnapshot)
  /// The new text would make the case unreadable; the loader's diagnostics say why.
  case wouldBeUnreadable([Diagnostic])
  /// The timestamp cannot be a file name (`A-Z a-z 0-9 . _ -`, not starting with `.` or `-`).
  case invalidTimestamp(String)
  /// There is no earlier version to go back to.
  case noHistory(file: String)
  /// Reading or writing failed.
  case io(String)

  /// The Dutch explanation, with what to do.
  public var message: String {
    switch self {
    case .notYAML(let file):
      return "\(file): fout: alleen YAML is bewerkbaar; dit bestand is niet opgeslagen"
    case .changedOnDisk(let current):
      return
        "\(current.path): fout: het bestand is gewijzigd sinds het geopend werd; er is niets opgeslagen. "
        + "Open de nieuwe versie en breng de wijziging opnieuw aan"
    case .wouldBeUnreadable(let diagnostics):
      let lines = diagnostics.prefix(5).map(\.formatted).joined(separator: "\n")
      return "de wijziging maakt de casus onleesbaar; er is niets opgeslagen. Herstel eerst:\n" + lines
    case .invalidTimestamp(let timestamp):
      return
        "tijdstempel '\(timestamp)' kan geen bestandsnaam zijn; gebruik alleen letters, cijfers, '.', '_' en '-'"
    case .noHistory(let file):
      return "\(file): fout: er is geen eerdere versie bewaard om naar terug te gaan"
    case .io(let message):
      return message
    }
  }
}
