import Foundation
import PoortwachterCore

/// A zip archive built in memory with stored (uncompressed) entries: what a front end offers for
/// download, such as a case's UWV pack. PDFs, JPEGs and Word documents are compressed already,
/// so storing costs little and needs no compression library. Deterministic: entries in the order
/// added, every entry dated with the date given (no clock is read), names in UTF-8.
public struct ZipArchive: Sendable {
  /// The most an archive may hold: the 32-bit sizes and offsets of a zip without zip64.
  public static let maxBytes = Int(UInt32.max) - 1
  /// The most entries: the 16-bit count of a zip without zip64.
  public static let maxEntries = Int(UInt16.max) - 1

  private var data: [UInt8] = []
  private var directory: [UInt8] = []
  private var count = 0
  private let dosDate: UInt16

  /// An empty archive whose entries are dated `date` (00:00).
  public init(date: CivilDate) {
    let year = min(max(date.year, 1980), 2107)
    dosDate = UInt16((year - 1980) << 9 | date.month << 5 | date.day)
  }

  /// Why an entry could not be added.
  public enum Problem: Error, Equatable {
    /// The archive would pass the limits of a zip without zip64.
    case tooLarge
    /// The name is empty, absolute, or has a `..` component.
    case unsafeName(String)
  }

  /// Adds a file `name` (a relative path with `/`) holding `bytes`.
  public mutating func add(_ name: String, _ bytes: [UInt8]) throws(Problem) {
    let components = name.split(separator: "/", omittingEmptySubsequences: false)
    guard !name.isEmpty, !name.hasPrefix("/"),
      !components.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." })
    else { throw .unsafeName(name) }
    let nameBytes = Array(name.utf8)
    let offset = data.count
    guard count < Self.maxEntries, nameBytes.count <= Int(UInt16.max),
      offset + 30 + nameBytes.count + bytes.count + directory.count + 46 + nameBytes.count + 22
        <= Self.maxBytes
    else { throw .tooLarge }
    let crc = CRC32.checksum(bytes)
    // Version 2.0, flag 0x0800 (UTF-8 names), method 0 (stored), time 00:00, the date, CRC, sizes.
    let common =
      le16(20) + le16(0x0800) + le16(0) + le16(0) + le16(dosDate) + le32(crc) + le32(bytes.count)
      + le32(bytes.count) + le16(nameBytes.count)
    data += le32(0x0403_4B50) + common + le16(0) + nameBytes + bytes
    // Made by Unix (3) version 2.0; no extra, no comment, disk 0, no internal attributes, external
    // attributes: a regular file with mode 0600.
    directory +=
      le32(0x0201_4B50) + le16(0x0314) + common + le16(0) + le16(0) + le16(0) + le16(0)
      + le32(0o100600 << 16) + le32(offset) + nameBytes
    count += 1
  }

  /// Adds every regular file under `folder` (not following links, hidden files left out), sorted
  /// by path, named `prefix/` + its path inside `folder`.
  public mutating func addFolder(_ folder: String, as prefix: String) throws {
    let manager = FileManager.default
    guard let names = manager.subpaths(atPath: folder) else {
      throw PoortwachterError.io(path: folder, detail: "map kan niet gelezen worden")
    }
    for name in names.sorted() where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
      let path = folder + "/" + name
      var status = stat()
      guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
      guard let contents = manager.contents(atPath: path) else {
        throw PoortwachterError.io(path: path, detail: "kan niet lezen (\(SystemError.current))")
      }
      do {
        try add(prefix.isEmpty ? name : prefix + "/" + name, [UInt8](contents))
      } catch {
        throw PoortwachterError.io(path: folder, detail: "te groot voor een zip-archief")
      }
    }
  }

  /// The archive's bytes: the entries, the central directory and its end record.
  public var bytes: [UInt8] {
    data + directory + le32(0x0605_4B50) + le16(0) + le16(0) + le16(count) + le16(count)
      + le32(directory.count) + le32(data.count) + le16(0)
  }

  private func le16<T: BinaryInteger>(_ value: T) -> [UInt8] {
    let number = Int(truncatingIfNeeded: value)
    return [UInt8(number & 0xFF), UInt8(number >> 8 & 0xFF)]
  }

  private func le32<T: BinaryInteger>(_ value: T) -> [UInt8] {
    let number = UInt32(truncatingIfNeeded: value)
    return [UInt8(number & 0xFF), UInt8(number >> 8 & 0xFF), UInt8(number >> 16 & 0xFF), UInt8(number >> 24)]
  }
}
