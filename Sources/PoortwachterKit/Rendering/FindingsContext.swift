/// Findings and next steps in the render context (for `controle.html`; never in `riv.html`).
struct FindingsContext {
  let context: DossierContext

  func build() -> [String: Any] {
    let findings = context.evaluation.findings
    let rows = { (severity: Severity) -> [RenderNode] in
      findings.filter { $0.severity == severity }.map(self.row)
    }
    return [
      "bevindingen": findings.map(row), "bevindingen_fout": rows(.fout),
      "bevindingen_waarschuwing": rows(.waarschuwing), "bevindingen_info": rows(.info),
      "aantal_fout": String(findings.filter { $0.severity == .fout }.count),
      "aantal_waarschuwing": String(findings.filter { $0.severity == .waarschuwing }.count),
      "aantal_info": String(findings.filter { $0.severity == .info }.count),
      "heeft_bevindingen": !findings.isEmpty, "gereed": context.evaluation.worstSeverity != .fout,
      "volgende_stappen": nextSteps(),
      "bestand": context.evaluation.loaded.file,
    ]
  }

  private func row(_ finding: Finding) -> RenderNode {
    context.node([
      "regel": finding.ruleID, "ernst": finding.severity.rawValue, "melding": finding.message,
      "bron": finding.bron,
      "regelnummer": finding.location.map { String($0.line) as Any } ?? RenderNode.absent,
      "kolom": finding.location.map { String($0.column) as Any } ?? RenderNode.absent,
      "pad": finding.path.map { $0.description as Any } ?? RenderNode.absent,
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
      steps.append(context.node(["tekst": text, "is_dringend": item.daysLeft <= 14]))
    }
    for finding in context.evaluation.findings
    where finding.severity == .fout && !finding.ruleID.hasSuffix(".ontbreekt") {
      steps.append(context.node(["tekst": "Herstel: \(finding.message)", "is_dringend": false]))
    }
    return steps
  }
}
