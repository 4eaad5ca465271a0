import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// The format catalogue, the decoder and the committed JSON Schema say the same thing.
@Suite struct SchemaTests {
  @Test func committedSchemaIsTheCommandsOutput() throws {
    let committed = try String(
      contentsOfFile: TestSupport.packageRoot.appendingPathComponent("schema/poortwachter-1.schema.json")
        .path,
      encoding: .utf8)
    #expect(
      committed == JSONSchema.text(),
      "schema/poortwachter-1.schema.json is verouderd: draai 'swift run poortwachter schema > schema/poortwachter-1.schema.json'"
    )
  }

  /// A section that may be left empty is `type: [object, null]` with the object's keywords, not a
  /// `oneOf`/`anyOf` of the object and `null`: a validator then reports a misspelled key inside it
  /// ("'visie_werknmer' was unexpected") instead of "is not of type 'null'".
  @Test func emptySectionsAreTypedNotAlternatives() throws {
    let text = JSONSchema.text()
    #expect(!text.contains("\"anyOf\"") && !text.contains("\"oneOf\""))
    let schema = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let properties = try #require(schema["properties"] as? [String: Any])
    let plan = try #require(properties["plan_van_aanpak"] as? [String: Any])
    #expect(plan["type"] as? [String] == ["object", "null"])
    #expect(plan["$ref"] as? String == "#/$defs/plan_van_aanpak")
    let definitions = try #require(schema["$defs"] as? [String: Any])
    let definition = try #require(definitions["plan_van_aanpak"] as? [String: Any])
    #expect(definition["additionalProperties"] as? Bool == false)
    #expect(definition["type"] == nil, "a type here would refuse the null the reference allows")
    let list = try #require(properties["evaluaties"] as? [String: Any])
    #expect(list["type"] as? [String] == ["array", "null"])
    #expect((list["items"] as? [String: Any])?["type"] as? String == "object")
  }

  @Test func catalogueHasExactlyTheKeysTheDecoderAccepts() throws {
    let catalogue = FormatCatalogue.keysByPath
    var seen = Set<String>()
    for file in TestSupport.sampleFiles() + [TestSupport.fixtures + "/xml/vz-2024-0117.xml"] {
      let syntax = CaseLoader.Syntax(path: file) ?? .yaml
      let accepted = KeyCatalogue.accepted(
        in: try String(contentsOfFile: file, encoding: .utf8), syntax: syntax)
      for (path, keys) in accepted {
        seen.insert(path)
        // A rendered riv.xml may carry its computed <berekend> block, which the reader skips.
        let expected = syntax == .xml && path.isEmpty ? keys.filter { $0 != "berekend" } : keys
        #expect(catalogue[path] == expected, "'\(path)' in \(file)")
      }
    }
    // A revision of the probleemanalyse shares the bijstelling shape, but the bedrijfsarts's
    // document is not signed by the parties and records no agreements of theirs, so no sample
    // signs one or gives it afspraken.
    let unsigned: Set = [
      "probleemanalyse.bijstellingen[].ondertekend", "probleemanalyse.bijstellingen[].afspraken[]",
    ]
    #expect(Set(catalogue.keys).subtracting(seen).subtracting(unsigned).sorted() == [], "no sample has these")
  }

  @Test func everyKeyHasADutchDescriptionWithContent() {
    for object in FormatCatalogue.objects {
      #expect(!object.description.isEmpty, "\(object.name)")
      for key in object.keys {
        #expect(key.description.count >= 8 && key.description.hasSuffix("."), "\(object.name).\(key.name)")
      }
    }
  }
}
