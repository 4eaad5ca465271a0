/// A burgerservicenummer that passed the 11-proef.
///
/// Its `description` is masked, so string interpolation into logs or progress output never
/// shows the number; only ``digits`` gives the full value, for the dossier itself.
public struct BSN: Sendable, Hashable, CustomStringConvertible {
  /// The nine digits.
  public let digits: String

  /// Validates nine digits with the 11-proef (weights 9...2 and -1; sum > 0 and divisible by 11).
  public init?(_ text: String) {
    let values = text.utf8.map { Int($0) - Int(UInt8(ascii: "0")) }
    guard values.count == 9, values.allSatisfy({ (0...9).contains($0) }) else { return nil }
    let weights = [9, 8, 7, 6, 5, 4, 3, 2, -1]
    let sum = zip(values, weights).reduce(0) { $0 + $1.0 * $1.1 }
    guard sum > 0, sum % 11 == 0 else { return nil }
    digits = text
  }

  /// The masked form `*****6782`-style: only the last three digits are visible.
  public var masked: String { BSN.mask(digits) }

  /// Masked, never the full number.
  public var description: String { masked }

  /// Masks any text that may be a BSN, keeping only its last three characters.
  public static func mask(_ text: String) -> String {
    let visible = text.count > 3 ? String(text.suffix(3)) : ""
    return String(repeating: "*", count: max(0, min(text.count, 12) - visible.count)) + visible
  }
}
