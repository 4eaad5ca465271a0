import Foundation
import PoortwachterTestSupport

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// libFuzzer target for the case loader (see docs/fuzzing.md). Input whose first byte after an
/// optional byte-order mark and white space is `<` is loaded as XML, anything else as YAML. The
/// loader must never crash, hang or leak, whatever the bytes. For YAML it also checks the pre-scan
/// against libyaml: a refusal libyaml's own events do not justify stops the run like a crash.

/// The loader with the shipped schema (`POORTWACHTER_TEMPLATES` or the Templates folder found from
/// the working directory), so XML input also goes through the schema check.
let fuzzLoader: CaseLoader = {
  let schema = try? BuiltInSchema.load(from: ProcessInfo.processInfo.environment["POORTWACHTER_TEMPLATES"])
  if schema == nil {
    FileHandle.standardError.write(
      Data("fuzz: Templates/riv.xsd niet gevonden; XML zonder schemacontrole\n".utf8))
  }
  return CaseLoader(schema: schema)
}()

/// Whether the input is XML: its first byte that is not part of a byte-order mark or white space is `<`.
func looksLikeXML(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
  return index < bytes.count && bytes[index] == UInt8(ascii: "<")
}

/// Stops the run when the pre-scan refuses text that libyaml reads without the reason being there.
func checkPreScan(_ bytes: [UInt8]) {
  let text = Array(bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...])
  guard TextChecks.problem(in: text) == nil else { return }  // the loader refuses these before the scan
  let string = String(decoding: text, as: UTF8.self)
  guard let problem = YAMLPreScan.scan(string).problem,
    !LibYAMLEvents(string).justifies(refusal: problem.code, maxNesting: YAMLPreScan.maxNesting)
  else { return }
  FileHandle.standardError.write(
    Data("fuzz: de voorscan weigert wat libyaml leest: \(problem.code) op \(problem.location)\n".utf8))
  abort()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let buffer = UnsafeBufferPointer(start: data, count: size)
  let bytes = Array(buffer)
  if looksLikeXML(buffer) {
    _ = fuzzLoader.load(bytes: bytes, file: "fuzz", syntax: .xml)
  } else {
    _ = fuzzLoader.load(bytes: bytes, file: "fuzz", syntax: .yaml)
    checkPreScan(bytes)
  }
  return 0
}
