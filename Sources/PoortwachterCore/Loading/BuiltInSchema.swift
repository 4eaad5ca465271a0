import Foundation

/// The shipped XSD (`Templates/riv.xsd`) for XML case files and `riv.xml`.
public enum BuiltInSchema {
  /// Parses the schema from the built-in templates folder (or `folder`); throws when the folder
  /// is not found (``TemplateLocator/locate(option:environment:executable:checkout:)``).
  public static func load(from folder: String? = nil) throws -> XMLSchema {
    let folder = try folder ?? TemplateLocator.locate().folder
    let path = folder + "/" + TemplateLocator.marker
    guard let data = FileManager.default.contents(atPath: path) else {
      throw PoortwachterError.io(path: path, detail: "kan het XML-schema niet lezen")
    }
    return try XMLSchema(xsd: String(decoding: data, as: UTF8.self), name: path)
  }
}
