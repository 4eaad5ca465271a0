import Hummingbird
import PoortwachterCore

/// `GET /` (the werkvoorraad, with its choices in the query), `POST /vernieuwen` (read the
/// folders again now) and `GET /agenda.ics`.
enum WorkQueueRoutes {
  static func register(on router: Router<ServeRequestContext>, state: ServeState) {
    router.get("/") { request, context -> Response in
      let peildatum = state.peildatum()
      let query = PageQuery(FormFields(urlEncoded: request.uri.query ?? ""))
      let prepared = await state.workQueue.prepared(await state.index.snapshot()) { state.displayName($0) }
      let page = WorkQueuePage(
        prepared: prepared, selected: await state.workQueue.selection(query, of: prepared), query: query,
        peildatum: peildatum)
      return try state.pages.page(
        "serve/werkvoorraad.html",
        layout: state.pages.layout(
          title: "Werkvoorraad", peildatum: peildatum, menu: .werkvoorraad, csrf: context.session?.csrf),
        groups: page.context())
    }
    router.post("/vernieuwen") { _, _ -> Response in
      await state.index.refreshNow()
      return Response(status: .seeOther, headers: [.location: "/"])
    }
    router.get("/agenda.ics") { request, _ -> Response in
      let peildatum = state.peildatum()
      let fields = FormFields(urlEncoded: request.uri.query ?? "")
      let days = fields["dagen"].flatMap { Int($0) }.map { max(0, min($0, 3650)) } ?? AgendaItem.unlimited
      let agendas = await state.index.cases().map(\.summary.agenda)
      let text = ICalendar.calendar(
        AgendaItem.items(fromAgendas: agendas, days: days), peildatum: peildatum, withNames: false,
        reminderWorkingDays: 3)
      return Response(
        status: .ok,
        headers: [
          .contentType: "text/calendar; charset=utf-8",
          .contentDisposition: "attachment; filename=\"poortwachter-agenda.ics\"",
        ],
        body: .init(byteBuffer: ByteBuffer(string: text)))
    }
  }
}
