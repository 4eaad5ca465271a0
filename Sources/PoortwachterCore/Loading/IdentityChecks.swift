/// Checks of identifying numbers and the case reference. A failure is an input error of the case
/// file: a dossier with a wrong BSN must never be rendered.
enum IdentityChecks {
  /// Validates the BSN with the 11-proef; the message never shows the full number.
  static func bsn(_ raw: String, at location: SourceLocation, bag: DiagnosticBag) throws -> BSN? {
    if let bsn = BSN(raw) { return bsn }
    let digitsOnly = raw.allSatisfy { $0.isASCII && $0.isNumber }
    let message: String
    if !digitsOnly || raw.count != 9 {
      // Advice to quote only helps a plain YAML number, which loses its leading zeros.
      let plainYAML = bag.character(at: location).map { !"\"'<".contains($0) } ?? false
      message =
        "BSN '\(BSN.mask(raw))' moet uit precies 9 cijfers bestaan (gevonden: \(raw.count) tekens"
        + "\(digitsOnly ? "" : ", niet alleen cijfers")); "
        + (digitsOnly && plainYAML
          ? "zet het tussen aanhalingstekens om voorloopnullen te bewaren" : "controleer het nummer")
    } else {
      message = "BSN '\(BSN.mask(raw))' voldoet niet aan de elfproef; controleer het nummer"
    }
    try bag.add("invoer.bsn", at: location, message)
    return nil
  }

  /// Validates `^\d{9}L\d{2}$`.
  static func loonheffingennummer(_ raw: String, at location: SourceLocation, bag: DiagnosticBag) throws {
    let chars = Array(raw.utf8)
    let digit = { (c: UInt8) in c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
    let valid =
      chars.count == 12 && chars[0..<9].allSatisfy(digit) && chars[9] == UInt8(ascii: "L")
      && chars[10...].allSatisfy(digit)
    if !valid {
      try bag.add(
        "invoer.loonheffingennummer", at: location,
        "loonheffingennummer '\(raw)' heeft niet de vorm 9 cijfers + 'L' + 2 cijfers (bijv. 123456789L01)")
    }
  }

  /// Validates the case reference: `[A-Za-z0-9._-]{1,64}`, as it names output files.
  static func kenmerk(_ raw: String, at location: SourceLocation, bag: DiagnosticBag) throws {
    if Kenmerk.isBSN(raw) {
      try bag.add("invoer.kenmerk", at: location, Kenmerk.bsnMessage(raw))
    } else if !Kenmerk.isValid(raw) {
      try bag.add(
        "invoer.kenmerk", at: location,
        "kenmerk '\(raw)' is ongeldig: gebruik 1 tot 64 tekens uit A-Z, a-z, 0-9, '.', '_' en '-', "
          + "niet beginnend met '.' of '-' (het kenmerk wordt de mapnaam van het dossier; 'index.html' en 'samenvatting.json' zijn bezet)"
      )
    }
  }
}
