import Foundation
import Hummingbird
import PoortwachterCore
import PoortwachterOutput
import PoortwachterTemplates
import PoortwachterWorkspace

/// Renders the pages of the web app with our own template engine (templates in
/// `Templates/serve/`, escaping every value), and holds the one stylesheet and script served
/// from `/static/`. Every page starts with `serve/kop` and ends with `serve/voet`; their keys
/// (`titel`, `peildatum`, `mappen`, `csrf`, `menu_*`) come from ``layout(title:peildatum:menu:csrf:)``.
public struct ServePages: Sendable {
  /// The templates every page needs.
  public static let requiredTemplates = [
    "serve/kop", "serve/voet", "serve/fout.html", "serve/werkvoorraad.html", "serve/casus.html",
    "serve/stijl.css", "serve/script.js", "partials/html/stijl", "partials/html/stijl_status",
  ]

  /// The templates.
  public let templates: TemplateLibrary
  /// `/static/poortwachter.css`: the house style of riv.html and the app's own rules.
  public let stylesheet: [UInt8]
  /// `/static/poortwachter.js`.
  public let script: [UInt8]
  /// The opened folders as the footer names them.
  let folderNames: String

  /// Loads the built-in templates folder (``TemplateLocator``) or `folder`.
  public init(folder: String? = nil, folders: OpenedFolders) throws(PoortwachterError) {
    guard let builtIn = folder ?? TemplateLocator.builtInFolder() else {
      throw .template(.folderNotFound(folder: "Templates"))
    }
    do {
      templates = try TemplateLibrary(builtIn: builtIn, required: Self.requiredTemplates)
      let empty = RenderNode([:])
      stylesheet =
        try templates.renderBytes("partials/html/stijl", context: empty)
        + templates.renderBytes("partials/html/stijl_status", context: empty)
        + templates.renderBytes("serve/stijl.css", context: empty)
      script = try templates.renderBytes("serve/script.js", context: empty)
    } catch {
      throw .template(error)
    }
    folderNames = folders.folders.joined(separator: ", ")
  }

  /// Which menu item is the current page.
  public enum Menu: Sendable {
    case werkvoorraad, nieuw, geen
  }

  /// The keys of `serve/kop` and `serve/voet`.
  public func layout(title: String, peildatum: CivilDate, menu: Menu, csrf: SecretToken?)
    -> KeyValuePairs<String, RenderValue>
  {
    [
      "titel": .text(title), "peildatum": ContextValues.date(peildatum), "mappen": .text(folderNames),
      "csrf": .optional(csrf?.hex), "menu_werkvoorraad": .flag(menu == .werkvoorraad),
      "menu_nieuw": .flag(menu == .nieuw),
    ]
  }

  /// An HTML page from `template` with the layout keys and the page's own.
  public func page(
    _ template: String, layout: KeyValuePairs<String, RenderValue>,
    groups: [KeyValuePairs<String, RenderValue>], status: HTTPResponse.Status = .ok
  ) throws(TemplateError) -> Response {
    Self.html(try templates.renderBytes(template, context: RenderNode([layout] + groups)), status: status)
  }

  /// The error page of `error`.
  public func errorPage(_ error: ServeError, peildatum: CivilDate) -> Response {
    let context: KeyValuePairs<String, RenderValue> = [
      "code": .text("\(error.status.code) \(error.status.reasonPhrase)"), "advies": .text(error.advice),
      "terug": .flag(error.status != .unauthorized && error.status != .misdirectedRequest),
    ]
    let layout = layout(title: error.title, peildatum: peildatum, menu: .geen, csrf: nil)
    do {
      return try page("serve/fout.html", layout: layout, groups: [context], status: error.status)
    } catch {
      return Response(
        status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"],
        body: .init(byteBuffer: ByteBuffer(string: "Er ging iets mis.")))
    }
  }

  /// A response with an HTML body.
  static func html(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
    Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
  }
}
