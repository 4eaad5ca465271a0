import Foundation
import PoortwachterTestSupport
import PoortwachterWorkspace
import Testing

@testable import PoortwachterCore
@testable import PoortwachterOutput

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// The web app in a real browser (headless Chromium over our DevTools pipe), as a casemanager
/// uses it: sign in with the printed address, open the werkvoorraad, open a case and see its
/// findings, open Documenten, choose a signed original and upload it; the case file gains exactly
/// the one `origineel:` line. Skipped with a message only when Chromium is not installed.
@Suite(.serialized) struct ServeEndToEndTests {
  /// The sample with a 70-day gap between two evaluations (wvp.evaluaties.interval).
  static let sample = "vz-2025-0142.yaml"

  @Test func aCasemanagerOpensACaseAndUploadsASignedOriginal() async throws {
    guard let harness = try await ServeBrowserHarness.start() else { return }
    let login = harness.state.loginURL
    let origin = harness.origin
    let file = harness.folder + "/" + Self.sample
    let scan = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-e2e-scan-\(UUID().uuidString).pdf"
    )
    .path
    try Data(OriginalStructureTests.pdf()).write(to: URL(fileURLWithPath: scan))
    defer { try? FileManager.default.removeItem(atPath: scan) }
    let before = try String(contentsOfFile: file, encoding: .utf8)
    do {
      // Sign in: the token is exchanged for a cookie and leaves the address.
      let werkvoorraad = try await harness.steps { browser in
        try browser.open(login)
        return (url: try browser.url(), text: try browser.text())
      }
      #expect(werkvoorraad.url == origin + "/")
      #expect(werkvoorraad.text.contains("VZ-2025-0142"))
      #expect(!werkvoorraad.text.contains("716885943"), "the BSN is masked")
      // The case, through the werkvoorraad's link.
      let casus = try await harness.steps { browser in
        try browser.navigate(
          by:
            "Array.from(document.querySelectorAll('a')).find(a => a.textContent.includes('VZ-2025-0142')).click()"
        )
        return (url: try browser.url(), text: try browser.text())
      }
      #expect(casus.url.hasPrefix(origin + "/casus/"))
      #expect(casus.text.contains("70 dagen tussen evaluaties"))
      // Documenten: choose the scan for the first evaluation and upload it.
      let documenten = try await harness.steps { browser in
        try browser.navigate(
          by:
            "Array.from(document.querySelectorAll('a')).find(a => a.textContent.trim() === 'Documenten').click()"
        )
        let page = try browser.text()
        try browser.chooseFile(scan, for: "#document-evaluaties-1 input[type=file]")
        try browser.navigate(
          by: "document.querySelector('#document-evaluaties-1 form.upload').requestSubmit()")
        return (before: page, after: try browser.text(), url: try browser.url())
      }
      #expect(documenten.before.contains("Documenten van"))
      #expect(documenten.after.contains("Opgeslagen als bijlagen/evaluatie-2025-09-30.pdf"))
      #expect(documenten.after.contains("getekend origineel"))
      let after = try String(contentsOfFile: file, encoding: .utf8)
      let beforeLines = before.split(separator: "\n", omittingEmptySubsequences: false)
      let afterLines = after.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(afterLines.count == beforeLines.count + 1)
      #expect(
        afterLines.filter { !beforeLines.contains($0) } == [
          "    origineel: bijlagen/evaluatie-2025-09-30.pdf"
        ])
      #expect(
        FileManager.default.contents(atPath: harness.folder + "/bijlagen/evaluatie-2025-09-30.pdf")
          == Data(OriginalStructureTests.pdf()))
    } catch {
      await harness.stop()
      throw error
    }
    await harness.stop()
  }

  /// Bewerken in the browser: the second evaluation's date moves from 9 December to 11 November
  /// 2025; the page says it saved, the case page shows the gap of 63 days instead of 70, and the
  /// case file differs in that one line only.
  @Test func aCasemanagerChangesAnEvaluationDateAndSeesTheFindingChange() async throws {
    guard let harness = try await ServeBrowserHarness.start() else { return }
    let login = harness.state.loginURL
    let file = harness.folder + "/" + Self.sample
    let before = try String(contentsOfFile: file, encoding: .utf8)
    do {
      let result = try await harness.steps { browser in
        try browser.open(login)
        try browser.navigate(
          by:
            "Array.from(document.querySelectorAll('a')).find(a => a.textContent.includes('VZ-2025-0142')).click()"
        )
        let casus = try browser.url()
        let findingBefore = try browser.text()
        try browser.open(casus + "/bewerken?sectie=evaluaties")
        let field = "document.querySelector('[name=\"evaluaties[2].datum\"]')"
        let shown = (try browser.evaluate(field + ".value") as? String) ?? ""
        try browser.navigate(
          by: "(() => { const f = \(field); f.value = '2025-11-11'; "
            + "f.form.querySelector('button[name=actie][value=opslaan]').click() })()")
        let saved = try browser.text()
        try browser.open(casus)
        return (before: findingBefore, shown: shown, saved: saved, after: try browser.text())
      }
      #expect(result.before.contains("70 dagen tussen evaluaties"))
      #expect(result.shown == "2025-12-09")
      #expect(result.saved.contains("Opgeslagen"), "\(result.saved)")
      #expect(result.after.contains("63 dagen tussen evaluaties"), "\(result.after)")
      #expect(!result.after.contains("70 dagen tussen evaluaties"))
      let after = try String(contentsOfFile: file, encoding: .utf8)
      let beforeLines = before.split(separator: "\n", omittingEmptySubsequences: false)
      let afterLines = after.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(beforeLines.count == afterLines.count)
      let changed = zip(beforeLines, afterLines).filter { $0 != $1 }
      #expect(changed.count == 1 && changed.first?.1 == "  - datum: 2025-11-11", "\(changed)")
    } catch {
      await harness.stop()
      throw error
    }
    await harness.stop()
  }

  /// Bewerken with the page's own script: "+ evaluatie toevoegen" puts an empty row in the list
  /// without loading the page again, a second added row is taken away again, the first is filled
  /// and saved; the case file gains exactly that evaluation at the end of the list.
  @Test func aCasemanagerAddsAnEvaluationRowWithTheButtonAndSavesIt() async throws {
    guard let harness = try await ServeBrowserHarness.start() else { return }
    let login = harness.state.loginURL
    let file = harness.folder + "/" + Self.sample
    let before = try String(contentsOfFile: file, encoding: .utf8)
    let count = try #require(TestSupport.loaded(path: file)).caseFile.evaluaties.count
    do {
      let result = try await harness.steps { browser in
        try browser.open(login)
        try browser.navigate(
          by:
            "Array.from(document.querySelectorAll('a')).find(a => a.textContent.includes('VZ-2025-0142')).click()"
        )
        try browser.open(try browser.url() + "/bewerken?sectie=evaluaties")
        let page = try browser.evaluate("window.__pw = 'dezelfde pagina'") as? String
        let add = "document.querySelector('button[name=toevoegen][value=evaluaties]').click()"
        try browser.evaluate(add)
        try browser.evaluate(add)
        let rows =
          try browser.evaluate(
            "document.querySelectorAll('#veld-evaluaties > div.lijst > fieldset.groep').length")
          as? Int
        // The second new row goes again with its own button.
        try browser.evaluate(
          "document.querySelector('#veld-evaluaties-\(count + 2) button[name=verwijder]').click()")
        let left =
          try browser.evaluate(
            "document.querySelectorAll('#veld-evaluaties > div.lijst > fieldset.groep').length")
          as? Int
        let samePage = try browser.evaluate("window.__pw") as? String
        let row = "#veld-evaluaties-\(count + 1)"
        try browser.navigate(
          by: "(() => { const r = document.querySelector('\(row)'); "
            + "r.querySelector('[name=\"evaluaties[\(count + 1)].datum\"]').value = '2026-05-12'; "
            + "r.querySelector('[name=\"evaluaties[\(count + 1)].verslag\"]').value = 'Werknemer werkt 20 uur.'; "
            + "r.closest('form').querySelector('button[name=actie][value=opslaan]').click() })()")
        return (page: page, rows: rows, left: left, samePage: samePage, saved: try browser.text())
      }
      #expect(result.page == "dezelfde pagina" && result.samePage == "dezelfde pagina", "no page load")
      #expect(result.rows == count + 2 && result.left == count + 1)
      #expect(result.saved.contains("Opgeslagen"), "\(result.saved)")
      let after = try String(contentsOfFile: file, encoding: .utf8)
      let loaded = try #require(TestSupport.loaded(path: file))
      #expect(loaded.caseFile.evaluaties.count == count + 1)
      #expect(loaded.caseFile.evaluaties.last?.datum == TestSupport.date("2026-05-12"))
      let added = LineDiff.lines(from: before, to: after).filter { $0.kind != .same }
      #expect(added.allSatisfy { $0.kind == .added }, "\(added)")
      #expect(
        added.map(\.text) == ["  - datum: 2026-05-12", "    verslag: Werknemer werkt 20 uur."], "\(added)")
    } catch {
      await harness.stop()
      throw error
    }
    await harness.stop()
  }

  @Test func aCasemanagerBuildsAndDownloadsThePackOfACase() async throws {
    guard let harness = try await ServeBrowserHarness.start() else { return }
    let login = harness.state.loginURL
    let folder = harness.folder
    do {
      let result = try await harness.steps { browser in
        try browser.open(login)
        try browser.navigate(
          by:
            "Array.from(document.querySelectorAll('a')).find(a => a.textContent.includes('VZ-2025-0419')).click()"
        )
        try browser.open(try browser.url() + "/documenten")
        try browser.navigate(by: "document.querySelector('#pakket form').requestSubmit()")
        let page = try browser.text()
        let link =
          (try browser.evaluate("document.querySelector('#pakket a[download]').href") as? String) ?? ""
        return (page: page, link: link, cookie: try browser.cookieHeader(for: link))
      }
      // The download, fetched with the browser's session cookie (the page's policy allows no fetch).
      var request = URLRequest(url: try #require(URL(string: result.link)))
      request.setValue(result.cookie, forHTTPHeaderField: "Cookie")
      let (bytes, response) = try await URLSession.shared.data(for: request)
      let http = try #require(response as? HTTPURLResponse)
      #expect(http.statusCode == 200)
      #expect(http.value(forHTTPHeaderField: "Content-Disposition")?.contains("VZ-2025-0419-uwv") == true)
      #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip archive")
      // The sample's expert documents are not linked as originals: a concept pack with its to-do list.
      #expect(try ZipDirectory([UInt8](bytes)).entries.contains { $0.name.hasSuffix("/te-doen.html") })
      #expect(result.page.contains("Het pakket is gemaakt"), "\(result.page)")
      // Nothing was written into the user's folder.
      let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
        !$0.hasSuffix(".yaml")
      }
      #expect(names.sorted() == ["README.md", "bijlagen"])
    } catch {
      await harness.stop()
      throw error
    }
    await harness.stop()
  }
}
