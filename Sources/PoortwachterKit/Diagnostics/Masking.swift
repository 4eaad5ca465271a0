/// Masks numbers that may be a BSN in text shown to people (source lines, parser messages).
public enum Masking {
  /// A source line shown under a diagnostic: on a line about a BSN every digit is masked, however
  /// the number is written (`1234.56.782`, `123 456 782`); elsewhere ``maskBSNs(in:)`` applies.
  public static func sourceLine(_ line: String) -> String {
    guard line.lowercased().contains("bsn") else { return maskBSNs(in: line) }
    return String(line.map { $0.isASCII && $0.isNumber ? "*" : $0 })
  }

  /// Replaces every run of 8 or 9 digits (not followed by `L`, as in a loonheffingennummer) by
  /// its masked form, keeping the last three digits.
  public static func maskBSNs(in text: String) -> String {
    guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return text }
    var result = ""
    var run = ""
    func flush(next: Character?) {
      if (8...9).contains(run.count) && next != "L" {
        result += BSN.mask(run)
      } else {
        result += run
      }
      run = ""
    }
    for character in text {
      if character.isASCII && character.isNumber {
        run.append(character)
      } else {
        if !run.isEmpty { flush(next: character) }
        result.append(character)
      }
    }
    if !run.isEmpty { flush(next: nil) }
    return result
  }
}
