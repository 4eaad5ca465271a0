/// Small builders for render-context values, so every date, person and address has the same shape
/// in every template.
enum ContextValues {
  /// `{ iso, tekst }` or absent.
  static func date(_ date: CivilDate?, _ log: KeyLog?) -> Any {
    guard let date else { return RenderNode.absent }
    return RenderNode(
      ["iso": date.description, "tekst": DutchDate.long(date), "kort": DutchDate.short(date)], log: log)
  }

  /// Text or absent.
  static func text(_ value: String?) -> Any { value.map { $0 as Any } ?? RenderNode.absent }

  /// A number as it was written: `38`, `38.5`.
  static func number(_ value: Double?) -> Any {
    guard let value else { return RenderNode.absent }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
  }

  /// `{ naam, functie, organisatie, tekst }` or absent.
  static func person(_ person: Person?, _ log: KeyLog?) -> Any {
    guard let person else { return RenderNode.absent }
    var line = [person.naam, person.functie].compactMap { $0 }.joined(separator: ", ")
    if let organisation = person.organisatie { line += line.isEmpty ? organisation : " (\(organisation))" }
    return RenderNode(
      [
        "naam": text(person.naam), "functie": text(person.functie), "organisatie": text(person.organisatie),
        "tekst": line,
      ], log: log)
  }

  /// `{ straat, postcode, plaats, tekst }` or absent.
  static func address(_ address: Address?, _ log: KeyLog?) -> Any {
    guard let address else { return RenderNode.absent }
    let town = [address.postcode, address.plaats].compactMap { $0 }.joined(separator: " ")
    let line = [address.straat, town.isEmpty ? nil : town].compactMap { $0 }.joined(separator: ", ")
    return RenderNode(
      [
        "straat": text(address.straat), "postcode": text(address.postcode), "plaats": text(address.plaats),
        "tekst": line,
      ],
      log: log)
  }

  /// `{ werkgever, werknemer, volledig }` (dates) or absent.
  static func signatures(_ signatures: Signatures?, _ log: KeyLog?) -> Any {
    guard let signatures else { return RenderNode.absent }
    return RenderNode(
      [
        "werkgever": date(signatures.werkgever, log), "werknemer": date(signatures.werknemer, log),
        "volledig": signatures.isComplete,
      ], log: log)
  }

  /// A boolean as written in the case file (`true`/`false`) plus `ja`/`nee`.
  static func flag(_ value: Bool?, _ log: KeyLog?) -> Any {
    guard let value else { return RenderNode.absent }
    return RenderNode(
      ["waarde": value ? "true" : "false", "tekst": value ? "ja" : "nee", "ja": value], log: log)
  }

  /// An enum value as written plus a readable Dutch text.
  static func choice<E: RawRepresentable>(_ value: E?, _ text: (E) -> String, _ log: KeyLog?) -> Any
  where E.RawValue == String {
    guard let value else { return RenderNode.absent }
    return RenderNode(["waarde": value.rawValue, "tekst": text(value)], log: log)
  }
}
