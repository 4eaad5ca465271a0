import PoortwachterCore
import PoortwachterTemplates

/// Small builders for render-context values, so every date, person and address has the same shape
/// in every template.
package enum ContextValues {
  /// A date as a template reads it: `iso` (`2024-01-08`), `tekst` (`8 januari 2024`) and `kort`
  /// (`08-01-2024`), each formatted only when a template asks for it. The seed is the day number.
  package static let dateKind = LazyLevel.Kind(keys: ["iso", "tekst", "kort"]) { key, dayNumber in
    let date = CivilDate(dayNumber: dayNumber)
    switch key {
    case "tekst": return DutchDate.long(date)
    case "kort": return DutchDate.short(date)
    default: return date.description
    }
  }

  /// `{ iso, tekst, kort }` or absent.
  package static func date(_ date: CivilDate?) -> RenderValue {
    guard let date else { return .absent }
    return .lazy(LazyLevel(date.dayNumber, kind: dateKind))
  }

  /// Text or absent.
  package static func text(_ value: String?) -> RenderValue { .optional(value) }

  /// A number as it was written: `38`, `38.5`.
  package static func number(_ value: Double?) -> RenderValue {
    guard let value else { return .absent }
    if value == value.rounded(), abs(value) < 1e15 { return .text(String(Int(value))) }
    return .text(String(value))
  }

  /// `{ naam, functie, organisatie, tekst }` or absent.
  package static func person(_ person: Person?) -> RenderValue {
    guard let person else { return .absent }
    var line = [person.naam, person.functie].compactMap { $0 }.joined(separator: ", ")
    if let organisation = person.organisatie { line += line.isEmpty ? organisation : " (\(organisation))" }
    return .node(
      RenderNode([
        "naam": text(person.naam), "functie": text(person.functie), "organisatie": text(person.organisatie),
        "tekst": .text(line),
      ]))
  }

  /// `{ straat, postcode, plaats, tekst }` or absent.
  package static func address(_ address: Address?) -> RenderValue {
    guard let address else { return .absent }
    let town = [address.postcode, address.plaats].compactMap { $0 }.joined(separator: " ")
    let line = [address.straat, town.isEmpty ? nil : town].compactMap { $0 }.joined(separator: ", ")
    return .node(
      RenderNode([
        "straat": text(address.straat), "postcode": text(address.postcode), "plaats": text(address.plaats),
        "tekst": .text(line),
      ]))
  }

  /// `{ werkgever, werknemer, volledig, wijze, bewijs, digitaal }` (dates; `wijze` as written) or
  /// absent.
  package static func signatures(_ signatures: Signatures?) -> RenderValue {
    guard let signatures else { return .absent }
    return .node(
      RenderNode([
        "werkgever": date(signatures.werkgever), "werknemer": date(signatures.werknemer),
        "volledig": .flag(signatures.isComplete),
        "wijze": signatures.wijze.map { .text($0.rawValue) } ?? .absent,
        "bewijs": signatures.bewijs.map { .text($0) } ?? .absent, "digitaal": .flag(signatures.isDigital),
      ]))
  }

  /// A boolean as written in the case file (`true`/`false`) plus `ja`/`nee`.
  package static func flag(_ value: Bool?) -> RenderValue {
    guard let value else { return .absent }
    return .node(
      RenderNode(["waarde": value ? "true" : "false", "tekst": value ? "ja" : "nee", "ja": .flag(value)]))
  }

  /// An enum value as written plus a readable Dutch text.
  package static func choice<E: RawRepresentable>(_ value: E?, _ text: (E) -> String) -> RenderValue
  where E.RawValue == String {
    guard let value else { return .absent }
    return .node(RenderNode(["waarde": .text(value.rawValue), "tekst": .text(text(value))]))
  }
}
