import Foundation
import PoortwachterCore

/// Swaps two directory entries in one step, so a reader sees either the old or the new entry
/// under each name at every instant; and renames only when the new name is free, in one step
/// without looking first.
///
/// On Linux this is `renameat2(..., RENAME_EXCHANGE)` (and `RENAME_NOREPLACE`), looked up in the C library at run time (it
/// is not visible to Swift without `_GNU_SOURCE`); on Apple platforms `renamex_np(..., RENAME_SWAP)` (and `RENAME_EXCL`).
/// Where neither works (an old C library, a file system without support) ``exchange(_:_:)``
/// returns `false` and the caller falls back to two renames, whose leftovers the next run repairs
/// (``OutputRecovery``).
enum FolderExchange {
  #if os(Linux)
    private typealias RenameAt2 =
      @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's `renameat2`, when the C library has it (glibc 2.28 and later).
    private static let renameAt2: RenameAt2? = {
      guard let symbol = dlsym(nil, "renameat2") else { return nil }
      return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// `RENAME_NOREPLACE` and `RENAME_EXCHANGE` from `<linux/fs.h>`.
    private static let renameNoReplace: UInt32 = 1 << 0
    private static let renameExchange: UInt32 = 1 << 1
  #endif

  /// Renames `source` to `target` only when `target` does not exist. Returns `false`, with `errno`
  /// set, when it did not happen: `EEXIST` when `target` exists, ``isUnsupported(_:)`` when the
  /// system cannot rename this way (the caller must then look before it renames).
  static func renameIfFree(_ source: String, _ target: String) -> Bool {
    #if os(Linux)
      return rename(source, target, flags: renameNoReplace)
    #elseif canImport(Darwin)
      return rename(source, target, flags: UInt32(RENAME_EXCL))
    #else
      return rename(source, target, flags: 0)
    #endif
  }

  /// Swaps the entries `first` and `second` (both must exist). Returns `false`, with `errno` set,
  /// when the swap did not happen; `errno` is `ENOSYS` when the system cannot swap at all.
  static func exchange(_ first: String, _ second: String) -> Bool {
    #if os(Linux)
      return rename(first, second, flags: renameExchange)
    #elseif canImport(Darwin)
      return rename(first, second, flags: UInt32(RENAME_SWAP))
    #else
      return rename(first, second, flags: 0)
    #endif
  }

  /// `renameat2` (Linux) or `renamex_np` (macOS) with `flags`; `false` with `errno` `ENOSYS` where
  /// the system has neither.
  private static func rename(_ source: String, _ target: String, flags: UInt32) -> Bool {
    #if os(Linux)
      guard let renameAt2 else {
        errno = ENOSYS
        return false
      }
      return renameAt2(AT_FDCWD, source, AT_FDCWD, target, flags) == 0
    #elseif canImport(Darwin)
      return renamex_np(source, target, flags) == 0
    #else
      errno = ENOSYS
      return false
    #endif
  }

  /// Whether a failed ``exchange(_:_:)`` means "not supported here" rather than a real error.
  static func isUnsupported(_ code: Int32) -> Bool {
    code == ENOSYS || code == EINVAL || code == ENOTSUP || code == EOPNOTSUPP
  }
}
