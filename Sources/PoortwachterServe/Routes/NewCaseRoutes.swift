import Hummingbird
import PoortwachterCore
import PoortwachterWorkspace

/// `GET /nieuw` and `POST /nieuw`: a new case file in one of the opened folders, through the
/// workspace's ``NewCase`` (the same step as `poortwachter nieuw`); then on to its Bewerken page.
enum NewCaseRoutes {
  static func register(on router: Router<ServeRequestContext>, state: ServeState) {
    router.get("/nieuw") { _, context -> Response in
      try page(
        NewCasePage(values: [:], problems: [], folders: state.folders.folders, chosenFolder: 0), state: state,
        context: context)
    }
    router.post("/nieuw") { _, context -> Response in
      let fields = context.form ?? FormFields(pairs: [])
      var values: [NewCase.Fact: String] = [:]
      for fact in NewCase.Fact.allCases { values[fact] = fields[fact.rawValue] ?? "" }
      let folders = state.folders.folders
      guard let chosen = Int(fields["map"] ?? "0"), folders.indices.contains(chosen) else {
        throw ServeError.unsafePath
      }
      func optional(_ fact: NewCase.Fact) -> String? {
        let value = values[fact] ?? ""
        return value.trimmingCharacters(in: .whitespaces).isEmpty ? nil : value
      }
      let request = NewCase(
        kenmerk: (values[.kenmerk] ?? "").trimmingCharacters(in: .whitespaces), naam: values[.naam] ?? "",
        eersteZiektedag: (values[.eersteZiektedag] ?? "").trimmingCharacters(in: .whitespaces),
        bsn: optional(.bsn), werkgever: optional(.werkgever))
      let folder = folders[chosen]
      switch request.create(in: folder) {
      case .created(let path):
        await state.index.refreshNow()
        return Response(
          status: .seeOther, headers: [.location: "/casus/\(OpenedFolders.caseID(for: path))/bewerken"])
      case .refused(let problems):
        return try page(
          NewCasePage(values: values, problems: problems, folders: folders, chosenFolder: chosen),
          state: state,
          context: context, status: .unprocessableContent)
      case .failed(let message):
        throw ServeError(.internalServerError, title: "Niet aangemaakt", advice: message)
      }
    }
  }

  static func page(
    _ page: NewCasePage, state: ServeState, context: ServeRequestContext, status: HTTPResponse.Status = .ok
  ) throws -> Response {
    try state.pages.page(
      "serve/nieuw.html",
      layout: state.pages.layout(
        title: "Nieuwe casus", peildatum: state.peildatum(), menu: .nieuw, csrf: context.session?.csrf),
      groups: page.context(), status: status)
  }
}
