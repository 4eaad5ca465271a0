import Foundation

/// Writes the JSON Schema (draft 2020-12) of the case format from ``FormatCatalogue``, for
/// editors: completion, Dutch hover help and red squiggles while a case file is typed.
///
/// What a schema cannot express (the elfproef, the order of dates, a kenmerk that is a reserved
/// name) is said in the descriptions; `poortwachter check` remains the authority.
public enum JSONSchema {
  /// The schema as pretty-printed JSON with sorted keys, ending in a newline.
  public static func text() -> String {
    var definitions: [String: JSONValue] = [:]
    for object in FormatCatalogue.objects where object.name != FormatCatalogue.root.name {
      definitions[object.name] = .object(objectFields(of: object))
    }
    var top = objectFields(of: FormatCatalogue.root)
    top["type"] = .string("object")
    top["$schema"] = .string("https://json-schema.org/draft/2020-12/schema")
    top["$id"] = .string("urn:poortwachter:casusformaat:1")
    top["title"] = .string("Casusbestand poortwachter/1")
    top["description"] = .string(
      FormatCatalogue.root.description + " Wat een schema niet kan controleren (de elfproef van het BSN, "
        + "de volgorde van datums, de termijnen) controleert 'poortwachter check'.")
    top["$defs"] = .object(definitions)
    return JSONValue.object(top).prettyText + "\n"
  }

  /// An object's keywords without `type`: they only apply to objects, so a reference to them
  /// with `type: [object, null]` lets an empty key through and reports a wrong key inside as
  /// itself ("'visie_werknmer' was unexpected"), not as a mismatch of one branch of a `oneOf`.
  private static func objectFields(of object: FormatObject) -> [String: JSONValue] {
    var properties: [String: JSONValue] = [:]
    for key in object.keys { properties[key.name] = schema(of: key) }
    var fields: [String: JSONValue] = [
      "description": .string(object.description),
      "properties": .object(properties), "additionalProperties": .bool(false),
    ]
    let required = object.keys.filter(\.required).map { JSONValue.string($0.name) }
    if !required.isEmpty { fields["required"] = .array(required) }
    return fields
  }

  private static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

  private static func schema(of key: FormatKey) -> JSONValue {
    var fields: [String: JSONValue] = ["description": .string(key.description)]
    /// A scalar's type, which also allows `null` when the key may be left empty.
    func type(_ names: String...) -> JSONValue {
      let all = key.required ? names : names + ["null"]
      return all.count == 1 ? .string(all[0]) : .array(all.map(JSONValue.string))
    }
    /// An object or list of type `kind` (also `null` when the key may be left empty) with the
    /// keywords of `schema`, which only apply to a value of that kind.
    func nested(_ kind: String, _ schema: [String: JSONValue]) {
      fields["type"] = type(kind)
      fields.merge(schema) { own, _ in own }
    }
    /// A reference to the definition of object `name`, for one that must be an object.
    func object(_ name: String) -> JSONValue {
      .object(["type": .string("object"), "$ref": .string("#/$defs/" + name)])
    }
    switch key.value {
    case .text: fields["type"] = type("string", "number")
    case .date:
      fields["type"] = type("string")
      fields["format"] = .string("date")
      fields["pattern"] = .string(datePattern)
    case .number(let whole, let minimum, let maximum):
      fields["type"] = type(whole ? "integer" : "number")
      fields["minimum"] = .number(minimum)
      if let maximum { fields["maximum"] = .number(maximum) }
    case .flag: fields["type"] = type("boolean")
    case .choice(let values):
      fields["type"] = type("string")
      fields["enum"] = .array(values.map(JSONValue.string) + (key.required ? [] : [.null]))
    case .pattern(let pattern, let words):
      fields["type"] = type("string")
      fields["pattern"] = .string(pattern)
      fields["description"] = .string(key.description + " Vorm: " + words + ".")
    case .constant(let value): fields["const"] = .string(value)
    case .object(let name): nested("object", ["$ref": .string("#/$defs/" + name)])
    case .list(let name): nested("array", ["items": object(name)])
    case .textOrObjectList(let name):
      // A text, or an object as its definition says (the definition's keywords apply to objects only).
      nested(
        "array",
        [
          "items": .object([
            "type": .array([.string("string"), .string("number"), .string("object")]),
            "$ref": .string("#/$defs/" + name),
          ])
        ])
    case .textList:
      nested("array", ["items": .object(["type": .array([.string("string"), .string("number")])])])
    }
    return .object(fields)
  }
}
