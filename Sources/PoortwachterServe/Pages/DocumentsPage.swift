import PoortwachterCore
import PoortwachterOutput
import PoortwachterTemplates
import PoortwachterWorkspace

/// The Documenten page of a case: every document with its state and an upload form for its
/// signed original, the preview of the dossier (HTML in the page, PDF with Chromium) and the UWV
/// pack to build and download.
struct DocumentsPage {
  let served: ServeCase
  /// The file as shown (below its opened folder).
  let displayName: String
  /// The hash of the case file the page shows (an upload is based on it).
  let basis: String
  /// The CSRF token of the session.
  let csrf: String
  /// Whether Chromium is installed (PDF preview and pack).
  let canPrint: Bool
  /// A message at the top (after an upload or a refused one): kind (`goed`, `fout`) and text.
  var message: (kind: String, text: String)? = nil
  /// The pack built last, waiting for download: its file name and a description.
  var zip: (name: String, description: String)? = nil

  /// The page title.
  var title: String {
    guard let caseFile = served.evaluation?.loaded.caseFile else { return "Documenten: \(displayName)" }
    return "Documenten: \(caseFile.werknemer.naam) (\(caseFile.kenmerk))"
  }

  func context() -> [KeyValuePairs<String, RenderValue>] {
    let caseFile = served.evaluation?.loaded.caseFile
    let header: KeyValuePairs<String, RenderValue> = [
      "casus_id": .text(served.id), "kop_naam": .text(caseFile?.werknemer.naam ?? displayName),
      "kop_kenmerk": .text(caseFile?.kenmerk ?? displayName), "bestand": .text(displayName),
      "melding": message.map { .node(RenderNode(["soort": .text($0.kind), "tekst": .text($0.text)])) }
        ?? .absent,
    ]
    guard let evaluation = served.evaluation else {
      return [header, ["onleesbaar": .flag(true), "beoordeeld": .absent]]
    }
    // Whether the case has a pack now is known without building it: the page says so up front
    // instead of offering a button that can only answer "no pack".
    var notDue: String?
    if case .failure(let none) = PackPlan.make(evaluation) { notDue = Masking.maskBSNs(in: none.reason) }
    let body: KeyValuePairs<String, RenderValue> = [
      "onleesbaar": .absent,
      "beoordeeld": .node(
        RenderNode([
          "pdf": .flag(canPrint), "geen_pakket": .optional(notDue),
          "zip": zip.map {
            .node(RenderNode(["naam": .text($0.name), "omschrijving": .text($0.description)]))
          }
            ?? .absent,
          "documenten": .list(DocumentOverview(evaluation).items.map(row)),
        ])),
    ]
    return [header, body]
  }

  private func row(_ item: DocumentOverview.Item) -> RenderNode {
    var origineel: String?
    let note: String?
    switch item.state {
    case .original(let path):
      origineel = path
      note = nil
    case .invalidOriginal(let path, let problem):
      origineel = path
      note = Masking.maskBSNs(in: problem)
    case .missing:
      note =
        item.path == nil
        ? "verplicht voor UWV; nog niet in de casus" : "origineel te leveren door \(item.supplier)"
    case .concept:
      note = "te ondertekenen door \(item.supplier)"
    case .notUploaded:
      note = "staat in het re-integratieverslag, geen apart document voor UWV"
    }
    let anchor = item.path.map { String(FieldAnchor.id($0).dropFirst("veld-".count)) }
    return RenderNode([
      "titel": .text(item.title.capitalizedFirst), "datum": .text(item.datum.map(DutchDate.short) ?? ""),
      "anker": .optional(anchor), "staat": .text(item.state.key), "staat_tekst": .text(item.state.label),
      "toelichting": .optional(note), "origineel": .optional(origineel),
      "upload": item.acceptsOriginal
        ? .node(RenderNode(["pad": .text(item.path ?? ""), "basis": .text(basis), "csrf": .text(csrf)]))
        : .absent,
    ])
  }
}
