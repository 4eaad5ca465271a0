/// A `multipart/form-data` body (RFC 7578) split into its fields: what a browser sends when a form
/// uploads a file. Bounded: a body over ``maxBodyBytes`` is refused (a front end checks the
/// declared length before it reads, and reads at most this many bytes), and so are too many
/// fields or oversized part headers. Nothing here touches the disk.
public struct MultipartForm: Sendable, Equatable {
  /// One field of the form.
  public struct Part: Sendable, Equatable {
    /// The field name (`name=` of `Content-Disposition`).
    public let name: String
    /// The file name the browser gave (`filename=`), without any folder; `nil` for a plain field.
    public let fileName: String?
    /// The part's own `Content-Type`, if it has one (a browser's guess, never trusted).
    public let contentType: String?
    /// The field's bytes.
    public let bytes: [UInt8]

    /// The field's bytes as text.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
  }

  /// The fields in the order of the body.
  public let parts: [Part]

  /// The largest body accepted: one original of 10 MB plus room for the other fields and the
  /// part headers.
  public static let maxBodyBytes = OriginalUpload.maxBytes + 64 * 1_024
  /// The most fields a body may have.
  public static let maxParts = 32
  /// The most bytes the headers of one part may take.
  public static let maxHeaderBytes = 8 * 1_024

  /// The first field named `name`.
  public func part(_ name: String) -> Part? { parts.first { $0.name == name } }

  /// The text of the first field named `name`.
  public func text(_ name: String) -> String? { part(name)?.text }

  /// Splits `body`, sent with header `Content-Type: contentType`.
  public init(body: [UInt8], contentType: String) throws(MultipartFormError) {
    guard body.count <= Self.maxBodyBytes else { throw .tooLarge(body.count) }
    guard let boundary = Self.boundary(in: contentType) else { throw .notMultipart }
    let delimiter = Array("--\(boundary)".utf8)
    let separator = [UInt8(ascii: "\r"), UInt8(ascii: "\n")] + delimiter
    // The first delimiter may stand at the very start or after a preamble that ends in CRLF.
    var position: Int
    if body.starts(with: delimiter) {
      position = delimiter.count
    } else if let first = Self.find(separator, in: body, from: 0) {
      position = first + separator.count
    } else {
      throw .malformed("het begin van het eerste veld ontbreekt")
    }
    var parts: [Part] = []
    while true {
      // After a delimiter: `--` closes the body, CRLF opens a part.
      if body[position...].starts(with: Array("--".utf8)) { break }
      guard body[position...].starts(with: [13, 10]) else {
        throw .malformed("een veldgrens wordt niet gevolgd door een nieuwe regel")
      }
      position += 2
      guard parts.count < Self.maxParts else { throw .malformed("meer dan \(Self.maxParts) velden") }
      let headerLimit = min(body.count, position + Self.maxHeaderBytes)
      guard let headerEnd = Self.find([13, 10, 13, 10], in: body[..<headerLimit], from: position) else {
        throw .malformed("de kop van een veld is onvolledig of langer dan \(Self.maxHeaderBytes) bytes")
      }
      let headers = String(decoding: body[position..<headerEnd], as: UTF8.self)
      let contentStart = headerEnd + 4
      guard let contentEnd = Self.find(separator, in: body, from: contentStart) else {
        throw .malformed("het formulier is afgebroken (de laatste veldgrens ontbreekt)")
      }
      parts.append(try Self.part(headers: headers, bytes: Array(body[contentStart..<contentEnd])))
      position = contentEnd + separator.count
    }
    self.parts = parts
  }

  /// The `boundary` parameter of a `multipart/form-data` content type.
  static func boundary(in contentType: String) -> String? {
    let pieces = contentType.split(separator: ";").map { $0.trimmingSpaces }
    guard let kind = pieces.first, kind.lowercased() == "multipart/form-data" else { return nil }
    for piece in pieces.dropFirst() {
      guard let equals = piece.firstIndex(of: "=") else { continue }
      guard piece[..<equals].trimmingSpaces.lowercased() == "boundary" else { continue }
      let value = Self.unquoted(piece[piece.index(after: equals)...].trimmingSpaces)
      // RFC 2046: 1 to 70 characters, none of them a control character.
      guard (1...70).contains(value.utf8.count),
        value.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F })
      else { return nil }
      return value
    }
    return nil
  }

  /// A part from its header lines and content.
  private static func part(headers: String, bytes: [UInt8]) throws(MultipartFormError) -> Part {
    var disposition: String?
    var contentType: String?
    for line in headers.split(separator: "\r\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon].trimmingSpaces.lowercased()
      let value = line[line.index(after: colon)...].trimmingSpaces
      if key == "content-disposition" { disposition = value }
      if key == "content-type" { contentType = value }
    }
    guard let disposition else { throw .malformed("een veld zonder Content-Disposition") }
    let pieces = Self.parameters(disposition)
    guard pieces.first?.lowercased() == "form-data", let name = Self.parameter("name", in: pieces) else {
      throw .malformed("een veld zonder naam")
    }
    let fileName = Self.parameter("filename", in: pieces).map(Self.lastComponent)
    return Part(name: name, fileName: fileName, contentType: contentType, bytes: bytes)
  }

  /// The `;`-separated pieces of a header value, keeping `;` inside quotes. Browsers escape no
  /// character with a backslash inside a quoted value (the HTML standard percent-encodes `"` and
  /// line breaks instead), so a backslash is an ordinary character (`C:\map\brief.pdf`).
  private static func parameters(_ value: String) -> [String] {
    var pieces: [String] = []
    var current = ""
    var quoted = false
    for character in value {
      if character == "\"" {
        quoted.toggle()
        current.append(character)
      } else if character == ";" && !quoted {
        pieces.append(current.trimmingSpaces)
        current = ""
      } else {
        current.append(character)
      }
    }
    pieces.append(current.trimmingSpaces)
    return pieces
  }

  /// The value of parameter `key` among `pieces` (`name="bestand"`).
  private static func parameter(_ key: String, in pieces: [String]) -> String? {
    for piece in pieces.dropFirst() {
      guard let equals = piece.firstIndex(of: "=") else { continue }
      if piece[..<equals].trimmingSpaces.lowercased() == key {
        return unquoted(piece[piece.index(after: equals)...].trimmingSpaces)
      }
    }
    return nil
  }

  /// `value` without surrounding quotes.
  private static func unquoted(_ value: String) -> String {
    guard value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") else { return value }
    return String(value.dropFirst().dropLast())
  }

  /// The last component of a file name a browser sent (old browsers send `C:\map\brief.pdf`).
  private static func lastComponent(_ name: String) -> String {
    String(name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? "")
  }

  /// The first index at or after `start` where `needle` occurs in `haystack`.
  static func find(_ needle: [UInt8], in haystack: ArraySlice<UInt8>, from start: Int) -> Int? {
    guard let first = needle.first, haystack.endIndex - start >= needle.count else { return nil }
    let last = haystack.endIndex - needle.count
    var index = start
    while index <= last {
      if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
        return index
      }
      index += 1
    }
    return nil
  }

  static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    find(needle, in: haystack[...], from: start)
  }
}

/// Why a form body could not be read.
public enum MultipartFormError: Error, Sendable, Equatable {
  /// The body is larger than ``MultipartForm/maxBodyBytes`` (its size, or the declared length).
  case tooLarge(Int)
  /// The body is not `multipart/form-data` with a boundary.
  case notMultipart
  /// The body breaks the format; the text says where.
  case malformed(String)

  /// The Dutch explanation, with what to do.
  public var message: String {
    switch self {
    case .tooLarge:
      return
        "fout: het bestand is groter dan 10 MB; het UWV-portaal neemt per document ten hoogste 10 MB aan. "
        + "Er is niets opgeslagen; verklein of splits het bestand en probeer het opnieuw"
    case .notMultipart:
      return
        "fout: het formulier is niet als bestandsupload verstuurd (multipart/form-data); er is niets opgeslagen"
    case .malformed(let detail):
      return "fout: het formulier is onleesbaar (\(detail)); er is niets opgeslagen. Probeer het opnieuw"
    }
  }
}

extension StringProtocol {
  /// The text without spaces and tabs at both ends.
  fileprivate var trimmingSpaces: String {
    var slice = Substring(self)
    while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
    while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
    return String(slice)
  }
}
