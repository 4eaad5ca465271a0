import PoortwachterCore
import PoortwachterWorkspace

/// Everything the routes share: the case index, the pages, the peildatum, the sessions and the
/// address. Made once per server start.
public struct ServeState: Sendable {
  /// The cases of the opened folders.
  public let index: any CaseIndex
  /// The page renderer.
  public let pages: ServePages
  /// The peildatum of a request (fixed with `--peildatum`, else today; the front end decides).
  public let peildatum: @Sendable () -> CivilDate
  /// The access token of this start.
  public let token: SecretToken
  /// The browser sessions.
  public let sessions: SessionStore
  /// Where the server listens.
  public let address: AddressBox

  /// The state of one start.
  public init(
    index: any CaseIndex, pages: ServePages, peildatum: @escaping @Sendable () -> CivilDate,
    token: SecretToken = SecretToken(), sessions: SessionStore = SessionStore(), address: AddressBox
  ) {
    self.index = index
    self.pages = pages
    self.peildatum = peildatum
    self.token = token
    self.sessions = sessions
    self.address = address
  }

  /// The opened folders.
  public var folders: OpenedFolders { index.folders }

  /// The address to open in a browser, with the token: `http://127.0.0.1:8080/?token=...`.
  public var loginURL: String { address.current.origin + "/?token=" + token.hex }

  /// A case file as the pages show it: its path below the opened folder it is in (with the
  /// folder's name when more than one folder is open).
  public func displayName(_ file: String) -> String {
    for folder in folders.folders {
      let prefix = folder.hasSuffix("/") ? folder : folder + "/"
      if file.hasPrefix(prefix) {
        let relative = String(file.dropFirst(prefix.count))
        return folders.folders.count > 1 ? folder + "/" + relative : relative
      }
    }
    return file
  }
}
