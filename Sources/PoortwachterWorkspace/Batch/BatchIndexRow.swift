import PoortwachterCore
import PoortwachterOutput
import PoortwachterTemplates

/// The render context of one row of `index.html` (template `index-rij.html`):
/// `kenmerk`, `naam`, `bestand`, `week` (the week number, or `hersteld`, `uit dienst`, `wachttijd
/// voorbij` for a closed case), `week_sorteer`, `is_afgesloten`, `volgende` ({titel, uiterlijk,
/// is_verlopen}), `fouten`, `waarschuwingen`, `status` (a ``CaseCategory`` value),
/// `status_tekst`, `is_gereed`, `heeft_dossier`, `melding` (why it failed), `sorteer_datum`,
/// `risico` (`laag`/`middel`/`hoog`, the poortwachtertoets estimate), `risico_tekst`, `risico_sorteer`,
/// `pakket` (the UWV pack, when one was asked for: {`staat` `klaar`/`concept`/`geen`, `tekst`,
/// `lijst` the path of its list, `reden` why there is none}).
struct BatchIndexRow {
  /// The sort date of a row without a next deadline, so such rows come last.
  static let sortsLast = "9999-12-31"

  /// The week sort key of a closed case (hersteld, uit dienst, wachttijd voorbij): after every running week.
  static let closedSortsLast = "999"

  let node: RenderNode

  init(_ result: BatchCaseResult) {
    var message: String?
    var hasDossier = false
    switch result.outcome {
    case .done: hasDossier = true
    case .unreadable(let diagnostics):
      message =
        diagnostics.first.map { d in
          (d.location.map { "regel \($0.line), kolom \($0.column): " } ?? "") + d.message
        } ?? "onleesbaar"
    case .failed(let text): message = text
    case .duplicate(let kenmerk, _): message = "kenmerk '\(kenmerk)' komt in meer dan één bestand voor"
    }
    let next = result.nextDeadline.map { item in
      RenderNode([
        "titel": .text(item.kind.title), "uiterlijk": ContextValues.date(item.deadline),
        "is_verlopen": .flag(item.daysLeft < 0),
      ])
    }
    node = RenderNode([
      "kenmerk": .optional(result.kenmerk), "naam": .optional(result.naam), "bestand": .text(result.file),
      "week": .optional(result.phase.map(\.shortText)),
      "week_sorteer": .optional(
        result.phase.map { phase in
          if case .lopend(let week) = phase { return String(week) }
          return Self.closedSortsLast
        }),
      "is_afgesloten": .flag(result.phase.map { !$0.isRunning } ?? false), "volgende": .optional(next),
      "sorteer_datum": .text(result.nextDeadline?.deadline.description ?? Self.sortsLast),
      "fouten": .text(String(result.fouten)), "waarschuwingen": .text(String(result.waarschuwingen)),
      "status": .text(result.category.rawValue), "status_tekst": .text(result.category.title),
      "is_gereed": .flag(result.category == .gereed),
      "heeft_dossier": .flag(hasDossier), "melding": .optional(message),
      "risico": .optional(result.risico?.rawValue),
      "risico_tekst": .optional(result.risico.map(ToetsContext.text)),
      "risico_sorteer": .text(String(result.risico?.sortKey ?? 0)),
      "pakket": .optional(
        hasDossier ? result.pack.map { Self.pack($0, kenmerk: result.kenmerk ?? "") } : nil),
    ])
  }

  /// The pack cell: ready with its upload list, a concept with its to-do list ("concept", then the
  /// link "24 te doen"), or none and why.
  static func pack(_ pack: BatchCaseResult.PackSummary, kenmerk: String) -> RenderNode {
    switch pack {
    case .ready(_, let list):
      return RenderNode([
        "staat": .text("klaar"), "tekst": .text("klaar voor UWV"), "lijst": .text(kenmerk + "/" + list),
        "lijst_naam": .text("uploadlijst"), "reden": .absent,
      ])
    case .concept(_, let toDo, let list):
      return RenderNode([
        "staat": .text("concept"), "tekst": .text("concept"),
        "lijst": .text(kenmerk + "/" + list), "lijst_naam": .text("\(toDo) te doen"), "reden": .absent,
      ])
    case .notDue(let reason, let tooEarly):
      return RenderNode([
        "staat": .text("geen"), "tekst": .text(tooEarly ? "nog niet" : "geen"), "reden": .text(reason),
        "lijst": .absent, "lijst_naam": .absent,
      ])
    }
  }
}
