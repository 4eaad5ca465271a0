import PoortwachterTemplates

/// Findings and next steps in the render context (for `controle.html`; never in `riv.html`).
struct FindingsContext {
  let context: DossierContext

  func build() -> KeyValuePairs<String, RenderValue> {
    let findings = context.evaluation.findings
    let rows = { (severity: Severity) -> RenderValue in
      .list(findings.filter { $0.severity == severity }.map(self.row))
    }
    let count = { (severity: Severity) -> RenderValue in
      .text(String(findings.filter { $0.severity == severity }.count))
    }
    return [
      "bevindingen": .list(findings.map(row)), "bevindingen_fout": rows(.fout),
      "bevindingen_waarschuwing": rows(.waarschuwing), "bevindingen_info": rows(.info),
      "aantal_fout": count(.fout), "aantal_waarschuwing": count(.waarschuwing), "aantal_info": count(.info),
      "heeft_bevindingen": .flag(!findings.isEmpty),
      "gereed": .flag(context.evaluation.worstSeverity != .fout),
      "volgende_stappen": .list(nextSteps()),
      "bestand": .text(context.evaluation.loaded.file),
    ]
  }

  private func row(_ finding: Finding) -> RenderNode {
    RenderNode([
      "regel": .text(finding.ruleID), "ernst": .text(finding.severity.rawValue),
      "melding": .text(finding.message),
      "bron": .text(finding.bron),
      "regelnummer": .optional(finding.location.map { String($0.line) }),
      "kolom": .optional(finding.location.map { String($0.column) }),
      "pad": .optional(finding.path?.description),
    ])
  }

  /// Overdue milestones, then those due within six weeks, then the errors to fix.
  private func nextSteps() -> [RenderNode] {
    var steps: [RenderNode] = []
    // The agenda's view of the case: overdue and due within six weeks, verlenging included.
    for item in AgendaItem.items(from: [context.evaluation], days: 42) {
      let title = item.milestone.id.title
      let text =
        item.daysLeft < 0
        ? "\(title) ontbreekt: was uiterlijk \(DutchDate.long(item.deadline)); zo snel mogelijk vastleggen"
        : "\(title) uiterlijk \(DutchDate.long(item.deadline)) (\(item.whenText))"
      steps.append(RenderNode(["tekst": .text(text), "is_dringend": .flag(item.daysLeft <= 14)]))
    }
    for finding in context.evaluation.findings
    where finding.severity == .fout && !finding.ruleID.hasSuffix(".ontbreekt") {
      steps.append(RenderNode(["tekst": .text("Herstel: \(finding.message)"), "is_dringend": false]))
    }
    return steps
  }
}
