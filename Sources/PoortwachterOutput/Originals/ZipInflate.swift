import CZlib
import PoortwachterCore

/// The data of one zip entry, inflated with zlib and checked: exactly the size and the CRC-32 the
/// archive declares, or nothing (a damaged or lying entry is not read on).
enum ZipInflate {
  /// The inflated data of `entry` in the archive `bytes`; `nil` when it is not stored or deflated,
  /// when it inflates to another size than declared, or when its checksum differs.
  static func data(of entry: ZipDirectory.Entry, in bytes: [UInt8]) -> [UInt8]? {
    guard let stored = ZipDirectory.storedData(of: entry, in: bytes),
      entry.uncompressedSize <= UInt64(Int32.max)
    else { return nil }
    let size = Int(entry.uncompressedSize)
    let result: [UInt8]?
    switch entry.method {
    case 0: result = stored.count == size ? Array(stored) : nil
    case 8: result = inflate(stored, size: size)
    default: result = nil
    }
    guard let result, checksum(result) == entry.crc32 else { return nil }
    return result
  }

  /// Raw deflate data (no zlib header) inflated to exactly `size` bytes.
  static func inflate(_ input: ArraySlice<UInt8>, size: Int) -> [UInt8]? {
    var stream = z_stream()
    guard inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
      return nil
    }
    defer { inflateEnd(&stream) }
    // One byte more than declared: an entry that inflates to more is refused, not cut.
    var output = [UInt8](repeating: 0, count: size + 1)
    let status: Int32 =
      input.withContiguousStorageIfAvailable { source in
        output.withUnsafeMutableBufferPointer { target in
          stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
          stream.avail_in = uInt(source.count)
          stream.next_out = target.baseAddress
          stream.avail_out = uInt(target.count)
          return CZlib.inflate(&stream, Z_FINISH)
        }
      } ?? Z_DATA_ERROR
    guard status == Z_STREAM_END, Int(stream.total_out) == size else { return nil }
    output.removeLast()
    return output
  }

  /// The CRC-32 of `data`.
  static func checksum(_ data: [UInt8]) -> UInt32 {
    data.withUnsafeBufferPointer { buffer in
      UInt32(crc32(0, buffer.baseAddress, uInt(buffer.count)))
    }
  }
}
