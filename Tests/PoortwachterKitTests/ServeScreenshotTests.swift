import Foundation
import PoortwachterTestSupport
import Testing

/// Screenshots of every page of the web app at 1280 px wide, written as PNG into a folder
/// (`POORTWACHTER_SCHERMEN`, else `poortwachter-schermen` in the temporary folder) for a person to
/// look at; the test checks that each page is there, is 1280 px wide and is no error page.
@Suite(.serialized) struct ServeScreenshotTests {
  @Test func everyPageAt1280PixelsWide() async throws {
    guard let harness = try await ServeBrowserHarness.start() else { return }
    let folder =
      ProcessInfo.processInfo.environment["POORTWACHTER_SCHERMEN"]
      ?? FileManager.default.temporaryDirectory.appendingPathComponent("poortwachter-schermen").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let login = harness.state.loginURL
    let origin = harness.origin
    do {
      let shots = try await harness.steps { browser -> [(name: String, png: [UInt8], title: String)] in
        try browser.open(login)
        let casus =
          (try browser.evaluate(
            "Array.from(document.querySelectorAll('a')).find(a => a.textContent.includes('VZ-2025-0419')).href"
          )
            as? String) ?? ""
        let pages: [(String, String)] = [
          ("1-werkvoorraad", origin + "/"),
          ("2-werkvoorraad-verlopen", origin + "/?filter=verlopen"),
          ("3-casus", casus),
          ("4-bewerken", casus + "/bewerken"),
          ("5-nieuwe-casus", origin + "/nieuw"),
          ("6-documenten", casus + "/documenten"),
          ("7-voorbeeld-riv", casus + "/voorbeeld/riv.html"),
          ("8-niet-gevonden", origin + "/casus/bestaat-niet"),
        ]
        var shots: [(name: String, png: [UInt8], title: String)] = []
        for (name, url) in pages {
          try browser.open(url)
          // Frames (the preview on Documenten) paint a moment after the page has loaded.
          usleep(400_000)
          shots.append(
            (name, try browser.screenshot(), (try browser.evaluate("document.title") as? String) ?? ""))
        }
        return shots
      }
      for shot in shots {
        try Data(shot.png).write(to: URL(fileURLWithPath: folder + "/" + shot.name + ".png"))
        let width =
          Int(shot.png[16]) << 24 | Int(shot.png[17]) << 16 | Int(shot.png[18]) << 8 | Int(shot.png[19])
        #expect(width == 1280, "\(shot.name)")
        // Bewerken and Nieuwe casus come with their own branch; until then they are the 404 page.
        if !["4-bewerken", "5-nieuwe-casus", "8-niet-gevonden"].contains(shot.name) {
          #expect(
            !shot.title.contains("Niet gevonden") && !shot.title.contains("Er ging iets mis"),
            "\(shot.name): \(shot.title)")
        }
      }
      print("Schermafbeeldingen (1280 px breed) in \(folder)")
    } catch {
      await harness.stop()
      throw error
    }
    await harness.stop()
  }
}
