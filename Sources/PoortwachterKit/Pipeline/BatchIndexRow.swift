/// The render context of one row of `index.html` (template `index-rij.html`):
/// `kenmerk`, `naam`, `bestand`, `week`, `volgende` ({titel, uiterlijk, status_tekst, is_verlopen}),
/// `fouten`, `waarschuwingen`, `status` (`gereed`/`waarschuwingen`/`fouten`/`onleesbaar`),
/// `status_tekst`, `is_gereed`, `heeft_dossier`, `melding` (why it failed), `sorteer_datum`.
struct BatchIndexRow {
  let node: RenderNode

  init(_ result: BatchCaseResult, log: KeyLog) {
    var message: Any = RenderNode.absent
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
    let next: Any =
      result.nextDeadline.map { item -> RenderNode in
        RenderNode(
          [
            "titel": item.milestone.id.title, "uiterlijk": ContextValues.date(item.deadline, log),
            "is_verlopen": item.daysLeft < 0,
          ], log: log)
      } ?? RenderNode.absent
    let statusText: String
    switch result.category {
    case "gereed": statusText = "gereed"
    case "waarschuwingen": statusText = "gereed, met waarschuwingen"
    case "fouten": statusText = "niet gereed"
    default: statusText = "onleesbaar"
    }
    node = RenderNode(
      [
        "kenmerk": ContextValues.text(result.kenmerk), "naam": ContextValues.text(result.naam),
        "bestand": result.file,
        "week": result.week.map { String($0) as Any } ?? RenderNode.absent, "volgende": next,
        "sorteer_datum": result.nextDeadline?.deadline.description ?? "9999-12-31",
        "fouten": String(result.fouten), "waarschuwingen": String(result.waarschuwingen),
        "status": result.category, "status_tekst": statusText,
        "is_gereed": result.category == "gereed" || result.category == "waarschuwingen",
        "heeft_dossier": hasDossier, "melding": message,
      ], log: log)
  }
}
