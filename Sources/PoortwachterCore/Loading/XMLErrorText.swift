import CLibXML2

/// Dutch texts for the errors libxml2 reports while reading a case file, chosen by error code
/// (`xmlParserErrors`), never by libxml2's English words.
///
/// The table holds every code the parser can raise on a case file as the loader reads it: UTF-8
/// text that ``TextChecks`` accepted, without a DOCTYPE (``XMLPreScan`` refuses one first), with
/// `XML_PARSE_NONET` and without entity substitution. `XMLErrorTextTests` makes each of them with
/// an input of its own. Any other code still gets a Dutch text that names the code.
enum XMLErrorText {
  /// The Dutch message for a libxml2 message with code `code`; `detail` is libxml2's English text,
  /// from which only names (of elements, attributes, entities) are taken.
  static func dutch(code: Int32, detail: String) -> String {
    let key = UInt32(bitPattern: code)
    if key == XML_ERR_INTERNAL_ERROR.rawValue, detail.contains("Excessive depth in document") {
      return
        "XML-fout: het document is hier dieper dan 256 niveaus genest; een casus nest hooguit enkele niveaus"
    }
    if let text = texts[key] { return "XML-fout: " + text(Detail(detail)) }
    return "XML-fout: het document is hier geen geldige XML (libxml2-foutcode \(code)); "
      + "controleer de opmaak op deze plaats"
  }

  /// Names taken from libxml2's English message.
  struct Detail {
    let text: String

    init(_ text: String) { self.text = text }

    /// The text between the first pair of `'` quotes, if any.
    var quoted: String? {
      let parts = text.split(separator: "'", omittingEmptySubsequences: false)
      return parts.count >= 3 ? String(parts[1]) : nil
    }

    /// The word after `marker` (up to white space or `:`).
    func word(after marker: String) -> String? {
      guard let range = text.range(of: marker) else { return nil }
      let word = text[range.upperBound...].prefix { !$0.isWhitespace && $0 != ":" }
      return word.isEmpty ? nil : String(word)
    }

    /// The last word of the message.
    var lastWord: String? {
      text.split(whereSeparator: \.isWhitespace).last.map(String.init)
    }
  }

  private static func named(_ kind: String, _ name: String?) -> String {
    name.map { "\(kind) '\($0)'" } ?? kind
  }

  // The codes are grouped as the XML specification is: document, references, tags and attributes,
  // other markup, XML declaration, namespaces, limits. Warnings come last.
  private static let texts: [UInt32: @Sendable (Detail) -> String] = [
    XML_ERR_NO_MEMORY.rawValue: { _ in "onvoldoende geheugen om het document te lezen" },
    XML_ERR_DOCUMENT_EMPTY.rawValue: { _ in
      "hier werd het begin van het hoofdelement verwacht (<dossier xmlns=\"urn:poortwachter:dossier:1\">); "
        + "vóór het hoofdelement mag alleen de XML-declaratie en commentaar staan"
    },
    XML_ERR_DOCUMENT_END.rawValue: { _ in
      "na het einde van het hoofdelement (</dossier>) staat nog inhoud; verwijder die of zet hem binnen <dossier>"
    },
    XML_ERR_INVALID_HEX_CHARREF.rawValue: { _ in
      "ongeldige hexadecimale tekenverwijzing (&#x...;); gebruik alleen 0-9 en A-F, bijvoorbeeld &#xE9;"
    },
    XML_ERR_INVALID_DEC_CHARREF.rawValue: { _ in
      "ongeldige tekenverwijzing (&#...;); gebruik alleen cijfers, bijvoorbeeld &#233;"
    },
    XML_ERR_INVALID_CHAR.rawValue: { _ in
      "de tekenverwijzing (&#...;) noemt een teken dat XML niet toestaat (zoals 0 of een stuurteken); "
        + "verwijder haar"
    },
    XML_ERR_ENTITYREF_SEMICOL_MISSING.rawValue: { _ in
      "na de naam van een entiteit (zoals &amp;) ontbreekt de ';'; schrijf een losse & als &amp;"
    },
    XML_ERR_UNDECLARED_ENTITY.rawValue: { detail in
      "\(named("entiteit", detail.quoted)) bestaat niet; XML kent alleen &amp; &lt; &gt; &quot; en &apos; "
        + "(schrijf een losse & als &amp;)"
    },
    XML_ERR_UNSUPPORTED_ENCODING.rawValue: { detail in
      "de XML-declaratie noemt een onbekende tekencodering (\(detail.lastWord ?? "?")); "
        + "sla het bestand op als UTF-8 en schrijf encoding=\"UTF-8\""
    },
    XML_ERR_ENCODING_NAME.rawValue: { _ in
      "ongeldige naam van een tekencodering in de XML-declaratie; schrijf encoding=\"UTF-8\""
    },
    XML_ERR_STRING_NOT_STARTED.rawValue: { _ in
      "hier werd een waarde tussen aanhalingstekens (\" of ') verwacht"
    },
    XML_ERR_STRING_NOT_CLOSED.rawValue: { _ in
      "een waarde in de XML-declaratie is niet goed tussen aanhalingstekens gezet; gebruik \"...\" of '...'"
    },
    XML_ERR_LT_IN_ATTRIBUTE.rawValue: { _ in
      "een '<' in de waarde van een attribuut (of een attribuutwaarde zonder sluitend aanhalingsteken); "
        + "schrijf < als &lt;"
    },
    XML_ERR_ATTRIBUTE_NOT_STARTED.rawValue: { _ in
      "de waarde van een attribuut moet tussen aanhalingstekens staan (naam=\"waarde\")"
    },
    XML_ERR_ATTRIBUTE_NOT_FINISHED.rawValue: { _ in
      "de waarde van een attribuut heeft geen sluitend aanhalingsteken"
    },
    XML_ERR_ATTRIBUTE_WITHOUT_VALUE.rawValue: { detail in
      "\(named("attribuut", detail.lastWord)) heeft geen waarde; schrijf naam=\"waarde\" "
        + "(een casusbestand gebruikt geen attributen: gebruik geneste elementen)"
    },
    XML_ERR_ATTRIBUTE_REDEFINED.rawValue: { detail in
      "\(named("attribuut", detail.word(after: "Attribute "))) staat twee keer in dezelfde begintag; "
        + "verwijder er één"
    },
    XML_ERR_COMMENT_NOT_FINISHED.rawValue: { _ in "commentaar (<!-- ...) wordt niet afgesloten met -->" },
    XML_ERR_PI_NOT_STARTED.rawValue: { _ in "na '<?' ontbreekt de naam van de verwerkingsinstructie" },
    XML_ERR_PI_NOT_FINISHED.rawValue: { _ in "een verwerkingsinstructie (<? ...) wordt niet afgesloten met ?>"
    },
    XML_ERR_XMLDECL_NOT_FINISHED.rawValue: { _ in
      "de XML-declaratie is niet in orde; schrijf <?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    },
    XML_ERR_MISPLACED_CDATA_END.rawValue: { _ in "']]>' mag niet in tekst staan; schrijf het als ]]&gt;" },
    XML_ERR_CDATA_NOT_FINISHED.rawValue: { _ in "een CDATA-blok (<![CDATA[ ...) wordt niet afgesloten met ]]>"
    },
    XML_ERR_RESERVED_XML_NAME.rawValue: { _ in
      "de XML-declaratie (<?xml ...?>) mag alleen helemaal aan het begin van het bestand staan, "
        + "zonder witruimte ervoor; een andere naam die met 'xml' begint is gereserveerd"
    },
    XML_ERR_SPACE_REQUIRED.rawValue: { _ in
      "hier ontbreekt een spatie (tussen twee attributen of in de XML-declaratie)"
    },
    XML_ERR_NAME_REQUIRED.rawValue: { detail in
      // One code for three places; libxml2's words say which.
      if detail.text.contains("EntityRef") {
        return "na '&' ontbreekt de naam van een entiteit; schrijf een losse & als &amp;"
      }
      if detail.text.contains("attribute name") {
        return "hier werd de naam van een attribuut of het einde van de tag ('>' of '/>') verwacht"
      }
      return "na '<' ontbreekt een geldige elementnaam; schrijf een losse < als &lt;"
    },
    XML_ERR_GT_REQUIRED.rawValue: { detail in
      "de tag\(detail.word(after: "Start Tag ").map { " <\($0)>" } ?? "") wordt niet afgesloten met '>'"
    },
    XML_ERR_EQUAL_REQUIRED.rawValue: { _ in "hier ontbreekt '=' tussen naam en waarde" },
    XML_ERR_TAG_NAME_MISMATCH.rawValue: { detail in
      let open = detail.word(after: "mismatch: ")
      let close = detail.lastWord
      return "de eindtag </\(close ?? "?")> past niet bij de begintag <\(open ?? "?")>; "
        + "sluit <\(open ?? "?")> af met </\(open ?? "?")>"
    },
    XML_ERR_TAG_NOT_FINISHED.rawValue: { detail in
      "het document houdt op voordat \(named("element", detail.word(after: "in tag "))) is afgesloten; "
        + "ontbreekt er een eindtag of is het bestand afgebroken?"
    },
    XML_ERR_STANDALONE_VALUE.rawValue: { _ in
      "standalone in de XML-declaratie mag alleen \"yes\" of \"no\" zijn"
    },
    XML_ERR_HYPHEN_IN_COMMENT.rawValue: { _ in "'--' mag niet in commentaar (<!-- ... -->) staan" },
    XML_ERR_VERSION_MISSING.rawValue: { _ in
      "de XML-declaratie noemt geen versie; schrijf <?xml version=\"1.0\" encoding=\"UTF-8\"?>"
    },
    XML_ERR_UNKNOWN_VERSION.rawValue: { _ in "alleen XML-versie 1.0 wordt gelezen; schrijf version=\"1.0\"" },
    XML_ERR_NAME_TOO_LONG.rawValue: { _ in "een naam is langer dan 50.000 tekens" },
    XML_NS_ERR_XML_NAMESPACE.rawValue: { _ in
      "het voorvoegsel 'xml' of 'xmlns' of hun namespace wordt hier verkeerd gebruikt"
    },
    XML_NS_ERR_UNDEFINED_NAMESPACE.rawValue: { detail in
      "het voorvoegsel \(detail.word(after: "prefix ").map { "'\($0)'" } ?? "") is niet gedeclareerd; "
        + "een casusbestand gebruikt geen voorvoegsels: schrijf de naam zonder 'voorvoegsel:'"
    },
    XML_NS_ERR_QNAME.rawValue: { detail in
      "\(named("naam", detail.quoted)) is geen geldige naam (hooguit één ':', niet aan het begin)"
    },
    XML_NS_ERR_ATTRIBUTE_REDEFINED.rawValue: { _ in "hetzelfde attribuut staat twee keer in de begintag" },
    XML_WAR_UNKNOWN_VERSION.rawValue: { _ in "alleen XML-versie 1.0 wordt gelezen; schrijf version=\"1.0\"" },
    XML_WAR_NS_URI.rawValue: { _ in "de namespace is geen geldige URI; gebruik urn:poortwachter:dossier:1" },
    XML_WAR_NS_URI_RELATIVE.rawValue: { _ in
      "de namespace is geen absolute URI; gebruik urn:poortwachter:dossier:1"
    },
    XML_WAR_SPACE_VALUE.rawValue: { _ in "xml:space mag alleen \"default\" of \"preserve\" zijn" },
  ]
}
