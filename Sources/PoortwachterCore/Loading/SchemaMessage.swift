/// Makes libxml2's schema-validation messages readable: the element name is pulled out (to find
/// its column) and the namespace and common English phrases are replaced.
enum SchemaMessage {
  private static let phrases: [(String, String)] = [
    ("This element is not expected. Expected is one of", "dit element hoort hier niet; verwacht een van"),
    ("This element is not expected. Expected is", "dit element hoort hier niet; verwacht"),
    ("This element is not expected.", "dit element hoort hier niet (onbekend of dubbel)"),
    ("is not a valid value of the atomic type", "is geen geldige waarde van type"),
    ("is not a valid value of the local atomic type", "is geen geldige waarde"),
    ("is not a valid value of the union type", "is geen geldige waarde van type"),
    ("The value", "de waarde"),
    ("[facet 'pattern']", "[patroon]"),
    ("[facet 'enumeration']", "[keuzelijst]"),
    ("is not accepted by the pattern", "past niet in het patroon"),
    ("is not an element of the set", "staat niet in de lijst"),
    ("Missing child element(s). Expected is one of", "verplicht element ontbreekt; verwacht een van"),
    ("Missing child element(s). Expected is", "verplicht element ontbreekt; verwacht"),
    ("Element", "element"),
  ]

  /// The element the message is about (local name) and the Dutch text.
  static func translate(_ message: String) -> (element: String?, text: String) {
    var element: String?
    if let start = message.range(of: "Element '") {
      let rest = message[start.upperBound...]
      if let end = rest.firstIndex(of: "'") {
        let qualified = rest[..<end]
        element = qualified.split(separator: "}").last.map(String.init)
      }
    }
    var text = message.replacingOccurrences(of: "{\(XMLTreeBuilder.namespace)}", with: "")
    for (english, dutch) in phrases { text = text.replacingOccurrences(of: english, with: dutch) }
    return (element, text)
  }
}
