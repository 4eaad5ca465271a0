import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// What the Documenten page needs beyond the case index, made once per server start: the
/// in-memory preview of a case's dossier, the upload of signed originals, the browser that prints
/// PDF previews and packs (started at first use, when Chromium is installed), and the last zip
/// built per case until it is downloaded.
public final class DocumentServices: @unchecked Sendable {
  /// The templates and schema of the dossier and the pack.
  let setup: DossierSetup
  /// The loader of the case files (the upload's save checks the new text with it).
  let loader: CaseLoader
  /// Chromium, when it is installed.
  public let chromium: String?
  /// The history timestamp of a save (the front end reads the clock, the store never does).
  let timestamp: @Sendable () -> String
  private let lock = NSLock()
  private var browser: ChromiumBrowser?
  private var zips: [String: Zip] = [:]

  /// A built pack archive waiting to be downloaded.
  struct Zip: Sendable {
    let name: String
    let bytes: [UInt8]
    let description: String
  }

  /// Services with `setup`'s templates; `chromium` is looked up on `PATH` unless given.
  public init(
    setup: DossierSetup, loader: CaseLoader, chromium: String? = try? ChromiumLocator.locate(explicit: nil),
    timestamp: @escaping @Sendable () -> String = DocumentServices.now
  ) {
    self.setup = setup
    self.loader = loader
    self.chromium = chromium
    self.timestamp = timestamp
  }

  deinit { browser?.close() }

  /// The dossier preview.
  var preview: CasePreview { CasePreview(setup: setup) }

  /// The upload operation.
  var upload: OriginalUpload { OriginalUpload(store: CaseFileStore(loader: loader)) }

  /// The running browser, started at first use.
  func runningBrowser() throws -> ChromiumBrowser {
    try lock.withLock {
      if let browser { return browser }
      guard let chromium else {
        throw BrowserError.notFound(searched: ChromiumLocator.names.joined(separator: ", "))
      }
      let started = try ChromiumBrowser(executable: chromium, maxTabs: 2)
      browser = started
      return started
    }
  }

  /// Quits the browser (also done when the services are released).
  public func close() {
    lock.withLock {
      browser?.close()
      browser = nil
    }
  }

  /// Keeps the zip of case `id` for download.
  func keep(_ zip: Zip, for id: String) { lock.withLock { zips[id] = zip } }

  /// The zip of case `id`, if one was built.
  func zip(for id: String) -> Zip? { lock.withLock { zips[id] } }

  /// The current UTC time as a history timestamp (`20261207T101500Z`).
  public static let now: @Sendable () -> String = {
    var seconds = time(nil)
    var parts = tm()
    gmtime_r(&seconds, &parts)
    return String(
      format: "%04d%02d%02dT%02d%02d%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
      Int(parts.tm_mday),
      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
  }

  /// Runs blocking work (printing with Chromium, reading and writing files) on a thread of its
  /// own, so the threads that serve requests never wait for it.
  static func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
      Thread.detachNewThread { continuation.resume(with: Result { try body() }) }
    }
  }
}
