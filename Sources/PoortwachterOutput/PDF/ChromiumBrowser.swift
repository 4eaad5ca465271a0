import Foundation
import PoortwachterCore

/// One headless Chromium for a whole run, printing HTML documents to A4 PDFs over the DevTools
/// protocol. JavaScript is off in every page and every network request is refused: a page is set
/// from a string and can load nothing, so a hostile text in a case file stays text.
///
/// Safe to use from several threads: each call to ``print(_:)`` borrows tabs from a pool, prints
/// its documents side by side and gives the tabs back. However many calls run at once, at most
/// ``maxTabs`` tabs are open; a call waits for free tabs rather than opening more.
public final class ChromiumBrowser: @unchecked Sendable {
  private struct Tab {
    let target: String
    let session: String
    let frame: String
  }

  /// Documents printed at once by one ``print(_:)`` call.
  public static let tabsPerCall = 4
  /// The standard cap on open tabs: ``tabsPerCall``, or the number of cores when that is more.
  public static var defaultMaxTabs: Int { max(tabsPerCall, ProcessInfoCores.count) }
  /// Seconds the browser may take to answer its first call.
  static let startTimeout: Double = 30
  /// Seconds a single protocol step may take.
  public static let stepTimeout: Double = 120

  private let pipe: DevToolsPipe
  /// The browser's private profile folder (removed by ``close()``).
  let profileFolder: String
  /// Guards `idle`, `openCount`, `peakOpen` and `closed`; signalled when tabs come free.
  private let state = NSCondition()
  private var idle: [Tab] = []
  /// Tabs that exist, idle or in use (or reserved and being opened).
  private var openCount = 0
  private var peakOpen = 0
  private var closed = false

  /// The most tabs open at once (idle or in use).
  public let maxTabs: Int
  /// The most tabs that were open at the same time so far.
  var peakTabs: Int { state.withLock { peakOpen } }

  /// The browser's process id.
  public var processID: Int32 { pipe.pid }

  /// Starts Chromium at `executable` and checks that it answers; at most `maxTabs` tabs (at least 1)
  /// will be open at once.
  public init(executable: String, maxTabs: Int = ChromiumBrowser.defaultMaxTabs) throws {
    self.maxTabs = max(1, maxTabs)
    BrowserProfiles.removeAbandoned()
    let template = BrowserProfiles.base() + "/" + BrowserProfiles.prefix + "\(getpid())-XXXXXX"
    var buffer = Array(template.utf8CString)
    guard let made = mkdtemp(&buffer) else {
      throw BrowserError.launchFailed("geen tijdelijke map (\(SystemError.current))")
    }
    profileFolder = String(cString: made)
    // Everything the browser writes stays in this one folder, removed on every way out: its
    // profile, and its temporary files (TMPDIR), which Chromium otherwise leaves as
    // `org.chromium.Chromium.XXXXXX` in the system's temporary folder when it is killed.
    BrowserReaper.register(folder: profileFolder)
    let temporary = profileFolder + BrowserProfiles.temporarySuffix
    guard mkdir(profileFolder + "/profiel", 0o700) == 0, mkdir(temporary, 0o700) == 0 else {
      let detail = SystemError.current
      Self.removeProfile(profileFolder)
      throw BrowserError.launchFailed("geen tijdelijke map (\(detail))")
    }
    let arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
      "--no-default-browser-check", "--disable-extensions", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--disable-default-apps", "--mute-audio",
      "--hide-scrollbars", "--disable-breakpad", "--disable-crash-reporter",
      "--blink-settings=scriptEnabled=false",
      // Belt and braces next to the request interception: any request that would still be made
      // goes to a proxy that does not exist.
      "--proxy-server=127.0.0.1:9", "--proxy-bypass-list=<-loopback>",
      "--user-data-dir=\(profileFolder)/profiel", "about:blank",
    ]
    do {
      pipe = try DevToolsPipe(
        executable: executable, arguments: arguments, log: profileFolder + "/stderr.log",
        environment: ["TMPDIR": temporary])
    } catch {
      Self.removeProfile(profileFolder)
      throw error
    }
    pipe.onEvent = { [pipe] method, params, session in
      // Every request a page makes is refused.
      if method == "Fetch.requestPaused", let id = params["requestId"] as? String {
        _ = pipe.send(
          "Fetch.failRequest", ["requestId": id, "errorReason": "BlockedByClient"], session: session)
      }
    }
    do {
      _ = try pipe.call("Browser.getVersion", seconds: Self.startTimeout)
    } catch {
      let log = (try? String(contentsOfFile: profileFolder + "/stderr.log", encoding: .utf8)) ?? ""
      close()
      let reason =
        if case BrowserError.timeout = error {
          "antwoordt niet binnen \(Int(Self.startTimeout)) seconden"
        } else {
          "stopte zonder te antwoorden"
        }
      throw BrowserError.noAnswer(
        executable: executable, reason: reason, browserMessage: BrowserError.lastLine(of: log))
    }
  }

  deinit { close() }

  /// Prints the jobs (in order), a few at a time; returns one PDF per job.
  public func print(_ jobs: [PrintJob]) throws -> [[UInt8]] {
    var results: [[UInt8]] = []
    results.reserveCapacity(jobs.count)
    var start = 0
    while start < jobs.count {
      let wave = Array(jobs[start..<min(jobs.count, start + min(Self.tabsPerCall, maxTabs))])
      results += try printWave(wave)
      start += wave.count
    }
    return results
  }

  /// Quits the browser and removes its profile folder. Safe to call more than once.
  public func close() {
    let first = state.withLock {
      defer {
        closed = true
        state.broadcast()
      }
      return !closed
    }
    guard first else { return }
    pipe.terminate()
    Self.removeProfile(profileFolder)
  }

  /// Removes the profile folder (with the browser's temporary files) and forgets it.
  private static func removeProfile(_ folder: String) {
    try? FileManager.default.removeItem(atPath: folder)
    BrowserReaper.unregister(folder: folder)
  }

  private func printWave(_ jobs: [PrintJob]) throws -> [[UInt8]] {
    let tabs = try borrow(jobs.count)
    var healthy = true
    defer {
      if healthy { giveBack(tabs) } else { discard(tabs) }
    }
    do {
      let loads = zip(tabs, jobs).map { tab, job in
        pipe.send("Page.setDocumentContent", ["frameId": tab.frame, "html": job.html], session: tab.session)
      }
      for call in loads { _ = try pipe.wait(call, seconds: Self.stepTimeout) }
      let prints = zip(tabs, jobs).map { tab, job in
        pipe.send("Page.printToPDF", Self.printParameters(job), session: tab.session)
      }
      return try prints.map { call in
        let answer = try pipe.wait(call, seconds: Self.stepTimeout)
        guard let base64 = answer["data"] as? String, let data = Data(base64Encoded: base64) else {
          throw BrowserError.protocolError("Page.printToPDF gaf geen PDF terug")
        }
        return [UInt8](data)
      }
    } catch {
      healthy = false
      throw error
    }
  }

  static func printParameters(_ job: PrintJob) -> [String: Any] {
    [
      "paperWidth": job.paper == .a4 ? 210.0 / 25.4 : job.paper.width / 72,
      "paperHeight": job.paper == .a4 ? 297.0 / 25.4 : job.paper.height / 72, "landscape": false,
      "marginTop": 24.0 / 25.4, "marginBottom": 20.0 / 25.4, "marginLeft": 18.0 / 25.4,
      "marginRight": 18.0 / 25.4, "printBackground": true, "preferCSSPageSize": false,
      "displayHeaderFooter": true, "headerTemplate": job.header, "footerTemplate": job.footer,
      "generateTaggedPDF": true,
    ]
  }

  /// Takes `count` tabs (at most ``maxTabs``): idle ones first, new ones while under the cap, else
  /// waits. Idle tabs and room for new ones are reserved in one step, so two calls can never each
  /// hold part of what they need and wait for each other.
  private func borrow(_ count: Int) throws -> [Tab] {
    state.lock()
    while !closed && idle.count + (maxTabs - openCount) < count { state.wait() }
    var tabs = Array(idle.suffix(count))
    idle.removeLast(tabs.count)
    let reserved = count - tabs.count
    openCount += reserved
    peakOpen = max(peakOpen, openCount)
    state.unlock()
    do {
      while tabs.count < count { tabs.append(try openTab()) }
    } catch {
      state.withLock { openCount -= count - tabs.count }
      giveBack(tabs)
      throw error
    }
    return tabs
  }

  private func giveBack(_ tabs: [Tab]) {
    state.withLock {
      idle += tabs
      state.broadcast()
    }
  }

  private func openTab() throws -> Tab {
    let created = try pipe.call("Target.createTarget", ["url": "about:blank"], seconds: Self.stepTimeout)
    guard let target = created["targetId"] as? String else {
      throw BrowserError.protocolError("Target.createTarget gaf geen doel terug")
    }
    let attached = try pipe.call(
      "Target.attachToTarget", ["targetId": target, "flatten": true], seconds: Self.stepTimeout)
    guard let session = attached["sessionId"] as? String else {
      throw BrowserError.protocolError("Target.attachToTarget gaf geen sessie terug")
    }
    let setup = [
      pipe.send("Emulation.setScriptExecutionDisabled", ["value": true], session: session),
      pipe.send("Fetch.enable", ["patterns": [["urlPattern": "*"]]], session: session),
    ]
    let tree = pipe.send("Page.getFrameTree", session: session)
    for call in setup { _ = try pipe.wait(call, seconds: Self.stepTimeout) }
    let frameTree = try pipe.wait(tree, seconds: Self.stepTimeout)["frameTree"] as? [String: Any]
    guard let frame = (frameTree?["frame"] as? [String: Any])?["id"] as? String else {
      throw BrowserError.protocolError("Page.getFrameTree gaf geen frame terug")
    }
    return Tab(target: target, session: session, frame: frame)
  }

  private func discard(_ tabs: [Tab]) {
    for tab in tabs { _ = pipe.send("Target.closeTarget", ["targetId": tab.target]) }
    state.withLock {
      openCount -= tabs.count
      state.broadcast()
    }
  }
}
