import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The editor changes exactly the addressed field and keeps every other byte.
@Suite struct CaseEditorTests {
  static let text = """
    # Kop: blijft staan
    formaat: poortwachter/1
    kenmerk: VZ-2026-0001   # eigen nummer

    werknemer:
      naam: 'Anna Bos'
      adres: { straat: Dorpsstraat 1, plaats: Assen }
      uit_dienst:
    verzuim:
      eerste_ziektedag: 2026-01-05
      onderbrekingen: []
      werkhervattingen:
        # eerste poging
        - { vanaf: 2026-02-01, uren_per_week: 8 }
        - vanaf: 2026-03-01
          uren_per_week: 16
      loonsanctie: null
    evaluaties:
      - datum: 2026-03-10
        verslag: >-
          Gaat goed,
          rustig aan.

      - datum: 2026-04-10   # tweede
        verslag: Prima

    """

  private func edit(_ changes: [CaseChange], _ text: String = text) throws -> String {
    try CaseEditor().apply(changes, to: text, file: "case.yaml").get()
  }

  private func path(_ text: String) throws -> EditPath { try #require(EditPath(text)) }

  @Test func settingAScalarChangesOnlyThatValue() throws {
    let edited = try edit([.set(try path("werknemer.naam"), .string("Bea de Vries"))])
    #expect(edited == Self.text.replacingOccurrences(of: "'Anna Bos'", with: "Bea de Vries"))
    let date = try edit([.set(try path("evaluaties[2].datum"), .date(TestSupport.date("2026-04-11")))])
    #expect(
      date == Self.text.replacingOccurrences(of: "2026-04-10   # tweede", with: "2026-04-11   # tweede"))
  }

  @Test func anEmptyValueGetsItsValueAfterTheColon() throws {
    let edited = try edit([.set(try path("werknemer.uit_dienst"), .date(TestSupport.date("2026-06-30")))])
    #expect(edited == Self.text.replacingOccurrences(of: "uit_dienst:\n", with: "uit_dienst: 2026-06-30\n"))
  }

  @Test func aBlockScalarIsReplacedWithoutItsBlankLines() throws {
    let edited = try edit([.set(try path("evaluaties[1].verslag"), .string("Twee\nregels"))])
    #expect(
      edited
        == Self.text.replacingOccurrences(
          of: ">-\n      Gaat goed,\n      rustig aan.\n", with: "\"Twee\\nregels\"\n"))
  }

  @Test func insideAFlowCollectionTheEditKeepsFlowStyle() throws {
    let edited = try edit([
      .set(try path("werknemer.adres.plaats"), .string("Emmen, Drenthe")),
      .set(try path("werknemer.adres.postcode"), .string("7811 AA")),
      .remove(try path("werknemer.adres.straat")),
      .append(
        try path("verzuim.onderbrekingen"),
        .mapping([EditEntry("van", .date(TestSupport.date("2026-01-20")))])),
    ])
    #expect(edited.contains("  adres: { plaats: \"Emmen, Drenthe\", postcode: 7811 AA }\n"))
    #expect(edited.contains("  onderbrekingen: [{ van: 2026-01-20 }]\n"))
  }

  @Test func aListItemIsAddedAtTheEndInBlockStyle() throws {
    let item = EditValue.mapping([
      EditEntry("datum", .date(TestSupport.date("2026-05-10"))),
      EditEntry("verslag", .string("ja")),
      EditEntry("deelnemers", .list([.string("Anna Bos"), .string("#2")])),
    ])
    let edited = try edit([.set(try path("evaluaties[+]"), item)])
    #expect(
      edited
        == Self.text + """
            - datum: 2026-05-10
              verslag: "ja"
              deelnemers:
                - Anna Bos
                - "#2"

          """)
  }

  @Test func removingAnItemOrKeyRemovesItsLinesAndKeepsComments() throws {
    let edited = try edit([
      .remove(try path("verzuim.werkhervattingen[2]")), .remove(try path("werknemer.adres")),
    ])
    #expect(!edited.contains("vanaf: 2026-03-01") && !edited.contains("uren_per_week: 16"))
    #expect(!edited.contains("adres:"))
    #expect(
      edited.contains(
        "    # eerste poging\n    - { vanaf: 2026-02-01, uren_per_week: 8 }\n  loonsanctie: null\n"))
    // The last item goes: an empty list is written, the key stays.
    let empty = try edit([.remove(try path("verzuim.werkhervattingen[1]"))], edited)
    #expect(empty.contains("  werkhervattingen: []\n  loonsanctie: null\n"))
  }

  @Test func anAbsentSectionIsAddedAtTheEnd() throws {
    let section = EditValue.mapping([
      EditEntry("datum", .date(TestSupport.date("2026-02-10"))),
      EditEntry("afspraken", .list([])),
    ])
    let edited = try edit([.set(try path("plan_van_aanpak"), section)])
    #expect(edited == Self.text + "plan_van_aanpak:\n  datum: 2026-02-10\n  afspraken: []\n")
    let nullSection = try edit([
      .set(try path("verzuim.loonsanctie.vanaf"), .date(TestSupport.date("2026-09-01")))
    ])
    #expect(nullSection.contains("  loonsanctie:\n    vanaf: 2026-09-01\n"))
  }

  @Test(arguments: [
    "ja", "nee", "Yes", "no", "on", "OFF", "null", "~", "true", "12", "1:2", "*x", "&a", "#c", "!t", "|", ">",
    "%p", "@a", "`b", "- x", "a: b", "a #b", " lead", "trail ", "regel\nregel", "tab\tin", "\"q\"", "'s'",
    "", "-", "2026-01-01", ".5", "<<", "\u{7}", "a:", "?x", "0612345678", "1_000", "0x1F", "1e3", "12:30",
    "2026-01-01 10:00", "+1", ".inf", "[a]", "{b}",
  ])
  func stringsYAMLWouldMisreadAreQuotedAndReadBackExactly(_ value: String) throws {
    let edited = try edit([.set(try path("werknemer.naam"), .string(value))])
    let line = try #require(edited.split(separator: "\n").first { $0.hasPrefix("  naam: ") })
    #expect(line.dropFirst(8).hasPrefix("\""), "\(line)")
    let tree = try CaseEditor.parse(edited, file: "case.yaml")
    guard case .mapping(let top) = tree.content,
      case .mapping(let employee)? = top.first(where: { $0.key == "werknemer" })?.value.content,
      case .scalar(let read)? = employee.first?.value.content
    else {
      Issue.record("no name in \(edited)")
      return
    }
    #expect(read == value)
  }

  @Test func ordinaryTextStaysPlain() throws {
    let edited = try edit([.set(try path("werknemer.naam"), .string("Bakker & Zn. B.V., Assen"))])
    #expect(edited.contains("  naam: Bakker & Zn. B.V., Assen\n"))
  }

  @Test func withoutChangesTheTextComesBackByteForByte() throws {
    let samples = try FileManager.default.contentsOfDirectory(atPath: TestSupport.sampleCases).filter {
      $0.hasSuffix(".yaml")
    }
    #expect(samples.count >= 10)
    var texts = try samples.map {
      try String(contentsOfFile: TestSupport.sampleCases + "/" + $0, encoding: .utf8)
    }
    let generator = SyntheticCases(peildatum: TestSupport.date("2026-11-22"))
    texts += (0..<1_000).map(generator.yaml)
    texts.append(
      try NewCaseFile(
        kenmerk: "VZ-2026-0412", naam: "A. Jansen", eersteZiektedag: TestSupport.date("2026-11-02")
      )
      .text().get())
    for text in texts {
      #expect(try edit([], text) == text)
    }
  }

  @Test func anXMLCaseFileIsNotEdited() {
    let result = CaseEditor().apply([], to: "<casus/>", file: "zaak.xml")
    #expect(result == .failure(.notYAML(file: "zaak.xml")))
    if case .failure(let failure) = result { #expect(failure.message.contains("alleen YAML is bewerkbaar")) }
  }

  @Test func wrongPathsAndAnchorsGiveTypedOutcomes() throws {
    let editor = CaseEditor()
    #expect(
      editor.apply([.set(try path("evaluaties[3].datum"), .null)], to: Self.text, file: "c.yaml")
        == .failure(.notFound(try path("evaluaties[3]"))))
    #expect(
      editor.apply([.set(try path("kenmerk.x"), .null)], to: Self.text, file: "c.yaml")
        == .failure(.wrongKind(try path("kenmerk"), expected: "mapping (sleutels met waarden)")))
    let anchored = "formaat: poortwachter/1\na: &x 1\nb: *x\n"
    guard
      case .failure(.unsupported) = editor.apply(
        [.set(try path("a"), .integer(2))], to: anchored, file: "c.yaml")
    else {
      Issue.record("anchors must be refused")
      return
    }
    // An anchor on a key alone (an alias as key is already refused by the loader).
    let anchoredKey = "formaat: poortwachter/1\nm:\n  &k a: 1\nn: 2\n"
    guard
      case .failure(.unsupported) = editor.apply(
        [.set(try path("n"), .integer(3))], to: anchoredKey, file: "c.yaml")
    else {
      Issue.record("anchored keys must be refused")
      return
    }
    guard case .failure(.unreadable) = editor.apply([], to: "a: [", file: "c.yaml") else {
      Issue.record("broken YAML must be refused")
      return
    }
  }

  @Test func pathsReadAsWritten() {
    #expect(EditPath("evaluaties[2].datum")?.steps == [.key("evaluaties"), .item(2), .key("datum")])
    #expect(EditPath("plan_van_aanpak.afspraken[+]")?.description == "plan_van_aanpak.afspraken[+]")
    for bad in ["", ".a", "a.", "a..b", "[1]", "a[0]", "a[x]", "a[1", "a[+].b", "a[1]b"] {
      #expect(EditPath(bad) == nil, "\(bad)")
    }
  }

  @Test func crlfFilesGetCRLFLines() throws {
    let text = "formaat: poortwachter/1\r\nlijst:\r\n  - a\r\n"
    #expect(try edit([.append(try path("lijst"), .string("b"))], text) == text + "  - b\r\n")
  }
}
