import PoortwachterCore
import PoortwachterTemplates

/// Findings and next steps in the render context (for `controle.html`; never in `riv.html`).
struct FindingsContext {
  let context: DossierContext

  func build() -> KeyValuePairs<String, RenderValue> {
    let findings = context.evaluation.findings
    let numbered = Array(findings.enumerated())
    let rows = { (severity: Severity) -> RenderValue in
      .list(
        numbered.filter { $0.element.severity == severity }.map { self.row($0.element, index: $0.offset) })
    }
    let count = { (severity: Severity) -> RenderValue in
      .text(String(findings.filter { $0.severity == severity }.count))
    }
    return [
      "bevindingen": .list(numbered.map { row($0.element, index: $0.offset) }),
      "bevindingen_fout": rows(.fout),
      "bevindingen_waarschuwing": rows(.waarschuwing), "bevindingen_info": rows(.info),
      "aantal_fout": count(.fout), "aantal_waarschuwing": count(.waarschuwing), "aantal_info": count(.info),
      "heeft_bevindingen": .flag(!findings.isEmpty),
      "gereed": .flag(context.evaluation.worstSeverity != .fout), "categorie": category(),
      "volgende_stappen": .list(nextSteps()), "redenen_te_laat": .list(lateReasons()),
      "bestand": .text(context.evaluation.loaded.file),
    ]
  }

  /// `{ waarde, tekst, gereed, in_orde, waarschuwingen, fouten }` (``CaseCategory``, as in the index).
  private func category() -> RenderValue {
    let category = CaseCategory(context.evaluation)
    return .node(
      RenderNode([
        "waarde": .text(category.rawValue), "tekst": .text(category.title),
        "gereed": .flag(category == .gereed), "in_orde": .flag(category == .inOrde),
        "waarschuwingen": .flag(category == .waarschuwingen), "fouten": .flag(category == .fouten),
      ]))
  }

  /// The anchor of finding `index` (0-based, in the evaluation's order) in `controle.html`; the
  /// to-do list of a UWV concept pack links to it.
  package static func anchor(_ index: Int) -> String { "bevinding-\(index + 1)" }

  private func row(_ finding: Finding, index: Int) -> RenderNode {
    RenderNode([
      "anker": .text(Self.anchor(index)), "regel": .text(finding.ruleID),
      "ernst": .text(finding.severity.rawValue),
      "melding": .text(finding.message),
      "bron": .text(finding.bron),
      "regelnummer": .optional(finding.location.map { String($0.line) }),
      "kolom": .optional(finding.location.map { String($0.column) }),
      "pad": .optional(finding.path?.description),
    ])
  }

  /// "Wat nu te doen" (see ``NextStep``).
  private func nextSteps() -> [RenderNode] {
    NextStep.steps(for: context.evaluation).map {
      RenderNode(["tekst": .text($0.text), "is_dringend": .flag($0.isUrgent)])
    }
  }

  /// The recorded reasons for delay, per milestone (control report only).
  private func lateReasons() -> [RenderNode] {
    LateReasons.all(context.evaluation.loaded.caseFile).map {
      RenderNode(["mijlpaal": .text($0.id.title), "reden": context.text($0.reason)])
    }
  }
}
