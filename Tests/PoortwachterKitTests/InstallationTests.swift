import Foundation
import PoortwachterTestSupport
import Testing

/// A binary copied out of the build folder finds its templates only where docs/installatie.md
/// says, never in the checkout; `--versie` says what it found; `nieuw` from an installed layout
/// points at the installed schema.
@Suite(.serialized) struct InstallationTests {
  /// Runs `binary` in `folder` (no colours, the given environment added); stdout, stderr, status.
  static func run(
    _ binary: String, _ arguments: [String], in folder: URL, environment: [String: String] = [:]
  )
    throws -> (out: String, err: String, status: Int32)
  {
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["POORTWACHTER_SJABLONEN"] = nil
    env["POORTWACHTER_TEMPLATES"] = nil
    for (key, value) in environment { env[key] = value }
    var attempt = 0
    var started: (process: Process, out: Pipe, err: Pipe)?
    while started == nil {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: binary)
      process.arguments = arguments
      process.currentDirectoryURL = folder
      process.environment = env
      let out = Pipe(), err = Pipe()
      process.standardOutput = out
      process.standardError = err
      do {
        try process.run()
        started = (process, out, err)
      } catch let error as NSError where Self.isTextFileBusy(error) && attempt < 100 {
        // The fresh copy is still open for writing in a child that another test forked while it
        // was being copied (the descriptor lives until that child execs): wait and try again.
        attempt += 1
        usleep(20_000)
      }
    }
    guard let (process, out, err) = started else { throw CocoaError(.executableLoad) }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self),
      process.terminationStatus
    )
  }

  /// Whether starting a program failed with ETXTBSY (Foundation wraps the POSIX error).
  static func isTextFileBusy(_ error: NSError) -> Bool {
    if error.domain == NSPOSIXErrorDomain && error.code == Int(ETXTBSY) { return true }
    return (error.userInfo[NSUnderlyingErrorKey] as? NSError).map(isTextFileBusy) ?? false
  }

  /// A prefix with a copy of the built binary in `bin/`; removed by the caller.
  static func prefix() throws -> (root: URL, binary: String) {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("pw-prefix-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: root.appendingPathComponent("bin"), withIntermediateDirectories: true)
    let binary = root.appendingPathComponent("bin/poortwachter").path
    try FileManager.default.copyItem(
      atPath: TestSupport.productsFolder().appendingPathComponent("poortwachter").path, toPath: binary)
    return (root, binary)
  }

  @Test func aCopiedBinaryWithoutTemplatesStopsWith78AndSaysWhereItLooked() throws {
    let (root, binary) = try Self.prefix()
    defer { try? FileManager.default.removeItem(at: root) }
    let sample = TestSupport.sampleCases + "/vz-2023-0412.yaml"
    let render = try Self.run(binary, ["render", sample, "--out", "uit", "--as-of", "2026-11-22"], in: root)
    #expect(render.status == 78)
    #expect(
      render.err.contains(
        "fout: de sjablonen van poortwachter (een map Templates/ met riv.xsd) zijn niet gevonden; gezocht in "
          + "\(root.path)/share/poortwachter/Templates, \(root.path)/bin/Templates."))
    #expect(!render.err.contains(TestSupport.packageRoot.path))
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("uit").path))
    let xml = try Self.run(binary, ["check", TestSupport.fixtures + "/xml/minimaal.xml"], in: root)
    #expect(xml.status == 78, "the XSD is looked up as the templates are: \(xml.err)")
    #expect(xml.err.hasPrefix("fout: de sjablonen van poortwachter"))
    let version = try Self.run(binary, ["--versie"], in: root)
    #expect(version.status == 78)
    #expect(version.out.hasPrefix("poortwachter 0.1.0\nsjablonen: niet gevonden\n"))
    let wrong = try Self.run(
      binary, ["render", sample, "--out", "uit"], in: root, environment: ["POORTWACHTER_SJABLONEN": root.path]
    )
    #expect(wrong.status == 78)
    #expect(
      wrong.err.contains("fout: POORTWACHTER_SJABLONEN wijst naar \(root.path), maar daar staat geen riv.xsd")
    )
  }

  @Test func anInstalledLayoutIsUsedAndNewCasesPointAtItsSchema() throws {
    let (root, binary) = try Self.prefix()
    defer { try? FileManager.default.removeItem(at: root) }
    let share = root.appendingPathComponent("share/poortwachter")
    try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: TestSupport.templates, toPath: share.appendingPathComponent("Templates").path)
    try FileManager.default.copyItem(
      atPath: TestSupport.packageRoot.appendingPathComponent("schema").path,
      toPath: share.appendingPathComponent("schema").path)
    let version = try Self.run(binary, ["--versie"], in: root)
    #expect(version.status == 0)
    #expect(version.out.contains("\nsjablonen: \(share.path)/Templates (installatie)\n"))
    #expect(version.out.contains("\nJSON Schema: \(share.path)/schema/poortwachter-1.schema.json\n"))
    #expect(version.out.contains("\nchromium: ") && version.out.contains("\ntesseract: "))
    // The program that joins the optional bundles of a ready pack.
    #expect(version.out.contains("\npdfunite: "))
    let sample = TestSupport.sampleCases + "/vz-2023-0412.yaml"
    let render = try Self.run(binary, ["render", sample, "--out", "uit", "--as-of", "2026-11-22"], in: root)
    #expect(render.status == 0, "\(render.err)")
    // `--out` may name a folder that does not exist yet, when the folder above it does.
    let new = try Self.run(
      binary,
      ["nieuw", "--kenmerk", "K-1", "--naam", "A", "--eerste-ziektedag", "2026-11-02", "--out", "casussen"],
      in: root)
    #expect(new.status == 0, "\(new.err)")
    let text = try String(contentsOf: root.appendingPathComponent("casussen/k-1.yaml"), encoding: .utf8)
    let schema = share.appendingPathComponent("schema/poortwachter-1.schema.json").resolvingSymlinksInPath()
      .path
    #expect(text.hasPrefix("# yaml-language-server: $schema=\(schema)\n"))
    #expect(!text.contains(TestSupport.packageRoot.path))
  }

  @Test func nieuwMakesItsFolderOnlyBelowOneThatExists() throws {
    let (root, binary) = try Self.prefix()
    defer { try? FileManager.default.removeItem(at: root) }
    let arguments = ["nieuw", "--kenmerk", "K-2", "--naam", "A", "--eerste-ziektedag", "2026-11-02", "--out"]
    let deep = try Self.run(binary, arguments + ["a/b"], in: root)
    #expect(deep.status == 64)
    #expect(deep.err.contains("map 'a/b' bestaat niet, en de map erboven ook niet"))
    #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("a").path))
    let file = try Self.run(binary, arguments + ["bin/poortwachter"], in: root)
    #expect(file.status == 64)
    #expect(file.err.contains("'bin/poortwachter' is een bestand, geen map"))
  }
}
