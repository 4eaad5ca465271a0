import Hummingbird
import PoortwachterCore
import PoortwachterWorkspace

/// `GET /casus/{id}`: the casus page. Also the look-up every case route uses (``served(_:state:)``).
public enum CaseRoutes {
  static func register(on router: Router<ServeRequestContext>, state: ServeState) {
    router.get("/casus/:id") { _, context -> Response in
      let served = try await served(context, state: state)
      let page = CasePage(served: served, displayName: state.displayName(served.file))
      return try state.pages.page(
        "serve/casus.html",
        layout: state.pages.layout(
          title: page.title, peildatum: state.peildatum(), menu: .geen, csrf: context.session?.csrf),
        groups: page.context())
    }
  }

  /// The case of the route parameter `id`: 400 for anything that is not an id (a path, `..`),
  /// 404 for an unknown id; the file is checked to be inside the opened folders (a link to
  /// elsewhere put in its place since is refused with 400).
  public static func served(_ context: ServeRequestContext, state: ServeState) async throws -> ServeCase {
    guard let id = context.parameters.get("id"), OpenedFolders.isCaseID(id) else {
      throw ServeError.unsafePath
    }
    guard let served = await state.index.lookup(id: id) else { throw ServeError.notFound }
    guard state.folders.contains(served.file) else { throw ServeError.unsafePath }
    return served
  }
}
