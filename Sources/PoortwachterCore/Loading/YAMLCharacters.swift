/// Characters that XML carries but libyaml (YAML 1.1) reads differently from what a person sees,
/// found before libyaml reads the text, each with its line and column.
///
/// - DEL (U+007F) and the C1 controls (U+0080 to U+009F) are not allowed in YAML 1.1; libyaml
///   reports them without a position.
/// - NEL (U+0085), LS (U+2028) and PS (U+2029) are line breaks in YAML 1.1: in a comment the rest
///   of the line becomes YAML, in a quoted text the break is folded into a space. An editor (and
///   YAML 1.2) shows them inside the line, so the file would mean something else than it shows.
///   NEL is most often a `…` converted from Windows-1252 the wrong way.
///
/// ``TextChecks`` has already checked the UTF-8 and the C0 controls.
enum YAMLCharacters {
  /// The first such character, or `nil`.
  static func problem(in bytes: UnsafeBufferPointer<UInt8>) -> TextChecks.Problem? {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == 0x7F || byte == 0xC2 || byte == 0xE2, let scalar = suspect(at: index, in: bytes) {
        return TextChecks.Problem(
          location: SourceLocation(offset: index, in: bytes), message: message(for: scalar))
      }
      index += 1
    }
    return nil
  }

  /// The character at `index` when it is one of those above.
  private static func suspect(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32? {
    let byte = bytes[index]
    if byte == 0x7F { return 0x7F }
    guard index + 1 < bytes.count else { return nil }
    let second = bytes[index + 1]
    if byte == 0xC2, (0x80...0x9F).contains(second) { return UInt32(second) }
    if byte == 0xE2, second == 0x80, index + 2 < bytes.count,
      bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9
    {
      return 0x2000 | UInt32(bytes[index + 2] & 0x3F)
    }
    return nil
  }

  private static func message(for scalar: UInt32) -> String {
    let code = "U+" + TextChecks.hex(scalar)
    switch scalar {
    case 0x85, 0x2028, 0x2029:
      let name = scalar == 0x85 ? "NEL" : scalar == 0x2028 ? "regelscheiding" : "alineascheiding"
      return "teken \(code) (\(name)) is in YAML een regeleinde, ook midden in commentaar of tekst, terwijl "
        + "een editor het niet zo toont; vervang het door een gewone regelovergang of een spatie"
        + (scalar == 0x85 ? " (U+0085 is vaak een verkeerd omgezet '…')" : "")
    default:
      return "ongeldig teken \(code) (een stuurteken dat YAML niet toestaat); verwijder het"
    }
  }
}
