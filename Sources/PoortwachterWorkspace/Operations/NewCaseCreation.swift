import Foundation
import PoortwachterCore
import PoortwachterOutput

/// The work of `poortwachter nieuw` for any front end: write a new, commented case file
/// (``NewCaseFile``) as `<folder>/<kenmerk in lower case>.yaml`, never over an existing file, with a
/// reference to the shipped JSON Schema relative to the folder when this installation has one.
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
      return try AtomicFile.create(text, at: path) ? .written(path: path) : .exists(path: path)
    }
  }

  /// The shipped JSON Schema, relative to `folder`, when this installation has one.
  public static func schemaReference(from folder: String) -> String? {
    guard let templates = TemplateLocator.builtInFolder() else { return nil }
    let schema = URL(fileURLWithPath: templates).deletingLastPathComponent()
      .appendingPathComponent("schema/poortwachter-1.schema.json").standardizedFileURL.path
    guard FileManager.default.fileExists(atPath: schema) else { return nil }
    let from = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().pathComponents
    let to = URL(fileURLWithPath: schema).resolvingSymlinksInPath().pathComponents
    var common = 0
    while common < min(from.count, to.count), from[common] == to[common] { common += 1 }
    let up = Array(repeating: "..", count: from.count - common)
    return (up + to[common...]).joined(separator: "/")
  }
}
