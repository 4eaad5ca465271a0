import Foundation
import PoortwachterCore
import PoortwachterOutput

/// The work of `poortwachter nieuw` for any front end: write a new, commented case file
/// (``NewCaseFile``) as `<folder>/<kenmerk in lower case>.yaml`, never over an existing file, with a
/// reference to the shipped JSON Schema when this installation has one; the folder is made when
/// only it is missing.
/// Typed outcomes; problems writing are thrown as ``PoortwachterError``.
public enum NewCaseCreation {
  /// How it ended.
  public enum Outcome: Sendable, Equatable {
    /// The file was written.
    case written(path: String)
    /// A file of that name exists; nothing was written.
    case exists(path: String)
    /// The values cannot make a case file (Dutch messages, one per problem); nothing was written.
    case invalid([String])
  }

  /// The path a new case `kenmerk` gets in `folder`.
  public static func path(kenmerk: String, in folder: String) -> String {
    (folder as NSString).appendingPathComponent(kenmerk.lowercased() + ".yaml")
  }

  /// Writes the new case file `file` (its schema reference is set here) into `folder`.
  public static func create(_ file: NewCaseFile, in folder: String) throws -> Outcome {
    let path = path(kenmerk: file.kenmerk, in: folder)
    var file = file
    file.schemaReference = schemaReference(from: folder)
    switch file.text() {
    case .failure(let error): return .invalid(error.messages)
    case .success(let text):
      // The folder itself is made when it is missing (its parent must exist).
      if !FileManager.default.fileExists(atPath: folder) {
        do {
          try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        } catch {
          throw PoortwachterError.io(path: folder, detail: "kan de map niet maken")
        }
      }
      return try AtomicFile.create(text, at: path) ? .written(path: path) : .exists(path: path)
    }
  }

  /// The shipped JSON Schema as a new case in `folder` refers to it
  /// (``TemplateLocation/jsonSchemaReference(from:)``), when this installation has one.
  public static func schemaReference(from folder: String) -> String? {
    (try? TemplateLocator.locate())?.jsonSchemaReference(from: folder)
  }
}
