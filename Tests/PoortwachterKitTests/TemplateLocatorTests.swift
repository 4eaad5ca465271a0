import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore

/// The templates are found in the documented order (docs/installatie.md), and a binary outside
/// the checkout's build folders never reads the checkout.
@Suite struct TemplateLocatorTests {
  /// A temporary folder, removed by the caller.
  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("pw-locatie-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Makes `folder` a templates folder (it holds `riv.xsd`).
  static func templates(_ folder: URL) throws {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try "<xs:schema/>".write(to: folder.appendingPathComponent("riv.xsd"), atomically: true, encoding: .utf8)
  }

  @Test func aCopiedBinaryDoesNotReadTheCheckout() throws {
    let root = try Self.folder()
    defer { try? FileManager.default.removeItem(at: root) }
    let binary = root.appendingPathComponent("bin/poortwachter").path
    #expect(
      throws: PoortwachterError.builtInTemplatesNotFound(
        searched: [root.path + "/share/poortwachter/Templates", root.path + "/bin/Templates"])
    ) {
      try TemplateLocator.locate(environment: [:], executable: binary, checkout: TestSupport.packageRoot.path)
    }
  }

  @Test func theOrderIsOptionEnvironmentInstallationBesideTheBinaryCheckout() throws {
    let root = try Self.folder()
    defer { try? FileManager.default.removeItem(at: root) }
    let checkout = root.appendingPathComponent("bron")
    try Self.templates(checkout.appendingPathComponent("Templates"))
    let built = checkout.appendingPathComponent(".build/x86_64-unknown-linux-gnu/release/poortwachter").path
    #expect(
      try TemplateLocator.locate(environment: [:], executable: built, checkout: checkout.path)
        == TemplateLocation(folder: checkout.path + "/Templates", origin: .checkout))

    let prefix = root.appendingPathComponent("usr")
    let installed = prefix.appendingPathComponent("bin/poortwachter").path
    try Self.templates(prefix.appendingPathComponent("bin/Templates"))
    #expect(
      try TemplateLocator.locate(environment: [:], executable: installed, checkout: checkout.path).origin
        == .besideBinary)
    try Self.templates(prefix.appendingPathComponent("share/poortwachter/Templates"))
    #expect(
      try TemplateLocator.locate(environment: [:], executable: installed, checkout: checkout.path)
        == TemplateLocation(folder: prefix.path + "/share/poortwachter/Templates", origin: .installed))

    let variable = root.appendingPathComponent("eigen").path
    try Self.templates(URL(fileURLWithPath: variable))
    for name in ["POORTWACHTER_SJABLONEN", "POORTWACHTER_TEMPLATES"] {
      #expect(
        try TemplateLocator.locate(
          environment: [name: variable], executable: installed, checkout: checkout.path)
          == TemplateLocation(folder: variable, origin: .environment(name)))
    }
    let option = root.appendingPathComponent("optie").path
    try Self.templates(URL(fileURLWithPath: option))
    #expect(
      try TemplateLocator.locate(
        option: option, environment: ["POORTWACHTER_SJABLONEN": variable], executable: installed,
        checkout: checkout.path) == TemplateLocation(folder: option, origin: .option))
    // A house-style folder without riv.xsd goes over the built-in templates; it does not replace them.
    #expect(
      try TemplateLocator.locate(
        option: root.path, environment: [:], executable: installed, checkout: checkout.path
      )
      .origin == .installed)
  }

  @Test func aVariableThatNamesNoTemplatesIsAnErrorNotAQuietFallBack() throws {
    let root = try Self.folder()
    defer { try? FileManager.default.removeItem(at: root) }
    #expect(
      throws: PoortwachterError.templatesVariableInvalid(variable: "POORTWACHTER_SJABLONEN", path: root.path)
    ) {
      try TemplateLocator.locate(
        environment: ["POORTWACHTER_SJABLONEN": root.path],
        executable: TestSupport.packageRoot.path + "/.build/x",
        checkout: TestSupport.packageRoot.path)
    }
  }

  @Test func onlyTheCheckoutsOwnBuildFoldersCount() {
    let checkout = "/home/a/poortwachter"
    #expect(TemplateLocator.isBuildProduct(checkout + "/.build/debug/poortwachter", of: checkout))
    #expect(
      TemplateLocator.isBuildProduct(checkout + "/Benchmarks/.build/release/PipelineBenchmark", of: checkout))
    #expect(TemplateLocator.isBuildProduct(checkout + "/.build-fuzz/debug/fuzz", of: checkout))
    #expect(!TemplateLocator.isBuildProduct(checkout + "/poortwachter", of: checkout))
    #expect(!TemplateLocator.isBuildProduct(checkout + "/bin/poortwachter", of: checkout))
    #expect(!TemplateLocator.isBuildProduct("/usr/local/bin/poortwachter", of: checkout))
    #expect(
      !TemplateLocator.isBuildProduct("/home/a/poortwachter-kopie/.build/debug/poortwachter", of: checkout))
  }

  @Test func theSchemaLineIsRelativeInsideTheTreeAndAbsoluteForAnInstallation() throws {
    let root = try Self.folder()
    defer { try? FileManager.default.removeItem(at: root) }
    let share = root.appendingPathComponent("usr/share/poortwachter")
    try Self.templates(share.appendingPathComponent("Templates"))
    let schema = share.appendingPathComponent("schema/poortwachter-1.schema.json")
    try FileManager.default.createDirectory(
      at: schema.deletingLastPathComponent(), withIntermediateDirectories: true)
    try "{}".write(to: schema, atomically: true, encoding: .utf8)
    let location = TemplateLocation(folder: share.path + "/Templates", origin: .installed)
    let cases = root.appendingPathComponent("home/casussen").path
    let real = URL(fileURLWithPath: schema.path).resolvingSymlinksInPath().path
    #expect(location.jsonSchemaReference(from: cases) == real)
    #expect(
      location.jsonSchemaReference(from: share.appendingPathComponent("voorbeelden").path)
        == "../schema/poortwachter-1.schema.json")
    let checkout = TemplateLocation(folder: TestSupport.templates, origin: .checkout)
    #expect(
      checkout.jsonSchemaReference(from: TestSupport.sampleCases) == "../schema/poortwachter-1.schema.json")
  }
}
