import Foundation
import Hummingbird
import PoortwachterCore
import PoortwachterTemplates
import PoortwachterWorkspace

/// `GET /casus/{id}/bewerken` (every section, or `?sectie=`), `POST /casus/{id}/bewerken` (save
/// one section; add a row; remove an item) and `POST /casus/{id}/ongedaan` (undo the last save).
/// The work is the workspace's ``CaseFormEditor`` and ``CaseFileStore``; these routes only read
/// the request, call it and show the outcome.
enum EditRoutes {
  static func register(on router: Router<ServeRequestContext>, state: ServeState) {
    router.get("/casus/:id/bewerken") { request, context -> Response in
      let served = try await CaseRoutes.served(context, state: state)
      let query = FormFields(urlEncoded: request.uri.query ?? "")
      return try await page(
        served, state: state, context: context, only: query["sectie"], savedSection: query["opgeslagen"])
    }
    router.post("/casus/:id/bewerken") { _, context -> Response in
      let served = try await CaseRoutes.served(context, state: state)
      let fields = context.form ?? FormFields(pairs: [])
      guard let section = fields["sectie"], let hash = fields["hash"] else {
        throw ServeError(
          .badRequest, title: "Ongeldig formulier",
          advice: "Het formulier mist een onderdeel; open de pagina Bewerken opnieuw.")
      }
      var values: [String: String] = [:]
      for (name, value) in fields.pairs
      where !["csrf", "sectie", "hash", "actie", "verwijder", "toevoegen"].contains(name) {
        values[name] = value
      }
      if let list = fields["toevoegen"].flatMap(EditPath.init) {
        // A new empty row: the form again with what was typed, nothing saved.
        values[Self.nextRow(of: list, served: served, values: values).description] = ""
        return try await page(
          served, state: state, context: context, only: section, shown: values, basedOn: (section, hash))
      }
      let submission = CaseFormSubmission(
        section: section, values: values, basedOn: hash, remove: fields["verwijder"].flatMap(EditPath.init))
      let editor = CaseFormEditor(store: CaseFileStore())
      switch editor.submit(
        submission, to: served.file, peildatum: state.peildatum(), timestamp: Self.timestamp())
      {
      case .saved, .unchanged:
        await state.index.refreshNow()
        let anchor = FormAnchor.id(section)
        return Response(
          status: .seeOther,
          headers: [.location: "/casus/\(served.id)/bewerken?opgeslagen=\(section)#\(anchor)"])
      case .refused(let messages):
        return try await page(
          served, state: state, context: context, only: nil, shown: values, basedOn: (section, hash),
          messages: messages, messageSection: section, status: .unprocessableContent)
      case .conflict(let conflict):
        return try conflictPage(served, conflict: conflict, section: section, state: state, context: context)
      case .failed(let message):
        throw ServeError(
          .internalServerError, title: "Niet opgeslagen", advice: Masking.maskBSNs(in: message))
      }
    }
    router.post("/casus/:id/ongedaan") { _, context -> Response in
      let served = try await CaseRoutes.served(context, state: state)
      guard let hash = context.form?["hash"] else {
        throw ServeError(
          .badRequest, title: "Ongeldig formulier",
          advice: "Het formulier mist een onderdeel; open de pagina Bewerken opnieuw.")
      }
      let store = CaseFileStore()
      switch store.undo(served.file, basedOn: hash, timestamp: Self.timestamp()) {
      case .success:
        await state.index.refreshNow()
        return Response(status: .seeOther, headers: [.location: "/casus/\(served.id)/bewerken?ongedaan=1"])
      case .failure(.changedOnDisk):
        throw ServeError(
          .conflict, title: "Het bestand is intussen gewijzigd",
          advice: "Er is niets teruggezet. Open de pagina Bewerken opnieuw en probeer het nog eens.")
      case .failure(let failure):
        throw ServeError(
          .unprocessableContent, title: "Niet ongedaan gemaakt", advice: Masking.maskBSNs(in: failure.message)
        )
      }
    }
  }

  /// The Bewerken page of `served` as the file is now, with `shown` values of a submission.
  static func page(
    _ served: ServeCase, state: ServeState, context: ServeRequestContext, only: String?,
    shown: [String: String] = [:], basedOn: (section: String, hash: String)? = nil,
    messages: [FormMessage] = [],
    messageSection: String? = nil, savedSection: String? = nil,
    status: HTTPResponse.Status = .ok
  ) async throws -> Response {
    let store = CaseFileStore()
    let snapshot: CaseFileSnapshot
    switch store.read(served.file) {
    case .success(let read): snapshot = read
    case .failure(let failure):
      throw ServeError(.internalServerError, title: "Niet te lezen", advice: failure.message)
    }
    let form: CaseForm
    switch CaseForm.make(path: served.file, text: snapshot.text, shown: shown) {
    case .success(let made): form = made
    case .failure(let failure):
      throw ServeError(
        .unprocessableContent, title: "Niet te bewerken", advice: Masking.maskBSNs(in: failure.message))
    }
    let sections = only.flatMap { id in form.section(id).map { [$0] } } ?? form.sections
    var hashes: [String: String] = [:]
    if let basedOn { hashes[basedOn.section] = basedOn.hash }
    let kenmerk = served.evaluation?.loaded.caseFile.kenmerk
    let page = EditPage(
      caseID: served.id, displayName: state.displayName(served.file), form: form, sections: sections,
      hashes: hashes, messages: messages, messageSection: messageSection ?? basedOn?.section,
      savedSection: savedSection, evaluation: served.evaluation,
      history: kenmerk.map { store.history(kenmerk: $0, nextTo: served.file) } ?? [])
    return try state.pages.page(
      "serve/bewerken.html",
      layout: state.pages.layout(
        title: page.title, peildatum: state.peildatum(), menu: .geen, csrf: context.session?.csrf),
      groups: page.context(), status: status)
  }

  /// The conflict page: both versions as a line diff, with the choice to open the new version
  /// or save the submitted values onto it.
  static func conflictPage(
    _ served: ServeCase, conflict: CaseFormConflict, section: String, state: ServeState,
    context: ServeRequestContext
  ) throws -> Response {
    let name = state.displayName(served.file)
    let body: KeyValuePairs<String, RenderValue> = [
      "casus_id": .text(served.id), "bestand": .text(name), "sectie": .text(section),
      "anker": .text(FormAnchor.id(section)), "hash": .text(conflict.onDisk.contentHash),
      "jouw_versie": .flag(conflict.yours != nil),
      "velden": .list(
        conflict.values.sorted { $0.key < $1.key }.map {
          RenderNode(["naam": .text($0.key), "waarde": .text($0.value)])
        }),
      "regels": .list(
        conflict.diff.map { line in
          RenderNode([
            "soort": .text(line.kind.rawValue), "oud": .optional(line.oldNumber.map(String.init)),
            "nieuw": .optional(line.newNumber.map(String.init)),
            "teken": .text(line.kind == .added ? "+" : line.kind == .removed ? "-" : " "),
            "tekst": .text(Masking.maskBSNs(in: line.text)),
          ])
        }),
    ]
    return try state.pages.page(
      "serve/conflict.html",
      layout: state.pages.layout(
        title: "Gewijzigd op schijf: " + name, peildatum: state.peildatum(), menu: .geen,
        csrf: context.session?.csrf),
      groups: [body], status: .conflict)
  }

  /// The path of a new row at the end of `list`, past the file's items and the rows already sent.
  static func nextRow(of list: EditPath, served: ServeCase, values: [String: String]) -> EditPath {
    var highest = 0
    if case .success(let snapshot) = CaseFileStore().read(served.file),
      case .success(let tree) = CaseFieldTree.read(snapshot.text, file: served.file)
    {
      highest = tree[list]?.items?.count ?? 0
    }
    for name in values.keys {
      guard let path = EditPath(name), path.steps.count > list.steps.count,
        Array(path.steps.prefix(list.steps.count)) == list.steps,
        case .item(let number) = path.steps[list.steps.count]
      else { continue }
      highest = max(highest, number)
    }
    return EditPath(steps: list.steps + [.item(highest + 1)])
  }

  /// The history timestamp of now, in UTC: `20261207T213000Z`.
  static func timestamp() -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date())
    func two(_ value: Int?) -> String { String(format: "%02d", value ?? 0) }
    return String(format: "%04d", parts.year ?? 0) + two(parts.month) + two(parts.day) + "T" + two(parts.hour)
      + two(parts.minute) + two(parts.second) + "Z"
  }
}
