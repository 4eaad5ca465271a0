import Foundation

/// Reads the `kenmerk` of a case file without parsing it, so a batch can find duplicate kenmerken
/// before it writes anything: two cases with the same kenmerk are an error for both.
///
/// It looks for a top-level `kenmerk:` line (YAML) or a `<kenmerk>` element (XML) in the first
/// 8 KiB; a file where it finds none is simply not pre-checked (parsing reports its problems).
public enum KenmerkPreScan {
  /// The kenmerk as written, or `nil`.
  public static func kenmerk(ofFile path: String) -> String? {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    guard let data = try? handle.read(upToCount: 8192) else { return nil }
    if CaseLoader.Syntax(path: path) == .xml {
      let text = String(decoding: data, as: UTF8.self)
      guard let open = text.range(of: "<kenmerk>"),
        let close = text[open.upperBound...].range(of: "</kenmerk>")
      else { return nil }
      return text[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let bytes = Array(data)
    let key = Array("kenmerk:".utf8)
    var lineStart = 0
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      if bytes[lineStart..<lineEnd].starts(with: key) {
        var value = String(decoding: bytes[(lineStart + key.count)..<lineEnd], as: UTF8.self)
        if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]) }
        var trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first
        {
          trimmed = String(trimmed.dropFirst().dropLast())
        }
        return trimmed.isEmpty ? nil : trimmed
      }
      lineStart = lineEnd + 1
    }
    return nil
  }

  /// Valid kenmerken that occur in more than one of `files`, with those files. An invalid kenmerk
  /// is left to the parser, which reports it; it is never used as a path.
  public static func duplicates(in files: [String]) -> [String: [String]] {
    var byKenmerk: [String: [String]] = [:]
    for file in files {
      if let kenmerk = kenmerk(ofFile: file), Kenmerk.isValid(kenmerk) {
        byKenmerk[kenmerk, default: []].append(file)
      }
    }
    return byKenmerk.filter { $0.value.count > 1 }
  }
}
