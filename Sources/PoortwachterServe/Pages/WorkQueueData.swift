import PoortwachterCore

/// What the werkvoorraad needs of all cases, made once per ``CaseSnapshot/generation`` and kept:
/// the rows, the counts per filter and status, and every agenda item within the widest window,
/// in agenda order. A request then only filters, sorts (also kept for the last choice) and
/// slices a page.
actor WorkQueueData {
  /// The prepared data of one generation.
  struct Prepared: Sendable {
    let rows: [WorkRow]
    let filterCounts: [PageQuery.Filter: Int]
    let categories: [CaseCategory: Int]
    /// Items due within the widest agenda window (and every overdue one), by date, with the case id.
    let agenda: [(item: AgendaItem, id: String)]
    /// The next item of any case (for the empty-window notice).
    let next: AgendaItem?
  }

  private var generation = -1
  private var prepared: Prepared?
  private var sortedKey: SortKey?
  private var sorted: [WorkRow] = []

  private struct SortKey: Equatable {
    let generation: Int
    let filter: PageQuery.Filter
    let sort: PageQuery.Sort
    let search: String
  }

  /// The prepared data of `snapshot`, made when its generation is new.
  func prepared(_ snapshot: CaseSnapshot, displayName: @Sendable (String) -> String) -> Prepared {
    if let prepared, generation == snapshot.generation { return prepared }
    let rows = snapshot.cases.map { WorkRow($0, displayName: displayName($0.file)) }
    var filterCounts: [PageQuery.Filter: Int] = [:]
    var categories: [CaseCategory: Int] = [:]
    for row in rows {
      categories[row.category, default: 0] += 1
      for filter in PageQuery.Filter.allCases where row.matches(filter) {
        filterCounts[filter, default: 0] += 1
      }
    }
    let widest = PageQuery.agendaWindows.max() ?? 90
    var agenda: [(item: AgendaItem, id: String)] = []
    var next: AgendaItem?
    for listed in snapshot.cases {
      let items = listed.summary.agenda
      if let first = items.first, next.map({ first.deadline < $0.deadline }) ?? true { next = first }
      for item in items where item.daysLeft <= widest { agenda.append((item, listed.id)) }
    }
    agenda.sort {
      ($0.item.deadline, $0.item.kenmerk, $0.item.kind.key) < (
        $1.item.deadline, $1.item.kenmerk, $1.item.kind.key
      )
    }
    let made = Prepared(
      rows: rows, filterCounts: filterCounts, categories: categories, agenda: agenda, next: next)
    prepared = made
    generation = snapshot.generation
    return made
  }

  /// The rows of `query`'s filter and search, in its order.
  func selection(_ query: PageQuery, of prepared: Prepared) -> [WorkRow] {
    let key = SortKey(generation: generation, filter: query.filter, sort: query.sort, search: query.search)
    if key == sortedKey { return sorted }
    let needle = query.search.lowercased()
    sorted = prepared.rows.filter {
      $0.matches(query.filter) && (needle.isEmpty || $0.searchText.contains(needle))
    }
    .sorted { WorkRow.isBefore($0, $1, sort: query.sort) }
    sortedKey = key
    return sorted
  }
}
