import Foundation
import PoortwachterCore
import PoortwachterOutput

/// A headless Chromium driven over the project's own DevTools pipe, for the end-to-end tests and
/// the screenshots of the web app: one tab that opens URLs (also on loopback, which the PDF
/// browser refuses), runs a line of JavaScript in the page to fill in or click something, waits
/// for the next page, and captures the whole page as PNG at a given width. Its profile lives in a
/// temporary folder of its own, removed by ``close()``.
public final class BrowserDriver: @unchecked Sendable {
  private let pipe: DevToolsPipe
  private let session: String
  private let profile: String
  /// How long one step (a page load, a script) may take.
  public var timeout: Double = 120

  /// Chromium, found as the PDF engine finds it; `nil` when it is not installed.
  public static func chromium() -> String? { try? ChromiumLocator.locate(explicit: nil) }

  /// Starts Chromium at `executable` with a window `width` CSS pixels wide.
  public init(executable: String, width: Int = 1280, height: Int = 900) throws {
    var template = Array((NSTemporaryDirectory() + "/pw-e2e-XXXXXX").utf8CString)
    guard let made = mkdtemp(&template) else {
      throw PoortwachterError.io(path: NSTemporaryDirectory(), detail: "geen tijdelijke map")
    }
    profile = String(cString: made)
    let arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
      "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--mute-audio",
      "--window-size=\(width),\(height)", "--user-data-dir=\(profile)/profiel", "about:blank",
    ]
    do {
      pipe = try DevToolsPipe(
        executable: executable, arguments: arguments, log: profile + "/stderr.log",
        environment: ["TMPDIR": profile])
      let target = try pipe.call("Target.createTarget", ["url": "about:blank"])
      guard let id = target["targetId"] as? String,
        let attached = try pipe.call("Target.attachToTarget", ["targetId": id, "flatten": true])["sessionId"]
          as? String
      else { throw PoortwachterError.io(path: executable, detail: "geen tabblad") }
      session = attached
      _ = try pipe.call(
        "Emulation.setDeviceMetricsOverride",
        ["width": width, "height": height, "deviceScaleFactor": 1, "mobile": false], session: session)
    } catch {
      try? FileManager.default.removeItem(atPath: profile)
      throw error
    }
  }

  deinit { close() }

  /// Quits the browser and removes its profile.
  public func close() {
    pipe.terminate()
    try? FileManager.default.removeItem(atPath: profile)
  }

  /// Opens `url` and waits until the page has loaded.
  public func open(_ url: String) throws {
    let before = try pageID()
    _ = try pipe.call("Page.navigate", ["url": url], session: session, seconds: timeout)
    try waitForPage(after: before)
  }

  /// Runs `script` in the page and returns its value (strings, numbers, booleans, `nil`).
  @discardableResult
  public func evaluate(_ script: String) throws -> Any? {
    let answer = try pipe.call(
      "Runtime.evaluate", ["expression": script, "returnByValue": true, "awaitPromise": true],
      session: session,
      seconds: timeout)
    if let exception = answer["exceptionDetails"] as? [String: Any] {
      let text = ((exception["exception"] as? [String: Any])?["description"] as? String) ?? "\(exception)"
      throw PoortwachterError.io(path: "script", detail: text)
    }
    return (answer["result"] as? [String: Any])?["value"]
  }

  /// Runs `script` (which submits a form or follows a link) and waits for the next page.
  public func navigate(by script: String) throws {
    let before = try pageID()
    try evaluate(script)
    try waitForPage(after: before)
  }

  /// Puts the file at `path` into the file input matched by the CSS `selector` (what a person
  /// does with the file chooser).
  public func chooseFile(_ path: String, for selector: String) throws {
    let document = try pipe.call("DOM.getDocument", ["depth": 0], session: session, seconds: timeout)
    guard let root = (document["root"] as? [String: Any])?["nodeId"] as? Int else {
      throw PoortwachterError.io(path: selector, detail: "geen document")
    }
    let found = try pipe.call(
      "DOM.querySelector", ["nodeId": root, "selector": selector], session: session, seconds: timeout)
    guard let node = found["nodeId"] as? Int, node != 0 else {
      throw PoortwachterError.io(path: selector, detail: "geen bestandsveld")
    }
    _ = try pipe.call(
      "DOM.setFileInputFiles", ["files": [path], "nodeId": node], session: session, seconds: timeout)
  }

  /// The browser's cookies for `url` as a `Cookie` header value (also the HttpOnly ones, which a
  /// page's script cannot read), so a test can fetch what a link would download.
  public func cookieHeader(for url: String) throws -> String {
    let answer = try pipe.call("Network.getCookies", ["urls": [url]], session: session, seconds: timeout)
    let cookies = answer["cookies"] as? [[String: Any]] ?? []
    return cookies.compactMap { cookie in
      guard let name = cookie["name"] as? String, let value = cookie["value"] as? String else { return nil }
      return name + "=" + value
    }.joined(separator: "; ")
  }

  /// The page's URL.
  public func url() throws -> String { (try evaluate("location.href") as? String) ?? "" }

  /// The visible text of the page.
  public func text() throws -> String {
    (try evaluate("document.body ? document.body.innerText : ''") as? String) ?? ""
  }

  /// The whole page (not only the window) as PNG bytes, at the window's width.
  public func screenshot() throws -> [UInt8] {
    let answer = try pipe.call(
      "Page.captureScreenshot", ["format": "png", "captureBeyondViewport": true], session: session,
      seconds: timeout)
    guard let base64 = answer["data"] as? String, let data = Data(base64Encoded: base64) else {
      throw PoortwachterError.io(path: "screenshot", detail: "geen afbeelding")
    }
    return [UInt8](data)
  }

  /// An id of the document in the tab, new for every page load.
  private func pageID() throws -> String {
    (try evaluate("window.__pw = window.__pw || (String(performance.timeOrigin) + ':' + Math.random())")
      as? String)
      ?? ""
  }

  /// Waits until the tab holds a new document that has loaded completely.
  private func waitForPage(after before: String) throws {
    let end = Date().addingTimeInterval(timeout)
    while Date() < end {
      if let id = try? pageID(), id != before, (try? evaluate("document.readyState")) as? String == "complete"
      {
        return
      }
      usleep(50_000)
    }
    throw PoortwachterError.io(path: (try? url()) ?? "pagina", detail: "laadt niet binnen \(Int(timeout)) s")
  }
}
