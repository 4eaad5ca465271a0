import Foundation
import PoortwachterCore
import PoortwachterOutput

/// Reads the `kenmerk` of every case file of a batch before anything is written, so that two
/// files with the same kenmerk are an error for both and neither replaces the dossier an earlier
/// run wrote under it: the input is wrong, not the output.
///
/// It reads only the head of each file (one `open`, one `read` of at most 8 KiB, `close`; the
/// kenmerk is the second line of a case) and looks for a top-level `kenmerk:` line (YAML) or a
/// `<kenmerk>` element (XML). A file where it finds none is not pre-checked; ``KenmerkClaims``
/// still keeps a later file with a kenmerk the scan missed from replacing an earlier one's
/// dossier in the same run.
enum KenmerkPreScan {
  /// How much of each file is read.
  static let headSize = 8192

  /// Valid kenmerken that occur in more than one of `files`, with those files in input order. An
  /// invalid kenmerk is left to the parser, which reports it; it is never used as a path.
  ///
  /// Kenmerken that differ only in upper and lower case (`VZ-1`, `vz-1`) are the same: on a
  /// case-insensitive file system (macOS, a Windows share) they name one folder. Each spelling
  /// that occurs is a key, with the files of all spellings.
  static func duplicates(in files: [String]) -> [String: [String]] {
    var byFolder: [String: (spellings: Set<String>, files: [String])] = [:]
    var head = [UInt8](repeating: 0, count: headSize)
    for file in files {
      if let kenmerk = kenmerk(ofFile: file, buffer: &head), Kenmerk.isValid(kenmerk) {
        byFolder[Kenmerk.folderKey(kenmerk), default: ([], [])].spellings.insert(kenmerk)
        byFolder[Kenmerk.folderKey(kenmerk), default: ([], [])].files.append(file)
      }
    }
    var duplicates: [String: [String]] = [:]
    for group in byFolder.values where group.files.count > 1 {
      for spelling in group.spellings { duplicates[spelling] = group.files }
    }
    return duplicates
  }

  /// The kenmerk as written in the head of `path`, or `nil`.
  static func kenmerk(ofFile path: String) -> String? {
    var buffer = [UInt8](repeating: 0, count: headSize)
    return kenmerk(ofFile: path, buffer: &buffer)
  }

  /// The kenmerk as written in the head of `path`, read into `buffer` (reused between files).
  static func kenmerk(ofFile path: String, buffer: inout [UInt8]) -> String? {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
    guard count > 0 else { return nil }
    let head = buffer[0..<count]
    return CaseLoader.Syntax(path: path) == .xml ? xmlKenmerk(head) : yamlKenmerk(head)
  }

  /// The text of the first `<kenmerk>` element.
  static func xmlKenmerk(_ head: ArraySlice<UInt8>) -> String? {
    let text = String(decoding: head, as: UTF8.self)
    guard let open = text.range(of: "<kenmerk>"), let close = text[open.upperBound...].range(of: "</kenmerk>")
    else { return nil }
    return text[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The value of the first line that starts with `kenmerk:`, without a comment or quotes.
  static func yamlKenmerk(_ head: ArraySlice<UInt8>) -> String? {
    let key = Array("kenmerk:".utf8)
    var lineStart = head.startIndex
    while lineStart < head.endIndex {
      let lineEnd = head[lineStart...].firstIndex(of: 0x0A) ?? head.endIndex
      if head[lineStart..<lineEnd].starts(with: key) {
        var value = String(decoding: head[(lineStart + key.count)..<lineEnd], as: UTF8.self)
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
}
