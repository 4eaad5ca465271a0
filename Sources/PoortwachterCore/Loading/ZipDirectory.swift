/// The central directory of a zip archive, read from the bytes without inflating anything: the
/// names and the sizes each entry declares. Enough to tell a Word document from a plain zip, a
/// truncated file or a zip bomb before the pack copies it; and where each entry's data lies, for
/// the text check of a Word document (PoortwachterOutput's `DocxTextReader` inflates it).
package struct ZipDirectory {
  /// One entry as the central directory lists it.
  package struct Entry: Equatable {
    package let name: String
    package let compressedSize: UInt64
    package let uncompressedSize: UInt64
    /// The compression method: 0 stored, 8 deflated.
    package var method: UInt16 = 0
    /// The CRC-32 of the inflated data.
    package var crc32: UInt32 = 0
    /// The offset of the entry's local header in the archive.
    package var localOffset: Int = 0
  }

  /// The entries, in directory order.
  package let entries: [Entry]

  /// The sum of the sizes the entries declare once inflated.
  var totalUncompressedSize: UInt64 { entries.reduce(0) { $0 + $1.uncompressedSize } }

  /// Why the bytes are not a zip archive this reader accepts.
  package enum Problem: Error, Equatable {
    /// No end-of-central-directory record: truncated, or not a zip at all.
    case noDirectory
    /// The directory points outside the file or its records are cut short.
    case damaged
    /// A zip64 archive or one split over several disks (a Word document of at most 10 MB is neither).
    case unsupported
  }

  private static let endSignature: UInt32 = 0x0605_4B50
  private static let entrySignature: UInt32 = 0x0201_4B50
  private static let localSignature: UInt32 = 0x0403_4B50

  /// Reads the central directory of `bytes`.
  package init(_ bytes: [UInt8]) throws(Problem) {
    // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
    let minimum = 22
    guard bytes.count >= minimum else { throw .noDirectory }
    var end: Int?
    var position = bytes.count - minimum
    let lowest = max(0, bytes.count - minimum - 65_535)
    while position >= lowest {
      if Self.u32(bytes, position) == Self.endSignature,
        position + minimum + Int(Self.u16(bytes, position + 20)) == bytes.count
      {
        end = position
        break
      }
      position -= 1
    }
    guard let end else { throw .noDirectory }
    let disk = Self.u16(bytes, end + 4)
    let directoryDisk = Self.u16(bytes, end + 6)
    let countHere = Int(Self.u16(bytes, end + 8))
    let count = Int(Self.u16(bytes, end + 10))
    let size = Int(Self.u32(bytes, end + 12))
    let offset = Int(Self.u32(bytes, end + 16))
    guard disk == 0, directoryDisk == 0, countHere == count else { throw .unsupported }
    guard count != 0xFFFF, size != 0xFFFF_FFFF, offset != 0xFFFF_FFFF else { throw .unsupported }
    guard offset + size <= end else { throw .damaged }
    var entries: [Entry] = []
    entries.reserveCapacity(count)
    var cursor = offset
    for _ in 0..<count {
      guard cursor + 46 <= offset + size, Self.u32(bytes, cursor) == Self.entrySignature else {
        throw .damaged
      }
      let compressed = UInt64(Self.u32(bytes, cursor + 20))
      let uncompressed = UInt64(Self.u32(bytes, cursor + 24))
      let nameLength = Int(Self.u16(bytes, cursor + 28))
      let extraLength = Int(Self.u16(bytes, cursor + 30))
      let commentLength = Int(Self.u16(bytes, cursor + 32))
      let local = Int(Self.u32(bytes, cursor + 42))
      guard compressed != 0xFFFF_FFFF, uncompressed != 0xFFFF_FFFF, local != 0xFFFF_FFFF else {
        throw .unsupported
      }
      let next = cursor + 46 + nameLength + extraLength + commentLength
      guard next <= offset + size else { throw .damaged }
      // The entry's data must lie before the directory, behind a local header of its own.
      guard local + 30 <= offset, Self.u32(bytes, local) == Self.localSignature,
        local + 30 + Int(compressed) <= offset
      else { throw .damaged }
      let name = String(decoding: bytes[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self)
      entries.append(
        Entry(
          name: name, compressedSize: compressed, uncompressedSize: uncompressed,
          method: Self.u16(bytes, cursor + 10), crc32: Self.u32(bytes, cursor + 16), localOffset: local))
      cursor = next
    }
    self.entries = entries
  }

  /// The bytes `entry` holds in `bytes` as stored (compressed when its method is 8), found through
  /// its local header; `nil` when that header does not hold them.
  package static func storedData(of entry: Entry, in bytes: [UInt8]) -> ArraySlice<UInt8>? {
    let local = entry.localOffset
    guard local >= 0, local + 30 <= bytes.count, u32(bytes, local) == localSignature else { return nil }
    let start = local + 30 + Int(u16(bytes, local + 26)) + Int(u16(bytes, local + 28))
    let end = start + Int(entry.compressedSize)
    guard start <= end, end <= bytes.count else { return nil }
    return bytes[start..<end]
  }

  package static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
    guard at >= 0, at + 2 <= bytes.count else { return 0 }
    return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
  }

  package static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
    guard at >= 0, at + 4 <= bytes.count else { return 0 }
    return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16
      | UInt32(bytes[at + 3]) << 24
  }
}
