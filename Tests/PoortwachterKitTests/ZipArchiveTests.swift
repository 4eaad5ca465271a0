import Foundation
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput

/// The zip writer for downloads: entries stored with their CRC-32, readable by our own directory
/// reader and by `unzip`, the same bytes for the same input.
@Suite struct ZipArchiveTests {
  @Test func crc32MatchesTheKnownValues() {
    #expect(CRC32.checksum([]) == 0)
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
  }

  @Test func theDirectoryReaderReadsWhatIsWritten() throws {
    var archive = ZipArchive(date: CivilDate(year: 2026, month: 12, day: 7)!)
    try archive.add("uwv/uploadlijst.html", Array("<p>lijst</p>".utf8))
    try archive.add("uwv/één.pdf", [UInt8](repeating: 7, count: 1_000))
    let directory = try ZipDirectory(archive.bytes)
    #expect(directory.entries.map(\.name) == ["uwv/uploadlijst.html", "uwv/één.pdf"])
    #expect(directory.entries.map(\.uncompressedSize) == [12, 1_000])
    #expect(archive.bytes == archive.bytes)
  }

  @Test func unsafeNamesAreRefused() {
    var archive = ZipArchive(date: CivilDate(year: 2026, month: 1, day: 1)!)
    for name in ["", "/etc/passwd", "../x", "a/../b", "a//b", "./a"] {
      #expect(throws: ZipArchive.Problem.unsafeName(name)) { try archive.add(name, []) }
    }
  }

  @Test func unzipTestsTheArchiveOfAFolder() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip") else {
      print("unzip ontbreekt: de controle met unzip is overgeslagen")
      return
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pw-zip-\(UUID().uuidString)")
      .path
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try FileManager.default.createDirectory(atPath: folder + "/uwv/sub", withIntermediateDirectories: true)
    try Data("a".utf8).write(to: URL(fileURLWithPath: folder + "/uwv/b.txt"))
    try Data((0..<5_000).map { UInt8($0 % 251) }).write(to: URL(fileURLWithPath: folder + "/uwv/sub/a.pdf"))
    try Data("verborgen".utf8).write(to: URL(fileURLWithPath: folder + "/uwv/.slot"))
    var archive = ZipArchive(date: CivilDate(year: 2026, month: 12, day: 7)!)
    try archive.addFolder(folder + "/uwv", as: "VZ-1")
    let zip = folder + "/pakket.zip"
    try Data(archive.bytes).write(to: URL(fileURLWithPath: zip))
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    process.arguments = ["-tq", zip]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    process.waitUntilExit()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(process.terminationStatus == 0, "\(output)")
    #expect(try ZipDirectory(archive.bytes).entries.map(\.name) == ["VZ-1/b.txt", "VZ-1/sub/a.pdf"])
  }
}
