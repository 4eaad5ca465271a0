import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Every error libxml2 can raise on a case file reaches the user in Dutch, at libxml2's position,
/// chosen by error code. One input per code (issue #19, item 9): the codes were enumerated with
/// these inputs against libxml2 2.9.14 as the loader calls it (UTF-8 text without control
/// characters, no DOCTYPE, no entity substitution).
@Suite struct XMLErrorTextTests {
  static let open = "<dossier xmlns=\"urn:poortwachter:dossier:1\">"
  static let close = "</dossier>"

  /// (case file, what the message says, line, column). A namespace error alone leaves libxml2 with
  /// a document (the loader's own checks then speak); in a file that is not well-formed it is the
  /// first error, so those inputs end early.
  static let cases: [(String, String, Int, Int)] = [
    (open + "<a>x", "houdt op voordat element 'a' is afgesloten", 1, 49),
    (open + "<a>x</b>" + close, "de eindtag </b> past niet bij de begintag <a>", 1, 53),
    (open + "<a>&#0;</a>" + close, "noemt een teken dat XML niet toestaat", 1, 52),
    (open + "<a>&#xZZ;</a>" + close, "ongeldige hexadecimale tekenverwijzing", 1, 51),
    (open + "<a>&#12a;</a>" + close, "ongeldige tekenverwijzing (&#...;)", 1, 52),
    (open + "<a>& x</a>" + close, "na '&' ontbreekt de naam van een entiteit", 1, 49),
    (open + "<a>&amp x</a>" + close, "ontbreekt de ';'", 1, 52),
    (open + "<a>&foo;</a>" + close, "entiteit 'foo' bestaat niet", 1, 53),
    ("   x", "hier werd het begin van het hoofdelement verwacht", 1, 4),
    (open + close + "<x/>", "na het einde van het hoofdelement", 1, 55),
    ("<dossier xmlns=\"urn:poortwachter:dossier:1\" a>" + close, "attribuut 'a' heeft geen waarde", 1, 46),
    ("<dossier xmlns=\"urn:poortwachter:dossier:1\" a=b>" + close, "tussen aanhalingstekens staan", 1, 47),
    (open + "<a b=\"x", "heeft geen sluitend aanhalingsteken", 1, 52),
    ("<dossier xmlns=\"urn:poortwachter:dossier:1\" a=\"x<y\">" + close, "een '<' in de waarde", 1, 49),
    ("<dossier xmlns=\"urn:poortwachter:dossier:1\" a=\"1\" a=\"2\">" + close, "'a' staat twee keer", 1, 56),
    (open + "<!-- x" + close, "wordt niet afgesloten met -->", 1, 61),
    (open + "<!-- a -- b -->" + close, "'--' mag niet in commentaar", 1, 52),
    (open + "<?pi x" + close, "wordt niet afgesloten met ?>", 1, 61),
    (open + "<? x?>" + close, "ontbreekt de naam van de verwerkingsinstructie", 1, 47),
    (open + "<![CDATA[ x" + close, "een CDATA-blok", 1, 66),
    (open + "<a>]]></a>" + close, "']]>' mag niet in tekst staan", 1, 48),
    (open + "<a" + close, "de naam van een attribuut of het einde van de tag", 1, 47),
    (open + "<a>1 < 2</a>" + close, "na '<' ontbreekt een geldige elementnaam", 1, 51),
    (open + "<a b=\"1\"c=\"2\"/>" + close, "hier ontbreekt een spatie", 1, 53),
    (open + "<a></a x>" + close, "wordt niet afgesloten met '>'", 1, 52),
    ("\n<?xml version=\"1.0\"?>" + open + close, "alleen helemaal aan het begin", 2, 6),
    ("<?xml version=\"1.0\" encoding=\"bogus\"?>" + open + close, "onbekende tekencodering (bogus)", 1, 37),
    ("<?xml version=\"1.0\" encoding=\"\"?>" + open + close, "ongeldige naam van een tekencodering", 1, 31),
    ("<?xml encoding=\"UTF-8\"?>" + open + close, "noemt geen versie", 1, 7),
    ("<?xml version=\"2.0\"?>" + open + close, "alleen XML-versie 1.0", 1, 20),
    ("<?xml version \"1.0\"?>" + open + close, "hier ontbreekt '='", 1, 15),
    ("<?xml version=\"1.0\" standalone=\"maybe\"?>" + open + close, "alleen \"yes\" of \"no\"", 1, 33),
    (
      "<?xml version=\"1.0\" standalone=yes?>" + open + close, "hier werd een waarde tussen aanhalingstekens",
      1, 32
    ),
    ("<?xml version='1.0\"?>" + open + close, "niet goed tussen aanhalingstekens gezet", 1, 19),
    ("<?xml version=\"1.0\" junk=\"1\"?>" + open + close, "de XML-declaratie is niet in orde", 1, 21),
    (open + "<" + String(repeating: "a", count: 50_001) + "/>" + close, "langer dan 50.000 tekens", 1, 46),
    (open + "<p:a/>", "het voorvoegsel 'p' is niet gedeclareerd", 1, 49),
    (open + "<:a/>", "naam ':a' is geen geldige naam", 1, 48),
    ("<dossier xmlns=\"http://www.w3.org/2000/xmlns/\">", "'xml' of 'xmlns'", 1, 47),
    (
      "<dossier xmlns=\"urn:poortwachter:dossier:1\" xmlns:p=\"u\" xmlns:q=\"u\" p:a=\"1\" q:a=\"2\">",
      "hetzelfde attribuut staat twee keer", 1, 84
    ),
    (
      open + String(repeating: "<a>", count: 300) + String(repeating: "</a>", count: 300) + close,
      "dieper dan 256 niveaus", 1, 813
    ),
  ]

  @Test(arguments: cases)
  func libxmlErrorIsDutchAtItsPosition(_ xml: String, _ expected: String, _ line: Int, _ column: Int) {
    guard case .failed(_, let found) = TestSupport.loader().load(text: xml, file: "x.xml", syntax: .xml)
    else {
      Issue.record("ingelezen: \(xml.prefix(80))")
      return
    }
    #expect(found.count == 1, "\(found.map(\.message))")
    let message = found.first?.message ?? ""
    #expect(message.contains(expected), "\(message)")
    #expect(found.first?.location == SourceLocation(line: line, column: column), "\(message)")
    #expect(!message.contains("foutcode"), "valt terug op de algemene tekst: \(message)")
    for english in ["expected", "not ", "Premature", "mismatch", "xmlParse", "Entity", "allowed", "error"] {
      #expect(!message.contains(english), "\(message)")
    }
  }

  @Test func anUnknownCodeStillGetsDutchThatNamesTheCode() {
    let text = XMLErrorText.dutch(code: 9_999, detail: "Something new in libxml2")
    #expect(text.hasPrefix("XML-fout: het document is hier geen geldige XML (libxml2-foutcode 9999)"))
    #expect(!text.contains("Something"))
  }
}
