/// The names a case form gives its parts: element ids that the casus page links findings to,
/// and Dutch labels made from the format's keys.
public enum FormAnchor {
  /// The element id of the form part at `path`: `veld-` and the path with `.` and `[n]` written
  /// as `-` and `-n` (`evaluaties[2].datum` -> `veld-evaluaties-2-datum`). A finding's path
  /// (``Finding/path``) gives the id of the field, item or section it is about.
  public static func id(_ path: String) -> String {
    var text = "veld-"
    for character in path {
      switch character {
      case ".", "[": text.append("-")
      case "]": break
      default: text.append(character)
      }
    }
    return text
  }

  /// The id of the nearest part of a form for a finding's path: the path itself when the form
  /// has it, else its nearest ancestor the form has (`anchors` holds every id of the form).
  public static func nearest(_ path: String, in anchors: Set<String>) -> String? {
    var current = path
    while true {
      let candidate = id(current)
      if anchors.contains(candidate) { return candidate }
      guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { return nil }
      current = String(current[..<cut])
    }
  }

  /// The Dutch label of a key: `eerste_ziektedag` -> `Eerste ziektedag`, with the few
  /// abbreviations written as they are (`BSN`, `RIV aan werknemer`).
  public static func label(_ key: String) -> String {
    if let fixed = fixedLabels[key] { return fixed }
    let words = key.replacingOccurrences(of: "_", with: " ")
    return words.prefix(1).uppercased() + words.dropFirst()
  }

  private static let fixedLabels: [String: String] = [
    "bsn": "BSN", "riv_aan_werknemer": "RIV aan werknemer", "wia_aanvraag": "WIA-aanvraag",
    "melding_42e_week": "Melding 42e week", "spoor_1": "Spoor 1", "ad_advies": "Advies",
    "spoor1_functie": "Functie", "spoor2_stuk": "Stuk", "reintegratiebureau": "Re-integratiebureau",
    "vervroegde_iva_aangevraagd_op": "Vervroegde IVA aangevraagd op",
    "arbeidsdeskundig_onderzoek": "Arbeidsdeskundig onderzoek",
  ]
}
