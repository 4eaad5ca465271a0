import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// A case file is opened once, never blocks, and is read to its end within the size limit; what is
/// no regular file is refused without being opened.
@Suite(.serialized) struct CaseFileReaderTests {
  static let manager = FileManager.default

  static func folder() throws -> String { try BatchTests.temporaryFolder() }

  #if os(Linux)
    /// A pipe, folder or device named like a case file is refused by its `stat`, before any open
    /// (opening a device can have effects of its own): inotify sees no open of it.
    @Test func whatIsNoRegularFileIsNeverOpened() throws {
      let folder = try Self.folder()
      #expect(mkfifo(folder + "/pijp.yaml", 0o600) == 0)
      try Self.manager.createDirectory(atPath: folder + "/map.yaml", withIntermediateDirectories: false)
      let watch = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      #expect(watch >= 0)
      defer { close(watch) }
      #expect(inotify_add_watch(watch, folder, UInt32(IN_OPEN)) >= 0)
      #expect(CaseFileReader.read(folder + "/pijp.yaml", maxSize: 100) == .failure(.notRegular))
      #expect(CaseFileReader.read(folder + "/map.yaml", maxSize: 100) == .failure(.notRegular))
      var buffer = [UInt8](repeating: 0, count: 4096)
      let events = buffer.withUnsafeMutableBytes { read(watch, $0.baseAddress, $0.count) }
      #expect(events <= 0, "an open was reported")
    }
  #endif

  @Test func theReaderReadsToTheEndWhateverTheSizeSays() throws {
    #if os(Linux)
      // /proc files report size 0 but have content: the buffer grows until read finds the end.
      guard case .success(let status) = CaseFileReader.read("/proc/self/status", maxSize: 1 << 20) else {
        Issue.record("/proc/self/status unreadable")
        return
      }
      #expect(String(decoding: status, as: UTF8.self).contains("Pid:"))
      #expect(CaseFileReader.read("/proc/self/status", maxSize: 10) == .failure(.tooBig(nil)))
      #expect(CaseFileReader.read("/dev/null", maxSize: 10) == .failure(.notRegular))
      // A limit of Int.max once overflowed in the arithmetic for the next piece of the buffer.
      let unlimited = CaseFileReader.read("/proc/self/status", maxSize: Int.max)
      #expect((try? unlimited.get()).map { String(decoding: $0, as: UTF8.self).contains("Pid:") } == true)
    #endif
    let file = try Self.folder() + "/precies.yaml"
    try String(repeating: "x", count: 5000).write(toFile: file, atomically: true, encoding: .utf8)
    #expect(CaseFileReader.read(file, maxSize: 5000).map(\.count) == .success(5000))
    #expect(CaseFileReader.read(file, maxSize: 4999) == .failure(.tooBig(5000)))
  }

  /// `--max-grootte` is at most 1 GiB: `check p.yaml --max-grootte 9223372036854775807` crashed.
  @Test func aHugeSizeLimitIsRefusedInDutch() throws {
    let run = try TestSupport.run([
      "check", TestSupport.sampleCases + "/vz-2023-0412.yaml", "--max-grootte", "\(Int.max)",
    ])
    #expect(run.status != 0)
    #expect(run.err.contains("--max-grootte \(Int.max) is te groot"), "\(run.err)")
    let largest = try TestSupport.run([
      "check", TestSupport.sampleCases + "/vz-2023-0412.yaml", "--max-grootte", "\(1 << 30)",
      "--as-of", "2026-11-22",
    ])
    #expect(!largest.err.contains("te groot"), "\(largest.err)")
  }

  @Test func aPipeWithAWriterIsRefusedWithoutWaiting() throws {
    let folder = try Self.folder()
    let fifo = folder + "/pijp.yaml"
    #expect(mkfifo(fifo, 0o600) == 0)
    // A writer that keeps the pipe open: a blocking read would wait for it forever.
    let reader = open(fifo, O_RDONLY | O_NONBLOCK)
    let writer = open(fifo, O_WRONLY | O_NONBLOCK)
    defer {
      close(writer)
      close(reader)
    }
    #expect(writer >= 0)
    #expect(CaseFileReader.read(fifo, maxSize: 1 << 20) == .failure(.notRegular))
  }
}
