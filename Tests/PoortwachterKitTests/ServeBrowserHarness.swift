import Foundation
import PoortwachterCore
import PoortwachterServe
import PoortwachterTestSupport
import PoortwachterWorkspace
import Testing

/// A real `poortwachter serve` on a free loopback port, in-process, over a copy of the sample
/// cases, with a headless Chromium (our DevTools driver) to look at it: for the end-to-end test
/// and the screenshots. The browser steps block, so they run on a thread of their own, never on
/// the threads the server's routes run on.
final class ServeBrowserHarness: @unchecked Sendable {
  static let peildatum = TestSupport.date("2026-11-22")

  /// The copy of the sample cases the server opened.
  let folder: String
  /// The server's state (its token, sessions, address).
  let state: ServeState
  /// The browser.
  let browser: BrowserDriver
  private let server: Task<Void, any Error>

  /// Copies the samples, starts the server and the browser; `nil` (with a message) when Chromium
  /// is not installed.
  static func start() async throws -> ServeBrowserHarness? {
    guard let chromium = BrowserDriver.chromium() else {
      print(
        "Chromium ontbreekt: de test in een echte browser is overgeslagen (installeer chromium; CI heeft het)"
      )
      return nil
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-serve-e2e-\(UUID().uuidString)"
    )
    .path
    try FileManager.default.copyItem(atPath: TestSupport.sampleCases, toPath: folder)
    let opened = try OpenedFolders([folder])
    let index = try await FolderCaseIndex.open(folders: opened, loader: TestSupport.loader()) {
      Self.peildatum
    }
    let services = DocumentServices(
      setup: try DossierSetup(templates: nil), loader: TestSupport.loader(), chromium: chromium)
    let state = ServeState(
      index: index, pages: try ServePages(folder: TestSupport.templates, folders: opened),
      peildatum: { Self.peildatum }, address: AddressBox(.loopback(port: 0)), documents: services)
    let (ready, continuation) = AsyncStream.makeStream(of: Void.self)
    let server = Task {
      try await ServeApp.run(state: state, ready: { _ in continuation.yield() })
    }
    for await _ in ready { break }
    let browser = try await Self.offThePool { try BrowserDriver(executable: chromium) }
    return ServeBrowserHarness(folder: folder, state: state, browser: browser, server: server)
  }

  private init(folder: String, state: ServeState, browser: BrowserDriver, server: Task<Void, any Error>) {
    self.folder = folder
    self.state = state
    self.browser = browser
    self.server = server
  }

  /// The server's origin (`http://127.0.0.1:PORT`).
  var origin: String { state.address.current.origin }

  /// Runs browser steps on a thread of their own.
  func steps<T: Sendable>(_ body: @escaping @Sendable (BrowserDriver) throws -> T) async throws -> T {
    let browser = self.browser
    return try await Self.offThePool { try body(browser) }
  }

  /// Quits the browser, stops the server, removes the copy.
  func stop() async {
    browser.close()
    state.documents?.close()
    server.cancel()
    _ = await server.result
    try? FileManager.default.removeItem(atPath: folder)
  }

  private static func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
  }
}
