import PoortwachterCore
import PoortwachterOutput
import PoortwachterTemplates
import PoortwachterWorkspace

/// What the werkvoorraad shows, filters and sorts on for one case.
struct WorkRow: Sendable {
  let id: String
  let kenmerk: String?
  let naam: String?
  /// Masked (`*****1234`); the full number is never on a page.
  let bsn: String?
  /// The file below its opened folder.
  let file: String
  let phase: CasePhase?
  let next: AgendaItem?
  let category: CaseCategory
  let risico: ToetsRisico?
  let fouten: Int
  let waarschuwingen: Int
  /// Why the file could not be read (masked).
  let message: String?
  /// Something is due within 7 days of the peildatum, or overdue.
  let actionThisWeek: Bool
  /// Something is overdue.
  let overdue: Bool
  /// Lowercased kenmerk, name and file, for the search box.
  let searchText: String

  /// Days within which a deadline counts as "actie deze week".
  static let weekDays = 7

  init(_ listed: ListedCase, displayName: String) {
    let summary = listed.summary
    id = listed.id
    file = displayName
    kenmerk = summary.kenmerk
    naam = summary.naam
    bsn = summary.maskedBSN
    phase = summary.phase
    next = summary.agenda.first
    category = summary.category
    risico = summary.risico
    if summary.isReadable {
      fouten = summary.fouten
      waarschuwingen = summary.waarschuwingen
      message = nil
      actionThisWeek = summary.agenda.contains { $0.daysLeft <= Self.weekDays }
      overdue = summary.agenda.contains { $0.daysLeft < 0 }
    } else {
      fouten = summary.diagnostics.count
      waarschuwingen = 0
      message = summary.diagnostics.first.map { d in
        Masking.maskBSNs(in: (d.location.map { "regel \($0.line): " } ?? "") + d.message)
      }
      actionThisWeek = true
      overdue = false
    }
    searchText = [kenmerk ?? "", naam ?? "", file].joined(separator: " ").lowercased()
  }

  func matches(_ filter: PageQuery.Filter) -> Bool {
    switch filter {
    case .alle: true
    case .actie: actionThisWeek
    case .verlopen: overdue
    case .gereed: category == .gereed
    }
  }

  /// The order of `sort`, ties by kenmerk and file.
  static func isBefore(_ a: WorkRow, _ b: WorkRow, sort: PageQuery.Sort) -> Bool {
    let tie = ((a.kenmerk ?? "~") + a.file) < ((b.kenmerk ?? "~") + b.file)
    switch sort {
    case .termijn:
      let x = a.next?.deadline.dayNumber ?? Int.max
      let y = b.next?.deadline.dayNumber ?? Int.max
      return x != y ? x < y : tie
    case .risico:
      let x = a.risico?.sortKey ?? 0
      let y = b.risico?.sortKey ?? 0
      return x != y ? x > y : tie
    case .fouten:
      return a.fouten != b.fouten
        ? a.fouten > b.fouten
        : (a.waarschuwingen != b.waarschuwingen ? a.waarschuwingen > b.waarschuwingen : tie)
    case .week:
      let x = a.runningWeek
      let y = b.runningWeek
      return x != y ? x > y : tie
    case .kenmerk:
      return tie
    }
  }

  private var runningWeek: Int {
    if case .lopend(let week) = phase { return week }
    return -1
  }

  /// `eerste ziektejaar`, `tweede ziektejaar`, or the phase of a closed case.
  var phaseText: String {
    guard let phase else { return "" }
    if case .lopend(let week) = phase { return week <= 52 ? "eerste ziektejaar" : "tweede ziektejaar" }
    return phase.text
  }

  /// The row in the template (`serve/werkvoorraad.html`).
  func node() -> RenderNode {
    let volgende = next.map { item in
      RenderNode([
        "titel": .text(item.kind.title), "datum": .text(DutchDate.short(item.deadline)),
        "wanneer": .text(item.status.words), "is_verlopen": .flag(item.daysLeft < 0),
      ])
    }
    return RenderNode([
      "id": .text(id), "kenmerk": .optional(kenmerk), "naam": .optional(naam), "bsn": .optional(bsn),
      "bestand": .text(file), "melding": .optional(message),
      "week": .text(runningWeek > 0 ? String(runningWeek) : "–"),
      "fase": .text(phaseText), "volgende": .optional(volgende), "status": .text(category.rawValue),
      "status_tekst": .text(category.title), "risico": .optional(risico?.rawValue),
      "risico_tekst": .optional(risico.map(ToetsContext.text)), "fouten": .text(String(fouten)),
      "waarschuwingen": .text(String(waarschuwingen)), "heeft_fouten": .flag(fouten > 0),
      "heeft_waarschuwingen": .flag(waarschuwingen > 0),
    ])
  }
}
