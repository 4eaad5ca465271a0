import Foundation

/// The choices of the werkvoorraad page, read from its query (`?filter=verlopen&sorteer=risico
/// &pagina=2&agenda=30&zoek=jan`), so the page works without JavaScript and every view has an address.
struct PageQuery: Equatable {
  /// Which cases to show.
  enum Filter: String, CaseIterable {
    case alle, actie, verlopen, gereed

    var text: String {
      switch self {
      case .alle: "alle"
      case .actie: "actie deze week"
      case .verlopen: "verlopen"
      case .gereed: "compleet"
      }
    }
  }

  /// The order of the rows.
  enum Sort: String, CaseIterable {
    case termijn, risico, fouten, week, kenmerk

    var text: String {
      switch self {
      case .termijn: "volgende termijn"
      case .risico: "risico (hoog eerst)"
      case .fouten: "meeste fouten"
      case .week: "ziekteweek (langst eerst)"
      case .kenmerk: "kenmerk"
      }
    }
  }

  /// The agenda windows offered.
  static let agendaWindows = [14, 30, 90]
  /// Rows per page.
  static let pageSize = 100

  var filter: Filter = .alle
  var sort: Sort = .termijn
  /// 1-based.
  var page = 1
  var agendaDays = 14
  var search = ""

  init() {}

  /// The choices in a query; unknown values fall back to the defaults.
  init(_ fields: FormFields) {
    filter = fields["filter"].flatMap(Filter.init(rawValue:)) ?? .alle
    sort = fields["sorteer"].flatMap(Sort.init(rawValue:)) ?? .termijn
    page = max(1, min(fields["pagina"].flatMap { Int($0) } ?? 1, 1_000_000))
    agendaDays =
      fields["agenda"].flatMap { Int($0) }.flatMap { Self.agendaWindows.contains($0) ? $0 : nil } ?? 14
    search = String((fields["zoek"] ?? "").trimmingCharacters(in: .whitespaces).prefix(100))
  }

  /// The address of this view with some choices changed.
  func link(filter: Filter? = nil, page: Int? = nil, agendaDays: Int? = nil) -> String {
    var pairs: [(name: String, value: String)] = []
    let filter = filter ?? self.filter
    if filter != .alle { pairs.append(("filter", filter.rawValue)) }
    if sort != .termijn { pairs.append(("sorteer", sort.rawValue)) }
    if !search.isEmpty { pairs.append(("zoek", search)) }
    let page = page ?? self.page
    if page != 1 { pairs.append(("pagina", String(page))) }
    let days = agendaDays ?? self.agendaDays
    if days != 14 { pairs.append(("agenda", String(days))) }
    return "/" + (pairs.isEmpty ? "" : "?" + QueryText.encode(pairs))
  }
}
