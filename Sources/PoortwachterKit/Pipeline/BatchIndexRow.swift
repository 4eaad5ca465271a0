/// The render context of one row of `index.html` (template `index-rij.html`):
/// `kenmerk`, `naam`, `bestand`, `week`, `volgende` ({titel, uiterlijk, status_tekst, is_verlopen}),
/// `fouten`, `waarschuwingen`, `status` (`gereed`/`waarschuwingen`/`fouten`/`onleesbaar`),
/// `status_tekst`, `is_gereed`, `heeft_dossier`, `melding` (why it failed), `sorteer_datum`.
struct BatchIndexRow {
  /// The sort date of a row without a next deadline, so such rows come last.
  static let sortsLast = "9999-12-31"

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
        "titel": .text(item.milestone.id.title), "uiterlijk": ContextValues.date(item.deadline),
        "is_verlopen": .flag(item.daysLeft < 0),
      ])
    }
    node = RenderNode([
      "kenmerk": .optional(result.kenmerk), "naam": .optional(result.naam), "bestand": .text(result.file),
      "week": .optional(result.week.map { String($0) }), "volgende": .optional(next),
      "sorteer_datum": .text(result.nextDeadline?.deadline.description ?? Self.sortsLast),
      "fouten": .text(String(result.fouten)), "waarschuwingen": .text(String(result.waarschuwingen)),
      "status": .text(result.category.rawValue), "status_tekst": .text(result.category.statusText),
      "is_gereed": .flag(result.category.isReady),
      "heeft_dossier": .flag(hasDossier), "melding": .optional(message),
    ])
  }
}
