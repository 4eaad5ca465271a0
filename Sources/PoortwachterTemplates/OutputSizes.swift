import Foundation

/// The largest output each template of a library has rendered so far, so that the next render
/// reserves its buffer once instead of growing (and copying) it several times.
final class OutputSizes: @unchecked Sendable {
  private let lock = NSLock()
  private var largest: [String: Int] = [:]

  /// The capacity to reserve for a render of `template`: a little more than its largest output so
  /// far, at least 16 KiB and at most 8 MiB.
  func capacity(for template: String) -> Int {
    let seen = lock.withLock { largest[template] ?? 0 }
    return min(max(16_384, seen + seen / 8), 8 << 20)
  }

  /// Records that a render of `template` made `size` bytes.
  func record(_ size: Int, for template: String) {
    lock.withLock { largest[template] = max(largest[template] ?? 0, size) }
  }
}
