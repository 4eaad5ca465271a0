import PoortwachterCore
import PoortwachterOutput

/// What `--versie` shows: the version, where the templates and schemas were found, and which
/// helper programs are on `PATH` (docs/installatie.md).
public struct InstallationReport: Sendable {
  /// A helper program and where it was found (`nil`: not on `PATH`).
  public struct Helper: Sendable, Equatable {
    /// The program's name.
    public let name: String
    /// The Debian package that brings it.
    public let package: String
    /// Its path, or `nil`.
    public let path: String?
  }

  /// The templates folder, or the error that says why none was found.
  public let templates: Result<TemplateLocation, PoortwachterError>
  /// The helper programs.
  public let helpers: [Helper]

  /// Looks everything up: the templates as ``TemplateLocator`` finds them (with `templates`, a
  /// folder given on the command line), the helpers on `path`.
  public init(templates option: String? = nil, environment: [String: String], path: String?) {
    templates = Result { () throws(PoortwachterError) in
      try TemplateLocator.locate(option: option, environment: environment)
    }
    let programs: [(String, [String], String)] = [
      ("chromium", ChromiumLocator.names, "chromium"), ("pdfinfo", ["pdfinfo"], "poppler-utils"),
      ("pdftotext", ["pdftotext"], "poppler-utils"), ("pdfunite", ["pdfunite"], "poppler-utils"),
      ("tesseract", ["tesseract"], "tesseract-ocr-nld"),
    ]
    helpers = programs.map { name, names, package in
      Helper(name: name, package: package, path: ProgramSearch.first(names, path: path))
    }
  }

  /// The report in Dutch, one item a line; ends in a newline.
  public var text: String {
    var lines = ["poortwachter \(ProgramVersion.number)"]
    switch templates {
    case .success(let location):
      lines.append("sjablonen: \(location.folder) (\(location.originText))")
      lines.append("JSON Schema: \(location.jsonSchema ?? "niet gevonden")")
    case .failure(let error):
      lines.append("sjablonen: niet gevonden")
      lines.append(error.errorDescription ?? "")
    }
    for helper in helpers {
      lines.append("\(helper.name): \(helper.path ?? "niet gevonden (pakket \(helper.package))")")
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
