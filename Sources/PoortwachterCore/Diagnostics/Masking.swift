/// Masks numbers that may be a BSN in text shown to people (source lines, parser messages, free
/// texts in the dossier): a run of exactly 9 digits that passes the 11-proef. A date written as a
/// number (`20240105`) or any other number stays as written.
public enum Masking {
  /// A source line shown under a diagnostic: on a line about a BSN every digit is masked, however
  /// the number is written (`1234.56.782`, `123 456 782`); elsewhere ``maskBSNs(in:)`` applies.
  public static func sourceLine(_ line: String) -> String {
    guard line.lowercased().contains("bsn") else { return maskBSNs(in: line) }
    return String(line.map { $0.isASCII && $0.isNumber ? "*" : $0 })
  }

  /// Replaces every run of exactly 9 digits that passes the 11-proef (and is not followed by `L`,
  /// as in a loonheffingennummer) by its masked form, keeping the last three digits.
  public static func maskBSNs(in text: String) -> String {
    guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return text }
    var result = ""
    var run = ""
    func flush(next: Character?) {
      if isBSN(run, next: next) {
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

  /// Whether the digit run `run`, followed by `next`, may be a BSN: exactly 9 digits that pass
  /// the 11-proef, not followed by `L` (a loonheffingennummer).
  static func isBSN(_ run: String, next: Character?) -> Bool {
    run.count == 9 && next != "L" && BSN(run) != nil
  }
}
