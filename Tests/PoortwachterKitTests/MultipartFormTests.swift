import Foundation
import Testing

@testable import PoortwachterWorkspace

/// The form body a browser sends with an upload is split into its fields, within bounds.
@Suite struct MultipartFormTests {
  static let type = "multipart/form-data; boundary=----WebKitFormBoundaryAbC123"

  static func body(_ fields: [(String, String?, [UInt8])], boundary: String = "----WebKitFormBoundaryAbC123")
    -> [UInt8]
  {
    var bytes: [UInt8] = []
    for (name, fileName, data) in fields {
      var head = "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\""
      if let fileName { head += "; filename=\"\(fileName)\"\r\nContent-Type: application/pdf" }
      head += "\r\n\r\n"
      bytes += Array(head.utf8) + data + Array("\r\n".utf8)
    }
    return bytes + Array("--\(boundary)--\r\n".utf8)
  }

  @Test func fieldsAndAFileAreSplitExactly() throws {
    // The file holds CRLF and a dash run that looks like, but is not, the boundary.
    let file: [UInt8] = Array("%PDF-1.4\r\n------WebKitFormBoundaryAbC\r\n".utf8) + [0, 255, 13, 10]
    let form = try MultipartForm(
      body: Self.body([("csrf", nil, Array("abc".utf8)), ("bestand", "C:\\map\\brief.pdf", file)]),
      contentType: Self.type)
    #expect(form.parts.count == 2)
    #expect(form.text("csrf") == "abc")
    let part = try #require(form.part("bestand"))
    #expect(part.fileName == "brief.pdf")
    #expect(part.contentType == "application/pdf")
    #expect(part.bytes == file)
  }

  @Test func aQuotedBoundaryAndAPreambleAreRead() throws {
    let body = Array("preambule\r\n".utf8) + Self.body([("a", nil, Array("1".utf8))], boundary: "x y")
    let form = try MultipartForm(body: body, contentType: "Multipart/Form-Data; boundary=\"x y\"")
    #expect(form.text("a") == "1")
  }

  @Test func aBodyOverTheLimitIsRefusedInDutch() {
    let body = [UInt8](repeating: 0x41, count: MultipartForm.maxBodyBytes + 1)
    #expect(throws: MultipartFormError.tooLarge(body.count)) {
      try MultipartForm(body: body, contentType: Self.type)
    }
    #expect(MultipartFormError.tooLarge(body.count).message.contains("groter dan 10 MB"))
    #expect(MultipartFormError.tooLarge(body.count).message.contains("niets opgeslagen"))
  }

  @Test func brokenBodiesAreRefused() {
    let good = Self.body([("a", nil, Array("1".utf8))])
    #expect(throws: MultipartFormError.notMultipart) {
      try MultipartForm(body: good, contentType: "text/plain")
    }
    #expect(throws: MultipartFormError.notMultipart) {
      try MultipartForm(body: good, contentType: "multipart/form-data")
    }
    // Cut off before the closing boundary.
    #expect(throws: MultipartFormError.self) {
      try MultipartForm(body: Array(good.prefix(good.count - 30)), contentType: Self.type)
    }
    // Too many fields.
    let many = Self.body((0...MultipartForm.maxParts).map { ("f\($0)", nil, [UInt8]()) })
    #expect(throws: MultipartFormError.self) { try MultipartForm(body: many, contentType: Self.type) }
    // A header that never ends.
    let endless = Array("------WebKitFormBoundaryAbC123\r\nX: ".utf8) + [UInt8](repeating: 0x61, count: 9_000)
    #expect(throws: MultipartFormError.self) { try MultipartForm(body: endless, contentType: Self.type) }
    // A part without a name.
    let nameless = Array(
      "------WebKitFormBoundaryAbC123\r\nContent-Disposition: form-data\r\n\r\nx\r\n------WebKitFormBoundaryAbC123--"
        .utf8)
    #expect(throws: MultipartFormError.self) { try MultipartForm(body: nameless, contentType: Self.type) }
  }
}
