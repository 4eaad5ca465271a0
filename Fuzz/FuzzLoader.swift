import Foundation
import PoortwachterKit

/// libFuzzer target for the case loader (see docs/fuzzing.md). Input whose first byte after an
/// optional byte-order mark and white space is `<` is loaded as XML, anything else as YAML. The
/// loader must never crash, hang or leak, whatever the bytes.

/// The loader with the shipped schema (`POORTWACHTER_TEMPLATES` or the Templates folder found from
/// the working directory), so XML input also goes through the schema check.
let fuzzLoader: CaseLoader = {
  let schema = try? BuiltInSchema.load(from: ProcessInfo.processInfo.environment["POORTWACHTER_TEMPLATES"])
  if schema == nil {
    FileHandle.standardError.write(Data("fuzz: Templates/riv.xsd niet gevonden; XML zonder schemacontrole\n".utf8))
  }
  return CaseLoader(schema: schema)
}()

/// Whether the input is XML: its first byte that is not part of a byte-order mark or white space is `<`.
func looksLikeXML(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
  while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { index += 1 }
  return index < bytes.count && bytes[index] == UInt8(ascii: "<")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let buffer = UnsafeBufferPointer(start: data, count: size)
  let syntax: CaseLoader.Syntax = looksLikeXML(buffer) ? .xml : .yaml
  _ = fuzzLoader.load(bytes: Array(buffer), file: "fuzz", syntax: syntax)
  return 0
}
