import Foundation
import PoortwachterTemplates

/// Errors of the tool itself (not of a case file), with Dutch descriptions.
public enum PoortwachterError: Error, LocalizedError, Equatable {
  /// A shipped or user-supplied XSD does not parse.
  case invalidSchema(name: String, detail: String)
  /// A path given on the command line does not exist.
  case pathNotFound(String)
  /// A file could not be read or written.
  case io(path: String, detail: String)
  /// A template problem (unknown name, unreadable, parse error, missing key).
  case template(TemplateError)
  /// The built-in templates folder (`Templates/` with `riv.xsd`) is not found in any of the
  /// places ``TemplateLocator`` looks (`searched`, in order).
  case builtInTemplatesNotFound(searched: [String])
  /// The environment variable that names the templates folder names one without `riv.xsd`.
  case templatesVariableInvalid(variable: String, path: String)
  /// An output folder exists and replacing it was not asked for.
  case outputExists(String)
  /// A rendered document failed validation and was not written.
  case invalidOutput(path: String, detail: String)
  /// Another run holds the output folder's lock.
  case outputBusy(String)

  /// The Dutch message. It names no option of a front end: the command line adds how to
  /// overwrite or wait in its own words.
  public var errorDescription: String? {
    switch self {
    case .invalidSchema(let name, let detail): return "fout: XML-schema \(name) is ongeldig: \(detail)"
    case .pathNotFound(let path): return "fout: \(path) bestaat niet"
    case .io(let path, let detail): return "fout: \(path): \(detail)"
    case .template(let error): return error.description
    case .builtInTemplatesNotFound(let searched):
      return "fout: de sjablonen van poortwachter (een map Templates/ met riv.xsd) zijn niet gevonden"
        + (searched.isEmpty ? "" : "; gezocht in " + searched.joined(separator: ", "))
        + ". Installeer poortwachter (docs/installatie.md) of zet \(TemplateLocator.environmentVariable)"
        + " op de map Templates/"
    case .templatesVariableInvalid(let variable, let path):
      return
        "fout: \(variable) wijst naar \(path), maar daar staat geen riv.xsd; wijs de map Templates/ van "
        + "poortwachter aan of laat \(variable) weg"
    case .outputExists(let path):
      return "fout: \(path) bestaat al"
    case .invalidOutput(let path, let detail):
      return "fout: \(path) is niet geschreven, want het voldoet niet aan het schema: \(detail)"
    case .outputBusy(let path):
      return "fout: in \(path) schrijft al een andere poortwachter-run; wacht tot die klaar is"
    }
  }
}
