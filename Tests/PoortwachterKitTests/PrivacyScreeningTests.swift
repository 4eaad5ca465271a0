import Foundation
import PoortwachterTemplates
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// Every text field of the format is screened as ``FormatCatalogue`` declares it, and what the
/// screening flags never reaches `riv.html`, `riv.xml` or a document of the UWV pack.
@Suite struct PrivacyScreeningTests {
  /// A case written from the catalogue itself: every key of every mapping once, each list with
  /// one item, and in every text field `M<n> <term>`, numbered in catalogue order.
  struct CatalogueCase {
    var yaml = ""
    /// The value written per path pattern.
    var values: [String: String] = [:]
    private var day = 0

    /// Without `originals`, no document names an original (nor the proof of a digital signature),
    /// so the pack renders every document.
    init(term: String, originals: Bool = true) {
      yaml = "formaat: poortwachter/1\n"
      self.originals = originals
      write(FormatCatalogue.root, path: "", indent: "", term: term, skip: ["formaat"])
    }
    private let originals: Bool

    private mutating func nextDate() -> String {
      day += 1
      return (CivilDate(iso: "2024-01-08") ?? CivilDate(dayNumber: 0)).adding(days: day).description
    }

    private mutating func write(
      _ object: FormatObject, path: String, indent: String, term: String, skip: Set<String> = [],
      firstPrefix: String? = nil
    ) {
      var prefix = firstPrefix ?? indent
      // Full recovery would make the case need no report, and so no pack.
      for key in object.keys
      where !skip.contains(key.name) && key.name != "volledig_hersteld_op"
        && (originals || (key.name != "origineel" && key.name != "bewijs"))
      {
        let child = path.isEmpty ? key.name : path + "." + key.name
        defer { prefix = indent }
        switch key.value {
        case .text:
          let value = "M\(values.count + 1) \(term)"
          values[child] = value
          yaml += "\(prefix)\(key.name): \"\(value)\"\n"
        case .textList:
          let value = "M\(values.count + 1) \(term)"
          values[child + "[]"] = value
          yaml += "\(prefix)\(key.name):\n\(indent)  - \"\(value)\"\n"
        case .date:
          let date =
            key.name == "geboortedatum" ? "1970-01-01" : key.name == "in_dienst" ? "2010-01-01" : nextDate()
          yaml += "\(prefix)\(key.name): \(date)\n"
        case .number(_, let minimum, _): yaml += "\(prefix)\(key.name): \(max(minimum, 1))\n"
        case .flag: yaml += "\(prefix)\(key.name): true\n"
        case .choice(let options): yaml += "\(prefix)\(key.name): \(options[0])\n"
        case .constant(let value): yaml += "\(prefix)\(key.name): \(value)\n"
        case .pattern:
          let value = [
            "kenmerk": "VZ-CATALOGUS", "bsn": "\"123456782\"", "loonheffingennummer": "123456782L01",
          ]
          yaml += "\(prefix)\(key.name): \(value[key.name] ?? "?")\n"
        case .object(let name):
          yaml += "\(prefix)\(key.name):\n"
          if let nested = FormatCatalogue.object(name) {
            write(nested, path: child, indent: indent + "  ", term: term)
          }
        case .textOrObjectList(let name):
          // A plain text item, then a mapping item.
          let value = "M\(values.count + 1) \(term)"
          values[child + "[]"] = value
          yaml += "\(prefix)\(key.name):\n\(indent)  - \"\(value)\"\n"
          if let nested = FormatCatalogue.object(name) {
            write(
              nested, path: child + "[]", indent: indent + "    ", term: term, firstPrefix: indent + "  - ")
          }
        case .list(let name):
          yaml += "\(prefix)\(key.name):\n"
          if let nested = FormatCatalogue.object(name) {
            write(
              nested, path: child + "[]", indent: indent + "    ", term: term, firstPrefix: indent + "  - ")
          }
        }
      }
    }
  }

  static func load(_ yaml: String) throws -> LoadedCase {
    guard let loaded = TestSupport.loaded(yaml) else {
      Issue.record("does not load: \(TestSupport.diagnostics(yaml).map(\.formatted))\n\(yaml)")
      throw CancellationError()
    }
    return loaded
  }

  @Test func everyTextFieldOfTheCatalogueIsReadAndScreenedAsDeclared() throws {
    let written = CatalogueCase(term: "hernia")
    let loaded = try Self.load(written.yaml)
    let read = Set(loaded.freeTexts.map(\.path.pattern))
    let declared = Set(FormatCatalogue.freeTexts.map(\.pattern))
    #expect(
      read == declared, "not read: \(declared.subtracting(read)), not declared: \(read.subtracting(declared))"
    )
    let flagged = Set(
      RenderingTests.evaluation(loaded).findings.filter {
        $0.ruleID == "wvp.privacy.medische-gegevens"
      }.compactMap { $0.path?.pattern })
    for (pattern, screening) in FormatCatalogue.freeTexts {
      let screened = screening == .prose || screening == .label || screening == .address
      #expect(flagged.contains(pattern) == screened, "\(pattern) (\(screening))")
    }
    // The fields the issue named are among them.
    for pattern in [
      "arbeidsdeskundige_onderzoeken[].belastbaarheid.bron", "werkgever.aard_bedrijf",
      "werkgever.adres.straat",
      "werkgever.adres.plaats", "werknemer.adres.straat", "werknemer.adres.plaats",
    ] {
      #expect(flagged.contains(pattern), "\(pattern)")
    }
  }

  @Test func noFlaggedTextReachesTheDossierOrThePack() throws {
    let written = CatalogueCase(term: "hernia", originals: false)
    let loaded = try Self.load(written.yaml)
    let evaluation = RenderingTests.evaluation(loaded)
    let documents = try RenderingTests.renderer().render(evaluation)
    var outputs = ["riv.html": documents.rivHTML, "riv.xml": documents.rivXML]
    let templates = try TemplateLibrary(builtIn: TestSupport.templates)
    if case .success(let plan) = PackPlan.make(evaluation) {
      let dossier = DossierContext(evaluation: evaluation)
      for (index, document) in plan.documents.enumerated() {
        let context = PackDocumentContext(
          dossier: dossier, document: document, fileName: plan.fileName(index)
        )
        .build()
        for name in ["uwv/document.html", "uwv/kop.html", "uwv/voet.html"] {
          outputs["\(plan.fileName(index)) \(name)"] = try templates.render(name, context: context)
        }
      }
    } else if case .failure(let none) = PackPlan.make(evaluation) {
      Issue.record("the catalogue case has no pack: \(none.reason)")
    }
    #expect(outputs.keys.contains { $0.contains("arbeidsdeskundig") }, "\(outputs.keys.sorted())")
    let flagged = evaluation.medicalTexts
    #expect(
      flagged.count
        == FormatCatalogue.freeTexts.filter {
          $0.screening != .notMedical && !$0.pattern.hasSuffix("origineel")
        }
        .count)
    for (name, output) in outputs {
      for flagged in flagged {
        let text = flagged.text
        #expect(!output.contains(text + "<") && !output.contains(text + "\""), "\(flagged.path) in \(name)")
      }
    }
    #expect(TestSupport.schema?.validate(xml: documents.rivXML, name: "riv.xml").isEmpty == true)
  }

  static func screened(_ yaml: String) throws -> [Finding] {
    RenderingTests.evaluation(try load(yaml)).findings.filter { $0.ruleID == "wvp.privacy.medische-gegevens" }
  }

  static func caseWith(werkgever: String, werknemer: String) -> String {
    "formaat: poortwachter/1\nkenmerk: X\nwerkgever: \(werkgever)\nwerknemer: \(werknemer)\n"
      + "verzuim: { eerste_ziektedag: 2024-01-08 }\n"
  }

  @Test func namesStreetNamesAndTheWorkOfACareEmployerAreNoFindings() throws {
    let yaml = Self.caseWith(
      werkgever:
        "{ naam: Ziekenhuis Rijnstate, aard_bedrijf: Ziekenhuis en apotheek, adres: { straat: Ziekenhuisweg 4, plaats: Arnhem } }",
      werknemer:
        "{ naam: J. Kramp, functie: Fysiotherapeut, adres: { straat: Gasthuislaan 2, postcode: 1234 AB, plaats: Arnhem } }"
    )
    let found = try Self.screened(yaml)
    #expect(found.isEmpty, "\(found.map(\.message))")
  }

  @Test func medicalInformationInAnAddressOrDescriptionIsAFinding() throws {
    let yaml = Self.caseWith(
      werkgever: "{ naam: Logistiek Zuid, aard_bedrijf: \"Groothandel; werknemer heeft een burn-out\" }",
      werknemer:
        "{ naam: J. de Vries, functie: Orderpicker, adres: { straat: p/a Ziekenhuis Rijnstate, plaats: Arnhem } }"
    )
    let found = try Self.screened(yaml)
    #expect(
      Set(found.compactMap(\.path?.description)) == ["werkgever.aard_bedrijf", "werknemer.adres.straat"])
  }

  @Test func anotherPersonsBSNInATextIsAnErrorAndMaskedInTheDossier() throws {
    let yaml =
      "formaat: poortwachter/1\nkenmerk: X\nwerknemer: { naam: J. Jansen, bsn: \"123456782\" }\n"
      + "verzuim: { eerste_ziektedag: 2024-01-08 }\nprobleemanalyse:\n  datum: 2024-02-12\n"
      + "  prognose: Collega met BSN 111222333 neemt het werk over.\n"
      + "  advies: Besproken met J. Jansen (123456782) op 20240212.\n"
    let loaded = try Self.load(yaml)
    let evaluation = RenderingTests.evaluation(loaded)
    let found = evaluation.findings.filter { $0.ruleID.hasPrefix("wvp.privacy.bsn") }
    #expect(found.map(\.ruleID) == ["wvp.privacy.bsn-derde", "wvp.privacy.bsn-werknemer"])
    #expect(found.map(\.severity) == [.fout, .waarschuwing])
    #expect(
      found.map(\.location) == [SourceLocation(line: 7, column: 13), SourceLocation(line: 8, column: 11)])
    #expect(found.allSatisfy { !$0.message.contains("111222333") && !$0.message.contains("123456782") })
    let documents = try RenderingTests.renderer().render(evaluation)
    for output in [documents.rivHTML, documents.rivXML] {
      #expect(!output.contains("111222333") && output.contains("Collega met BSN ******333"))
      #expect(output.contains("Besproken met J. Jansen (******782) op 20240212."))
    }
    // The employee's own field still carries the number the report needs.
    #expect(documents.rivXML.contains("<bsn>123456782</bsn>"))
  }

  @Test func everyTextFieldIsSearchedForABSNAndMaskedEverywhere() throws {
    let written = CatalogueCase(term: "111222333", originals: false)
    let loaded = try Self.load(written.yaml)
    let evaluation = RenderingTests.evaluation(loaded)
    let found = Set(
      evaluation.findings.filter { $0.ruleID == "wvp.privacy.bsn-derde" }.compactMap { $0.path?.pattern })
    #expect(found == Set(written.values.keys))
    let documents = try RenderingTests.renderer().render(evaluation)
    #expect(!documents.rivHTML.contains("111222333") && !documents.rivXML.contains("111222333"))
    guard case .success(let plan) = PackPlan.make(evaluation) else {
      Issue.record("no pack")
      return
    }
    let templates = try TemplateLibrary(builtIn: TestSupport.templates)
    let dossier = DossierContext(evaluation: evaluation)
    for (index, document) in plan.documents.enumerated() {
      let context = PackDocumentContext(dossier: dossier, document: document, fileName: plan.fileName(index))
        .build()
      for name in ["uwv/document.html", "uwv/kop.html", "uwv/voet.html"] {
        #expect(!(try templates.render(name, context: context)).contains("111222333"), "\(name)")
      }
    }
  }
}
