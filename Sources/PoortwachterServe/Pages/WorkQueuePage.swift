import PoortwachterCore
import PoortwachterOutput
import PoortwachterTemplates

/// The werkvoorraad: every case with its week, phase, next deadline, status, toets risk and
/// counts, filtered, sorted and a page of ``PageQuery/pageSize`` rows at a time; below it the
/// agenda of the coming 14, 30 or 90 days, overdue items first.
struct WorkQueuePage {
  let cases: [ServeCase]
  let query: PageQuery
  let peildatum: CivilDate
  /// The file of a case as shown (below its opened folder).
  let displayName: (String) -> String

  /// The most agenda items listed on the page (the .ics download has them all).
  static let agendaLimit = 300

  func context() -> [KeyValuePairs<String, RenderValue>] {
    let rows = cases.map { WorkRow($0, displayName: displayName(String($0.file))) }
    var counts: [PageQuery.Filter: Int] = [:]
    for filter in PageQuery.Filter.allCases { counts[filter] = rows.filter { $0.matches(filter) }.count }
    let needle = query.search.lowercased()
    let selected = rows.filter {
      $0.matches(query.filter) && (needle.isEmpty || $0.searchText.contains(needle))
    }
    .sorted { WorkRow.isBefore($0, $1, sort: query.sort) }
    let pages = max(1, (selected.count + PageQuery.pageSize - 1) / PageQuery.pageSize)
    let page = min(query.page, pages)
    let start = (page - 1) * PageQuery.pageSize
    let shown = selected.dropFirst(start).prefix(PageQuery.pageSize)
    var categories: [CaseCategory: Int] = [:]
    for row in rows { categories[row.category, default: 0] += 1 }

    return [
      [
        "samenvatting": .text(CaseCategory.summary(categories) { $0 == 1 ? "casus" : "casussen" }),
        "filters": .list(
          PageQuery.Filter.allCases.map { filter in
            RenderNode([
              "waarde": .text(filter.rawValue), "tekst": .text(filter.text),
              "aantal": .text(String(counts[filter] ?? 0)), "gekozen": .flag(filter == query.filter),
            ])
          }),
        "sorteringen": .list(
          PageQuery.Sort.allCases.map { sort in
            RenderNode([
              "waarde": .text(sort.rawValue), "tekst": .text(sort.text), "gekozen": .flag(sort == query.sort),
            ])
          }),
        "zoek": .text(query.search), "geen_casussen": .flag(shown.isEmpty),
        "rijen": .list(shown.map { $0.node() }),
        "paginering": pages > 1
          ? .node(
            RenderNode([
              "vorige": page > 1 ? .text(query.link(page: page - 1)) : .absent,
              "volgende": page < pages ? .text(query.link(page: page + 1)) : .absent,
              "van": .text(String(start + 1)), "tot": .text(String(start + shown.count)),
              "totaal": .text(String(selected.count)),
            ])) : .absent,
      ],
      agenda(),
    ]
  }

  /// The agenda keys: `agenda` ({datum, id, kenmerk, naam, titel, status, is_verlopen}),
  /// `agenda_dagen`, `agenda_tot`, `vensters`, `geen_agenda`, `geen_agenda_tekst`, `agenda_afgekapt`.
  private func agenda() -> KeyValuePairs<String, RenderValue> {
    let days = query.agendaDays
    var items: [(item: AgendaItem, id: String)] = []
    for served in cases {
      guard let evaluation = served.evaluation else { continue }
      for item in evaluation.agenda where item.daysLeft <= days { items.append((item, served.id)) }
    }
    items.sort {
      ($0.item.deadline, $0.item.kenmerk, $0.item.kind.key) < (
        $1.item.deadline, $1.item.kenmerk, $1.item.kind.key
      )
    }
    let next =
      items.isEmpty ? cases.compactMap { $0.evaluation?.agenda.first }.min { $0.deadline < $1.deadline } : nil
    return [
      "agenda_dagen": .text(String(days)), "agenda_tot": ContextValues.date(peildatum.adding(days: days)),
      "vensters": .list(
        PageQuery.agendaWindows.map { window in
          RenderNode([
            "dagen": .text(String(window)), "link": .text(query.link(agendaDays: window) + "#agenda"),
            "gekozen": .flag(window == days),
          ])
        }),
      "geen_agenda": .flag(items.isEmpty),
      "geen_agenda_tekst": .text(AgendaItem.emptyWindowNotice(days: days, next: next)),
      "agenda": .list(
        items.prefix(Self.agendaLimit).map { entry in
          RenderNode([
            "datum": .text(DutchDate.short(entry.item.deadline)), "id": .text(entry.id),
            "kenmerk": .text(entry.item.kenmerk), "naam": .text(entry.item.naam),
            "titel": .text(entry.item.kind.title), "status": .text(entry.item.status.words),
            "is_verlopen": .flag(entry.item.daysLeft < 0),
          ])
        }),
      "agenda_afgekapt": items.count > Self.agendaLimit
        ? .text(
          "De eerste \(Self.agendaLimit) van \(items.count) termijnen; het .ics-bestand bevat ze allemaal.")
        : .absent,
    ]
  }
}
