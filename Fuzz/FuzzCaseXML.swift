import Foundation

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// libFuzzer target for XML case files that are well-formed and shaped like a case (see
/// docs/fuzzing.md). The fuzz input is not the file: it is a recipe of choices. Walking the
/// ``FormatCatalogue`` from the top, each byte decides whether an optional key is written, which
/// value a field gets (from values near every limit the rules and the decoder know: dates around
/// leap days and week boundaries, numbers at their bounds, texts with markup, BSNs and line breaks,
/// a wrong choice), how many items a list has, and now and then an unknown element, an attribute or
/// a comment. So nearly every input reaches the decoder, the plausibility checks and the rules
/// rather than stopping at a syntax error.
///
/// Oracles: nothing crashes, hangs or leaks, and a case the loader accepts renders a `riv.xml`
/// that the shipped XSD accepts (`DossierRenderer.render` validates it) and that reads back as a
/// case. Either failure stops the run like a crash.

/// The shipped templates and schema (`POORTWACHTER_TEMPLATES`).
let templatesFolder = ProcessInfo.processInfo.environment["POORTWACHTER_TEMPLATES"] ?? "Templates"
let xsdText = (try? String(contentsOfFile: templatesFolder + "/riv.xsd", encoding: .utf8)) ?? ""
let xmlLoader = CaseLoader(schema: try? BuiltInSchema.load(from: templatesFolder))
let xmlRenderer: DossierRenderer? = {
  guard let schema = try? BuiltInSchema.load(from: templatesFolder),
    let library = try? DossierRenderer.loadTemplates(builtIn: templatesFolder)
  else {
    FileHandle.standardError.write(Data("fuzz: geen sjablonen in \(templatesFolder)\n".utf8))
    return nil
  }
  return DossierRenderer(templates: library, schema: schema)
}()
let showCases = ProcessInfo.processInfo.environment["FUZZ_XML_TOON"] != nil
let peildatum = CivilDate(year: 2026, month: 12, day: 7) ?? CivilDate(dayNumber: 0)

/// The element name of the items of list `key`, as the XSD names it (`arbeidsdeskundige_onderzoeken`
/// holds `onderzoek`s): the first element of the complex type the list element has.
func itemName(ofList key: String) -> String {
  guard let element = xsdText.range(of: "<xs:element name=\"\(key)\" type=\""),
    let typeEnd = xsdText[element.upperBound...].firstIndex(of: "\""),
    let type = Optional(String(xsdText[element.upperBound..<typeEnd])),
    let complex = xsdText.range(of: "<xs:complexType name=\"\(type)\""),
    let item = xsdText[complex.upperBound...].range(of: "<xs:element name=\"")
  else { return "item" }
  return String(xsdText[item.upperBound...].prefix { $0 != "\"" })
}

/// The choices, read one byte at a time; past the end every choice is 0 (the smallest case).
struct Recipe {
  let bytes: UnsafeBufferPointer<UInt8>
  var index = 0

  mutating func next() -> Int {
    defer { index += 1 }
    return index < bytes.count ? Int(bytes[index]) : 0
  }

  mutating func pick<T>(_ values: [T]) -> T { values[next() % values.count] }
}

enum Values {
  static let texts = [
    "Jan de Vries", "", " ", "a & b < c > \"d\" 'e'", "]]>", "regel 1\nregel 2", "tab\there", "é ü ß 中文 😀",
    "BSN 111222333", "111222333", "123456782", "depressie en burn-out", "=", "-", ".", "0",
    String(repeating: "lang ", count: 400), "x\u{85}y", "a\u{2028}b", "\u{7F}", "&#60;b&#62;",
    "<!-- geen commentaar -->", "VZ-2024-0117", "vz-2024-0117",
  ]
  static let dates = [
    "2024-01-08", "2024-02-29", "2023-02-29", "2024-12-31", "2025-01-01", "2026-12-07", "2026-12-08",
    "1900-01-01", "9999-12-31", "0000-01-01", "2024-1-8", "2024-13-01", "08-01-2024", "", "gisteren",
  ]
  /// For keys with a fixed form (kenmerk, BSN, loonheffingennummer, postcode): those that fit
  /// the form are chosen three times out of four.
  static let patterned = [
    "VZ-1", "vz-1", "A", "111222333", "123456782", "123456782L01", "1234 AB", "1234AB", ".verborgen", "-rf",
    "index.html", "", "a b", "x/y", "12345678", "1234567890",
  ]
}

/// Writes a case file from `recipe`.
struct CaseWriter {
  var recipe: Recipe
  var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dossier xmlns=\"urn:poortwachter:dossier:1\">\n"

  static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      default: result.append(character)
      }
    }
    return result
  }

  mutating func element(_ name: String, _ text: String) {
    xml += "<\(name)>\(Self.escaped(text))</\(name)>\n"
  }

  mutating func value(of key: FormatKey, depth: Int) {
    switch key.value {
    case .text: element(key.name, recipe.pick(Values.texts))
    case .date:
      if recipe.next() % 4 == 0 {
        // Any day of 2023 to 2026: week boundaries and deadlines fall on every weekday.
        let day = CivilDate(year: 2023, month: 1, day: 1).map {
          $0.dayNumber + recipe.next() * 6 + recipe.next() % 6
        }
        element(key.name, day.map { CivilDate(dayNumber: $0).description } ?? "")
      } else {
        element(key.name, recipe.pick(Values.dates))
      }
    case .number(let whole, let minimum, let maximum):
      let top = maximum ?? 1_000
      element(
        key.name,
        recipe.pick([
          "\(minimum)", "\(top)", "\(minimum - 1)", "\(top + 1)",
          "\(minimum + recipe.next() % max(1, top - minimum + 1))",
          whole ? "1.5" : "0.5", "abc", "", "1e3",
        ]))
    case .flag: element(key.name, recipe.pick(["true", "false", "ja", ""]))
    case .choice(let options): element(key.name, recipe.pick(options + ["onbekend", ""]))
    case .pattern(let form, _):
      let choice = recipe.next()
      let fitting = Values.patterned.filter { $0.range(of: form, options: .regularExpression) != nil }
      element(
        key.name,
        choice % 4 != 3 && !fitting.isEmpty
          ? fitting[(choice / 4) % fitting.count] : Values.patterned[choice % Values.patterned.count])
    case .constant(let text): element(key.name, recipe.next() % 16 == 15 ? "poortwachter/2" : text)
    case .object(let name):
      guard depth < 6, let object = FormatCatalogue.object(name) else { return element(key.name, "") }
      xml += "<\(key.name)>\n"
      mapping(object, depth: depth + 1)
      xml += "</\(key.name)>\n"
    case .list(let name):
      guard depth < 6, let object = FormatCatalogue.object(name) else { return element(key.name, "") }
      let item = itemName(ofList: key.name)
      xml += "<\(key.name)>\n"
      for _ in 0..<(recipe.next() % 4) {
        xml += "<\(item)>\n"
        mapping(object, depth: depth + 1)
        xml += "</\(item)>\n"
      }
      xml += "</\(key.name)>\n"
    case .textList:
      let item = itemName(ofList: key.name)
      xml += "<\(key.name)>\n"
      for _ in 0..<(recipe.next() % 3) { element(item, recipe.pick(Values.texts)) }
      xml += "</\(key.name)>\n"
    case .textOrObjectList(let name):
      // Each item a text or the object's elements (an afspraak: activiteit, wie, wanneer, status).
      let item = itemName(ofList: key.name)
      xml += "<\(key.name)>\n"
      for _ in 0..<(recipe.next() % 3) {
        if recipe.next() % 2 == 0 || depth >= 6 {
          element(item, recipe.pick(Values.texts))
        } else if let object = FormatCatalogue.object(name) {
          xml += "<\(item)>\n"
          mapping(object, depth: depth + 1)
          xml += "</\(item)>\n"
        }
      }
      xml += "</\(key.name)>\n"
    }
  }

  mutating func mapping(_ object: FormatObject, depth: Int) {
    for key in object.keys {
      let choice = recipe.next()
      // Required keys are nearly always there (also past the recipe's end, where every choice is
      // 0), optional ones about half the time.
      guard key.required ? choice % 16 != 15 : choice % 2 == 1 else { continue }
      switch choice % 64 {
      case 3: xml += "<!-- \(key.name) -->\n"
      case 5: xml += "<onbekend_\(key.name)/>\n"
      case 7: xml += "<\(key.name) a=\"1\"/>\n"
      case 9: value(of: key, depth: depth)  // twice
      default: break
      }
      value(of: key, depth: depth)
    }
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCaseXML(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  var writer = CaseWriter(recipe: Recipe(bytes: UnsafeBufferPointer(start: data, count: size)))
  writer.mapping(FormatCatalogue.root, depth: 0)
  writer.xml += "</dossier>\n"
  let outcome = xmlLoader.load(bytes: Array(writer.xml.utf8), file: "fuzz.xml", syntax: .xml)
  if showCases {
    // FUZZ_XML_TOON=1: the case a recipe writes and what the loader made of it (to read an artefact).
    var report = writer.xml
    if case .failed(_, let diagnostics) = outcome {
      report += diagnostics.prefix(5).map { "-> \($0.location?.description ?? "-") \($0.message)" }.joined(
        separator: "\n")
    } else {
      report += "-> ingelezen"
    }
    FileHandle.standardError.write(Data((report + "\n").utf8))
  }
  guard case .loaded(let loaded) = outcome, let renderer = xmlRenderer else { return 0 }
  let evaluation = RuleEngine().evaluate(loaded, peildatum: peildatum)
  let documents: DossierRenderer.Documents
  do {
    documents = try renderer.render(evaluation)
  } catch {
    FileHandle.standardError.write(
      Data("fuzz: een ingelezen casus geeft geen geldig dossier: \(error)\n\(writer.xml)\n".utf8))
    abort()
  }
  if case .failed(_, let diagnostics) = xmlLoader.load(
    bytes: documents.rivXMLBytes, file: "riv.xml", syntax: .xml),
    !diagnostics.contains(where: { $0.code.hasPrefix("invoer.medisch") })
  {
    FileHandle.standardError.write(
      Data("fuzz: riv.xml leest niet terug: \(diagnostics.prefix(3).map(\.message))\n\(writer.xml)\n".utf8))
    abort()
  }
  return 0
}
