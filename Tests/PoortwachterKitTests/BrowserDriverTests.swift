import Foundation
import PoortwachterTestSupport
import Testing

/// The test browser driver itself: opens a page, runs script, follows a form, takes a screenshot.
@Suite struct BrowserDriverTests {
  @Test func itOpensFillsSubmitsAndCapturesAPage() throws {
    guard let chromium = BrowserDriver.chromium() else {
      print("Chromium ontbreekt: BrowserDriverTests overgeslagen (installeer chromium; CI heeft het)")
      return
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "pw-driver-\(UUID().uuidString)"
    ).path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    try """
    <!doctype html><title>a</title><form action="b.html" method="get"><input name="datum" value="x">
    <button>Opslaan</button></form>
    """.write(toFile: folder + "/a.html", atomically: true, encoding: .utf8)
    try "<!doctype html><title>b</title><p>Opgeslagen</p>".write(
      toFile: folder + "/b.html", atomically: true, encoding: .utf8)
    let browser = try BrowserDriver(executable: chromium)
    defer { browser.close() }
    try browser.open("file://" + folder + "/a.html")
    #expect(try browser.evaluate("document.title") as? String == "a")
    try browser.navigate(
      by: "document.querySelector('input').value = '2026-12-07'; document.querySelector('button').click()")
    #expect(try browser.url().hasSuffix("b.html?datum=2026-12-07"))
    #expect(try browser.text().contains("Opgeslagen"))
    let png = try browser.screenshot()
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    // The width of the PNG (bytes 16-19 of the IHDR chunk) is the window's: 1280.
    #expect(
      png.count > 24 && Int(png[16]) << 24 | Int(png[17]) << 16 | Int(png[18]) << 8 | Int(png[19]) == 1280)
  }
}
