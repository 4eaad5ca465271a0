import Foundation

/// Where ``TemplateLocator`` found the built-in templates, and by which rule.
public struct TemplateLocation: Sendable, Equatable {
  /// The rule that found the folder (docs/installatie.md).
  public enum Origin: Sendable, Equatable {
    /// The templates folder given on the command line.
    case option
    /// The environment variable named.
    case environment(String)
    /// `<bin>/../share/poortwachter/Templates`.
    case installed
    /// `<bin>/Templates`.
    case besideBinary
    /// The source checkout the running binary was built in.
    case checkout
  }

  /// The folder with the templates and `riv.xsd`.
  public let folder: String
  /// How it was found.
  public let origin: Origin

  /// Creates a location.
  public init(folder: String, origin: Origin) {
    self.folder = folder
    self.origin = origin
  }

  /// The JSON Schema of the case format that belongs with these templates:
  /// `schema/poortwachter-1.schema.json` next to the templates folder (in the checkout and in
  /// `share/poortwachter/`), when it is there.
  public var jsonSchema: String? {
    let path = URL(fileURLWithPath: folder).standardizedFileURL.deletingLastPathComponent()
      .appendingPathComponent("schema/poortwachter-1.schema.json").path
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// What a new case file in `folder` writes after `$schema=`: the path of ``jsonSchema``,
  /// relative when `folder` lies in the same tree (a case in the checkout's `SampleCases/`), else
  /// absolute (an installed schema, or a checkout's schema seen from a case elsewhere); `nil`
  /// without a schema. Never a path into a checkout an installed binary does not use.
  public func jsonSchemaReference(from folder: String) -> String? {
    guard let schema = jsonSchema else { return nil }
    let to = URL(fileURLWithPath: schema).resolvingSymlinksInPath().pathComponents
    let from = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().pathComponents
    let root = Array(to.dropLast(2))
    guard from.count >= root.count, Array(from.prefix(root.count)) == root else {
      return URL(fileURLWithPath: schema).resolvingSymlinksInPath().path
    }
    let up = Array(repeating: "..", count: from.count - root.count)
    return (up + to[root.count...]).joined(separator: "/")
  }

  /// In Dutch, how the folder was found (for `--versie`).
  public var originText: String {
    switch origin {
    case .option: return "opgegeven sjablonenmap"
    case .environment(let variable): return "uit \(variable)"
    case .installed: return "installatie"
    case .besideBinary: return "naast het programma"
    case .checkout: return "broncode waarin dit programma gebouwd is"
    }
  }
}
