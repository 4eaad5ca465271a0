import PoortwachterCore
import PoortwachterOutput
import PoortwachterTemplates

/// The casus page: the timeline picture, every milestone with its date and status, the findings
/// (each linking to the field on the Bewerken page), the poortwachtertoets estimate with its
/// questions, and the documents with their state; for a file that cannot be read, its messages.
struct CasePage {
  let served: ServeCase
  /// The file as shown (below its opened folder).
  let displayName: String

  /// The page title.
  var title: String {
    guard let caseFile = served.evaluation?.loaded.caseFile else { return displayName }
    return "\(caseFile.werknemer.naam) (\(caseFile.kenmerk))"
  }

  func context() -> [KeyValuePairs<String, RenderValue>] {
    let header: KeyValuePairs<String, RenderValue>
    let body: KeyValuePairs<String, RenderValue>
    switch served.result {
    case .checked(let evaluation):
      let caseFile = evaluation.loaded.caseFile
      let category = CaseCategory(evaluation)
      header = [
        "casus_id": .text(served.id), "kop_naam": .text(caseFile.werknemer.naam),
        "kop_kenmerk": .text(caseFile.kenmerk), "bsn": .optional(caseFile.werknemer.bsn?.masked),
        "fase": .text(evaluation.phase.text), "bestand": .text(displayName),
        "status": .text(category.rawValue), "status_tekst": .text(category.title),
      ]
      body = [
        "onleesbaar": .absent,
        "beoordeeld": .node(
          RenderNode([
            "dossier": .node(DossierContext(evaluation: evaluation).build()),
            "aantal_bevindingen": .text(String(evaluation.findings.count)),
            "geen_bevindingen": .flag(evaluation.findings.isEmpty),
            "bevindingen": .list(findings(evaluation)),
            "toets_label": .text(Poortwachtertoets.label), "risico": .text(evaluation.toets.risico.rawValue),
            "risico_tekst": .text(ToetsContext.text(evaluation.toets.risico)),
            "vragen": .list(
              evaluation.toets.vragen.map { vraag in
                RenderNode([
                  "titel": .text(vraag.id.titel), "bron": .text(vraag.id.bron),
                  "oordeel": .text(vraag.oordeel.rawValue), "oordeel_tekst": .text(vraag.oordeel.rawValue),
                  "toelichting": .text(Masking.maskBSNs(in: vraag.toelichting)),
                ])
              }),
            "documenten": .list(documents(evaluation)),
          ])),
      ]
    case .unreadable(_, let diagnostics):
      header = [
        "casus_id": .text(served.id), "kop_naam": .text(displayName), "kop_kenmerk": .text(displayName),
        "bsn": .absent, "fase": .text("onbekend"), "bestand": .text(displayName),
        "status": .text(CaseCategory.onleesbaar.rawValue),
        "status_tekst": .text(CaseCategory.onleesbaar.title),
      ]
      body = [
        "beoordeeld": .absent,
        "onleesbaar": .node(
          RenderNode([
            "meldingen": .list(
              diagnostics.map { d in
                RenderNode([
                  "plaats": .optional(d.location.map { "\(displayName):\($0.line):\($0.column)" }),
                  "tekst": .text(Masking.maskBSNs(in: d.message)),
                ])
              })
          ])),
      ]
    }
    return [header, body]
  }

  /// `ernst`, `melding`, `regel`, `bron`, `regelnummer`, `link` per finding, most serious first.
  private func findings(_ evaluation: CaseEvaluation) -> [RenderNode] {
    let ordered = evaluation.findings.enumerated().sorted { a, b in
      a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
    }
    return ordered.map { _, finding in
      RenderNode([
        "ernst": .text(finding.severity.rawValue), "melding": .text(Masking.maskBSNs(in: finding.message)),
        "regel": .text(finding.ruleID), "bron": .text(finding.bron),
        "regelnummer": .optional(finding.location.map { String($0.line) }),
        "link": .text(FieldAnchor.link(caseID: served.id, path: finding.path)),
      ])
    }
  }

  /// The documents in the file (concept, or getekend origineel when one is linked), then the
  /// milestone documents that are overdue and missing (ontbreekt).
  private func documents(_ evaluation: CaseEvaluation) -> [RenderNode] {
    var rows = evaluation.documents.map { document in
      RenderNode([
        "titel": .text(document.title.capitalizedFirst),
        "datum": .text(document.datum.map(DutchDate.short) ?? ""),
        "staat": .text(document.origineel == nil ? "concept" : "getekend"),
        "staat_tekst": .text(document.origineel == nil ? "concept" : "getekend origineel"),
        "link": .text(FieldAnchor.link(caseID: served.id, path: document.path)),
      ])
    }
    for milestone in evaluation.timeline.milestones
    where milestone.status == .verlopen && milestone.id != .eindeWachttijd {
      rows.append(
        RenderNode([
          "titel": .text(milestone.id.title),
          "datum": .text("uiterlijk " + DutchDate.short(milestone.uiterlijk)),
          "staat": .text("ontbreekt"), "staat_tekst": .text("ontbreekt"), "link": .absent,
        ]))
    }
    return rows
  }
}

extension String {
  /// The text with its first letter capitalised (`plan van aanpak` -> `Plan van aanpak`).
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
