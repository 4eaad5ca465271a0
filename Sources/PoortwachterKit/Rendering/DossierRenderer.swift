/// Renders the three documents of a dossier from one context.
public struct DossierRenderer: Sendable {
  /// The rendered documents.
  public struct Documents: Sendable {
    /// The re-integratieverslag for UWV and the employee.
    public let rivHTML: String
    /// The professional's check report.
    public let controleHTML: String
    /// The dossier as XML (validated against the schema).
    public let rivXML: String
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
    let context = DossierContext(evaluation: evaluation).build()
    // Texts with medical terms never reach the dossier: riv.html and riv.xml show a notice instead
    // (so such a case does not read back unchanged); the check report names the terms.
    let flagged = PrivacyRule.flaggedTexts(evaluation.loaded.caseFile)
    var dossierContext = context
    if !flagged.isEmpty {
      var redacting = DossierContext(evaluation: evaluation)
      redacting.redacted = flagged
      dossierContext = redacting.build()
    }
    let xml = try templates.render("riv.xml", context: dossierContext)
    let problems = validate ? schema.validate(xml: xml, name: "riv.xml") : []
    if !problems.isEmpty {
      throw PoortwachterError.invalidOutput(
        path: "\(evaluation.loaded.caseFile.kenmerk)/riv.xml",
        detail: problems.prefix(5).joined(separator: "; "))
    }
    return Documents(
      rivHTML: try templates.render("riv.html", context: dossierContext),
      controleHTML: try templates.render("controle.html", context: context), rivXML: xml)
  }

}
