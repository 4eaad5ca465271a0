import PoortwachterCore
import PoortwachterTemplates

/// Renders the three documents of a dossier from one context.
public struct DossierRenderer: Sendable {
  /// The templates every dossier needs.
  public static let requiredTemplates = ["riv.html", "controle.html", "riv.xml"]

  /// The rendered documents.
  public struct Documents: Sendable {
    /// The re-integratieverslag for UWV and the employee (UTF-8).
    public let rivHTMLBytes: [UInt8]
    /// The professional's check report (UTF-8).
    public let controleHTMLBytes: [UInt8]
    /// The dossier as XML, validated against the schema (UTF-8).
    public let rivXMLBytes: [UInt8]

    /// The re-integratieverslag as text.
    public var rivHTML: String { String(decoding: rivHTMLBytes, as: UTF8.self) }
    /// The check report as text.
    public var controleHTML: String { String(decoding: controleHTMLBytes, as: UTF8.self) }
    /// The XML dossier as text.
    public var rivXML: String { String(decoding: rivXMLBytes, as: UTF8.self) }
  }

  /// The templates.
  public let templates: TemplateLibrary
  /// The XSD `riv.xml` must satisfy.
  public let schema: XMLSchema

  /// Creates a renderer.
  public init(templates: TemplateLibrary, schema: XMLSchema) {
    self.templates = templates
    self.schema = schema
  }

  /// Loads the built-in templates and a bureau's overrides (see ``TemplateLibrary``), checking that
  /// every template of ``requiredTemplates`` is there.
  public static func loadTemplates(builtIn: String, override: String? = nil) throws(PoortwachterError)
    -> TemplateLibrary
  {
    do {
      return try TemplateLibrary(builtIn: builtIn, override: override, required: requiredTemplates)
    } catch {
      throw .template(error)
    }
  }

  /// Renders one template with a fresh context (benchmarks use it to weigh the templates).
  public func render(_ evaluation: CaseEvaluation, template: String) throws(PoortwachterError) -> String {
    try templates.dossierText(template, context: DossierContext(evaluation: evaluation).build())
  }

  /// Renders all documents; throws when a template fails or `riv.xml` does not validate.
  ///
  /// `validate: false` skips the XSD check; only benchmarks use it, to measure the stages apart.
  public func render(_ evaluation: CaseEvaluation, validate: Bool = true) throws(PoortwachterError)
    -> Documents
  {
    // Texts with medical terms never reach the dossier: riv.html and riv.xml show a notice instead
    // (so such a case does not read back unchanged); the check report names the terms.
    let context = DossierContext(evaluation: evaluation).build()
    let xml = try templates.dossierBytes("riv.xml", context: context)
    let problems = validate ? schema.validate(xml: xml, name: "riv.xml") : []
    if !problems.isEmpty {
      throw PoortwachterError.invalidOutput(
        path: "\(evaluation.loaded.caseFile.kenmerk)/riv.xml",
        detail: problems.prefix(5).joined(separator: "; "))
    }
    return Documents(
      rivHTMLBytes: try templates.dossierBytes("riv.html", context: context),
      controleHTMLBytes: try templates.dossierBytes("controle.html", context: context), rivXMLBytes: xml)
  }
}

extension TemplateLibrary {
  /// ``renderBytes(_:context:)`` with a template error as a ``PoortwachterError``.
  func dossierBytes(_ name: String, context: RenderNode) throws(PoortwachterError) -> [UInt8] {
    do { return try renderBytes(name, context: context) } catch { throw .template(error) }
  }

  /// ``render(_:context:)`` with a template error as a ``PoortwachterError``.
  package func dossierText(_ name: String, context: RenderNode) throws(PoortwachterError) -> String {
    do { return try render(name, context: context) } catch { throw .template(error) }
  }
}
