import Foundation
import PoortwachterCore
import PoortwachterOutput

/// The UWV packs of one run: starts the one browser the run prints with (or records why it could
/// not, in which case the dossiers are still written and the front end reports the browser error)
/// and keeps the tally of ready packs, concept packs and cases without a pack. Close it at the end
/// of the run. Prints nothing and names no option.
public final class PackSession: @unchecked Sendable {
  /// Builds each case's pack; `nil` when the browser is unavailable.
  public let builder: PackBuilder?
  /// Why the browser is unavailable, when it is.
  public let unavailable: BrowserError?
  private let browser: ChromiumBrowser?
  private let lock = NSLock()
  private var counts = Tally()

  /// What the run made, for the summary line.
  public struct Tally: Sendable, Equatable {
    /// Packs ready for UWV (`uwv/`).
    public var ready = 0
    /// Concept packs (`uwv-concept/`).
    public var concept = 0
    /// Documents in all packs (originals in ready packs, drafts and forms in concept packs).
    public var documents = 0
    /// Cases that got no pack (no re-integratieverslag, or not yet).
    public var none = 0
  }

  /// Starts the browser: `chromium` is the program given by the user, else it is looked up on
  /// PATH. `always` makes packs also before their moment (week 88 or the variant's own).
  public init(chromium: String?, renderer: DossierRenderer, always: Bool = false) {
    do {
      let started = try ChromiumBrowser(executable: try ChromiumLocator.locate(explicit: chromium))
      var builder = PackBuilder(renderer: renderer, browser: started)
      builder.always = always
      self.browser = started
      self.builder = builder
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

  /// Counts the pack of one case.
  public func record(_ pack: BatchCaseResult.PackSummary) {
    lock.withLock {
      switch pack {
      case .ready(let documents, _):
        counts.ready += 1
        counts.documents += documents
      case .concept(let documents, _, _):
        counts.concept += 1
        counts.documents += documents
      case .notDue: counts.none += 1
      }
    }
  }

  /// The tally so far.
  public var tally: Tally { lock.withLock { counts } }

  /// Quits the browser.
  public func close() { browser?.close() }
}
