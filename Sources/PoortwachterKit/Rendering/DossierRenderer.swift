/// Renders the three documents of a dossier from one context.
public struct DossierRenderer: Sendable {
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

  /// Renders one template with a fresh context (benchmarks use it to weigh the templates).
  public func render(_ evaluation: CaseEvaluation, template: String) throws -> String {
    try templates.render(template, context: DossierContext(evaluation: evaluation).build())
  }

  /// Renders all documents; throws when a template fails or `riv.xml` does not validate.
  ///
  /// `validate: false` skips the XSD check; only benchmarks use it, to measure the stages apart.
  public func render(_ evaluation: CaseEvaluation, validate: Bool = true) throws -> Documents {
    // Texts with medical terms never reach the dossier: riv.html and riv.xml show a notice instead
    // (so such a case does not read back unchanged); the check report names the terms.
    let context = DossierContext(evaluation: evaluation).build()
    let xml = try templates.renderBytes("riv.xml", context: context)
    let problems = validate ? schema.validate(xml: xml, name: "riv.xml") : []
    if !problems.isEmpty {
      throw PoortwachterError.invalidOutput(
        path: "\(evaluation.loaded.caseFile.kenmerk)/riv.xml",
        detail: problems.prefix(5).joined(separator: "; "))
    }
    return Documents(
      rivHTMLBytes: try templates.renderBytes("riv.html", context: context),
      controleHTMLBytes: try templates.renderBytes("controle.html", context: context), rivXMLBytes: xml)
  }

}
