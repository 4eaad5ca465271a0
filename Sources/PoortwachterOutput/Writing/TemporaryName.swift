import Foundation
import PoortwachterCore

/// The `<id>` in the names of staging folders (`.<kenmerk>.nieuw-<id>`), old dossiers moved aside
/// (`.<kenmerk>.oud-<id>`) and temporary files (`.<naam>.tmp-<id>`): `pw`, a random token of 16
/// lower-case hex digits drawn once per process, `-` and a counter of this process, as in
/// `pw3f9c0a17b2e4d856-12`.
///
/// The token is one `getrandom` call for the whole run (a UUID per dossier costs an open and read of
/// `/dev/urandom` each time), and it keeps the names of two processes apart also where the pid is
/// always the same (pid 1 in a container). The exact form is what ``OutputRecovery`` recognises as a
/// leftover, so a user's own hidden folder such as `.backup.oud-2024-11` is never taken for one. A
/// name that is taken anyway is skipped: the writers try the next one.
enum TemporaryName {
  /// The fixed start of every id.
  static let prefix = "pw"
  /// Hex digits in the token.
  static let tokenLength = 16
  /// This process's token, drawn at first use.
  static let token: String = {
    var generator = SystemRandomNumberGenerator()
    let bits = String(generator.next() as UInt64, radix: 16)
    return prefix + String(repeating: "0", count: tokenLength - bits.count) + bits
  }()
  private static let counter = Counter()

  /// A new id, `pw<token>-<n>`.
  static func next() -> String { "\(token)-\(counter.next())" }

  /// Whether `id` has the exact form of an id: `pw` + 16 lower-case hex digits + `-` + a counter
  /// (digits, no leading zero), or a UUID (the ids of earlier versions, whose leftovers are still
  /// recognised). Every other name, such as a date `2024-11`, is not an id.
  static func isID(_ id: Substring) -> Bool {
    let bytes = Array(id.utf8)
    if bytes.count == 36 { return isUUID(bytes) }
    let start = prefix.utf8.count, dash = start + tokenLength
    guard bytes.count > dash + 1, bytes.starts(with: prefix.utf8), bytes[dash] == UInt8(ascii: "-") else {
      return false
    }
    let counter = bytes[(dash + 1)...]
    return bytes[start..<dash].allSatisfy(isLowerHex) && counter.first != UInt8(ascii: "0")
      && counter.allSatisfy(isDigit)
  }

  /// `8-4-4-4-12` hex digits (either case), as `UUID().uuidString` wrote them.
  private static func isUUID(_ bytes: [UInt8]) -> Bool {
    let dashes: Set = [8, 13, 18, 23]
    return bytes.indices.allSatisfy { index in
      dashes.contains(index) ? bytes[index] == UInt8(ascii: "-") : isHex(bytes[index])
    }
  }

  private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  private static func isLowerHex(_ byte: UInt8) -> Bool { isDigit(byte) || (byte >= 0x61 && byte <= 0x66) }
  private static func isHex(_ byte: UInt8) -> Bool { isLowerHex(byte) || (byte >= 0x41 && byte <= 0x46) }

  /// A counter shared by all tasks of the process.
  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
      lock.withLock {
        value += 1
        return value
      }
    }
  }
}
