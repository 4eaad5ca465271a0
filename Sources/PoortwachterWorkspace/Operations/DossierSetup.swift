import PoortwachterCore
import PoortwachterOutput

/// The templates and XML schema a run renders dossiers with, loaded once per run: the built-in
/// templates, with a folder of house-style templates over them when one is given.
public struct DossierSetup: Sendable {
  /// The shipped schema `riv.xml` is validated against.
  public let schema: XMLSchema
  /// The renderer with the templates.
  public let renderer: DossierRenderer

  /// Loads the built-in templates and schema, and `templates` over them. A `templates` folder
  /// with `riv.xsd` is complete and used alone (``TemplateLocator``).
  public init(templates: String?) throws {
    let builtIn = try TemplateLocator.locate(option: templates)
    schema = try BuiltInSchema.load(from: builtIn.folder)
    let override = builtIn.origin == .option ? nil : templates
    renderer = DossierRenderer(
      templates: try DossierRenderer.loadTemplates(builtIn: builtIn.folder, override: override),
      schema: schema)
  }
}
