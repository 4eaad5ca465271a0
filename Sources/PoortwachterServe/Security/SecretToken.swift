/// A random secret of 32 bytes from the system's generator, written as 64 lowercase hex digits:
/// the access token of a server start, a session id, a CSRF token.
public struct SecretToken: Sendable, Hashable, CustomStringConvertible {
  /// The hex text.
  public let hex: String

  /// A new random token.
  public init() {
    var generator = SystemRandomNumberGenerator()
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Self.byteCount)
    for _ in 0..<Self.byteCount { bytes.append(UInt8.random(in: 0...255, using: &generator)) }
    hex = bytes.map { byte in
      let digits = Array("0123456789abcdef")
      return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0f)]])
    }.joined()
  }

  /// A token with a known text (tests).
  package init(hex: String) { self.hex = hex }

  /// The number of random bytes.
  public static let byteCount = 32

  /// Never the secret itself, so a token cannot end up in a log line by accident.
  public var description: String { "<geheim>" }

  /// Whether `candidate` equals this token, in time that depends only on the lengths (so a wrong
  /// guess does not tell how many leading characters were right).
  public func matches(_ candidate: some StringProtocol) -> Bool {
    Self.constantTimeEqual(Array(hex.utf8), Array(candidate.utf8))
  }

  /// Compares two byte strings without stopping at the first difference.
  static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    guard a.count == b.count else { return false }
    var difference: UInt8 = 0
    for index in 0..<a.count { difference |= a[index] ^ b[index] }
    return difference == 0
  }
}
