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
    let timeline = context.timeline
    let peildatum = timeline.peildatum
    var steps: [RenderNode] = []
    for row in timeline.milestones where row.status == .verlopen && row.id != .eindeWachttijd {
      steps.append(
        context.node([
          "tekst":
            "\(row.id.title) ontbreekt: was uiterlijk \(DutchDate.long(row.uiterlijk)); zo snel mogelijk vastleggen",
          "is_dringend": true,
        ]))
    }
    for row in timeline.milestones where row.status == .open && peildatum.days(until: row.uiterlijk) <= 42 {
      steps.append(
        context.node([
          "tekst": "\(row.id.title) uiterlijk \(DutchDate.long(row.uiterlijk)) "
            + "(nog \(DutchDate.days(peildatum.days(until: row.uiterlijk))))",
          "is_dringend": peildatum.days(until: row.uiterlijk) <= 14,
        ]))
    }
    for finding in context.evaluation.findings
    where finding.severity == .fout && !finding.ruleID.hasSuffix(".ontbreekt") {
      steps.append(context.node(["tekst": "Herstel: \(finding.message)", "is_dringend": false]))
    }
    return steps
  }
}
