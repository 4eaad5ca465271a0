import PoortwachterCore
import PoortwachterOutput

/// The documents of one case rendered in memory, for a front end to show before anything is
/// written: the same `riv.html`, `controle.html` and `riv.xml` (validated against the schema) that
/// ``CaseRender`` writes into a dossier.
public struct CasePreview: Sendable {
  /// One rendered document.
  public struct Document: Sendable, Equatable {
    /// Its file name in a dossier (`riv.html`, `controle.html`, `riv.xml`).
    public let name: String
    /// Its text (UTF-8, as written).
    public let text: String
  }

  /// How a preview ended (a template that fails or a `riv.xml` that does not validate is thrown as
  /// ``PoortwachterError``, as for a render).
  public enum Outcome: Sendable {
    /// The case file has input errors.
    case unreadable([Diagnostic])
    /// The documents, in the order above.
    case rendered([Document])
  }

  /// The renderer with the templates and schema.
  public let renderer: DossierRenderer

  /// A preview with the templates and schema of `setup`.
  public init(setup: DossierSetup) { renderer = setup.renderer }

  /// The documents of a checked case.
  public func documents(_ evaluation: CaseEvaluation) throws(PoortwachterError) -> [Document] {
    let documents = try renderer.render(evaluation)
    return [
      Document(name: "riv.html", text: documents.rivHTML),
      Document(name: "controle.html", text: documents.controleHTML),
      Document(name: "riv.xml", text: documents.rivXML),
    ]
  }
}
