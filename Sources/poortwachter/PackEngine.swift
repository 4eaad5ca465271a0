import ArgumentParser
import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterWorkspace

/// The UWV pack in a batch run: starts the one browser of the run (or notes that Chromium is
/// missing, in which case the dossiers are still written and the run ends with exit 69), counts
/// the packs and prints the one-line reason for every case that needs no pack.
final class PackEngine {
  let builder: PackBuilder?
  private let browser: ChromiumBrowser?
  private let unavailable: BrowserError?
  private var packs = 0
  private var documents = 0
  private var skipped = 0

  init(chromium: String?, renderer: DossierRenderer) {
    do {
      let started = try ChromiumBrowser(executable: try ChromiumLocator.locate(explicit: chromium))
      browser = started
      builder = PackBuilder(renderer: renderer, browser: started)
      unavailable = nil
    } catch let error as BrowserError {
      browser = nil
      builder = nil
      unavailable = error
    } catch {
      browser = nil
      builder = nil
      unavailable = .launchFailed((error as? LocalizedError)?.errorDescription ?? "onverwachte fout")
    }
  }

  /// Notes the pack of one case; prints why a case has none.
  func record(_ pack: BatchCaseResult.PackSummary, file: String, progress: inout Progress) {
    switch pack {
    case .written(let count):
      packs += 1
      documents += count
    case .notDue(let reason):
      skipped += 1
      progress.message("\(file): geen UWV-pakket: \(reason)\n")
    }
  }

  /// Prints the pack summary, or the missing-Chromium error with exit 69.
  func finish() throws {
    if let unavailable {
      Output.error(CommandWords.message(unavailable))
      Output.error("de dossiers (riv.html, controle.html, riv.xml) zijn wel geschreven")
      throw ExitCode(unavailable.exitCode)
    }
    Output.out(
      "UWV-pakket: \(packs) map(pen) uwv/ met \(documents) document(en); \(skipped) casus(sen) zonder pakket"
        + (packs > 0 ? "; open per dossier uwv/uploadlijst.html" : "") + "\n")
  }

  /// Quits the browser.
  func close() { browser?.close() }
}
