import Foundation
import PoortwachterTestSupport
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput
@testable import PoortwachterWorkspace

/// A batch reads each input once and settles duplicate kenmerken in input order, whatever the timing.
@Suite(.serialized) struct BatchIOTests {
  static let manager = FileManager.default

  static func folder() throws -> String { try BatchTests.temporaryFolder() }

  #if os(Linux)
    /// inotify reports every open of a file; a batch opens each case file twice: the kenmerk
    /// pre-scan reads its head, the loader reads it whole (no stat-then-open, no third look).
    @Test func aBatchOpensEveryInputTwice() async throws {
      let input = try Self.folder()
      for name in ["vz-2023-0412.yaml", "vz-2026-0301.yaml"] {
        try Self.manager.copyItem(atPath: TestSupport.sampleCases + "/" + name, toPath: input + "/" + name)
      }
      try Self.manager.copyItem(atPath: input + "/vz-2026-0301.yaml", toPath: input + "/zz-dubbel.yaml")
      let watch = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      #expect(watch >= 0)
      defer { close(watch) }
      #expect(inotify_add_watch(watch, input, UInt32(IN_OPEN)) >= 0)
      let out = try Self.folder() + "/uit"
      let runner = BatchRunner(
        loader: TestSupport.loader(), renderer: try RenderingTests.renderer(),
        peildatum: RenderingTests.peildatum, outputFolder: out, concurrency: 2)
      let files = try CaseDiscovery.files(in: [input])
      var outcomes: [String] = []
      try await runner.run(files: files) { _, result in outcomes.append("\(result.outcome)") }
      #expect(outcomes.count == 3)
      var opens: [String: Int] = [:]
      var buffer = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(watch, $0.baseAddress, $0.count) }
        guard count > 0 else { break }
        var offset = 0
        while offset + 16 <= count {
          let length = buffer[(offset + 12)..<(offset + 16)].withUnsafeBytes {
            $0.loadUnaligned(as: UInt32.self)
          }
          let name = String(
            decoding: buffer[(offset + 16)..<(offset + 16 + Int(length))].prefix { $0 != 0 }, as: UTF8.self)
          if !name.isEmpty { opens[name, default: 0] += 1 }
          offset += 16 + Int(length)
        }
      }
      #expect(opens == ["vz-2023-0412.yaml": 2, "vz-2026-0301.yaml": 2, "zz-dubbel.yaml": 2])
    }
  #endif

  /// Claims are settled in input order, whatever order the files finish reading in.
  @Test func claimsDoNotDependOnTheTiming() async {
    let kenmerken: [String?] = ["A", "B", "A", nil, "C", "B", "A", "D", nil, "C"]
    let files = kenmerken.indices.map { "f\($0).yaml" }
    let expected: [String?] = [nil, nil, "f0.yaml", nil, nil, "f1.yaml", "f0.yaml", nil, nil, "f4.yaml"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<50 {
      let claims = KenmerkClaims(files: files)
      let order = kenmerken.indices.shuffled(using: &generator)
      let answers = await withTaskGroup(of: (Int, String?).self) { group in
        for index in order {
          group.addTask {
            claims.register(index, kenmerk: kenmerken[index])
            return (index, await claims.earlier(than: index))
          }
        }
        var answers = [String?](repeating: "?", count: files.count)
        for await (index, earlier) in group { answers[index] = earlier }
        return answers
      }
      #expect(answers == expected, "registration order \(order)")
    }
  }
}
