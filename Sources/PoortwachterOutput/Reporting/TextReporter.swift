import PoortwachterCore

/// Human-readable output of `check`: a compact timeline table per case and compiler-style lines
/// for findings and input errors.
public struct TextReporter: Sendable {
  /// Styling for stdout.
  public let out: Terminal
  /// Styling for stderr.
  public let err: Terminal

  /// Creates a reporter.
  public init(out: Terminal, err: Terminal) {
    self.out = out
    self.err = err
  }

  /// The table and finding lines of a checked case (for stdout).
  public func report(_ evaluation: CaseEvaluation) -> String {
    let c = evaluation.loaded.caseFile
    let timeline = evaluation.timeline
    var lines: [String] = []
    let phase = evaluation.phase
    lines.append(
      out.bold("\(c.kenmerk)  \(c.werknemer.naam)") + "  eerste ziektedag "
        + DutchDate.long(timeline.calendar.firstSickDay) + phaseText(phase, peildatum: timeline.peildatum))
    let width = Milestone.ID.allCases.map(\.title.count).max() ?? 20
    for row in timeline.milestones {
      let title = row.id.title.padding(toLength: width + 2, withPad: " ", startingAt: 0)
      lines.append(
        "  \(title)uiterlijk \(DutchDate.short(row.uiterlijk).padding(toLength: 12, withPad: " ", startingAt: 0))"
          + status(row, peildatum: timeline.peildatum))
    }
    for finding in evaluation.findings { lines.append(line(finding, file: evaluation.loaded.file)) }
    lines.append(toets(evaluation.toets))
    return lines.joined(separator: "\n") + "\n"
  }

  /// `  Poortwachtertoets: hoog risico (inschatting, geen oordeel van UWV); onvoldoende: tweede spoor`.
  public func toets(_ toets: Poortwachtertoets) -> String {
    let risk = ToetsContext.text(toets.risico)
    let painted =
      switch toets.risico {
      case .laag: out.green(risk)
      case .middel: out.yellow(risk)
      case .hoog: out.red(risk)
      }
    var text = "  Poortwachtertoets: \(painted) " + out.dim("(\(Poortwachtertoets.label))")
    for oordeel in [ToetsOordeel.onvoldoende, .twijfel] {
      let names = toets.vragen.filter { $0.oordeel == oordeel }.map(\.id.kort)
      if !names.isEmpty { text += "; \(oordeel.rawValue): " + names.joined(separator: ", ") }
    }
    return text
  }

  /// `, week 12 op 22 november 2026`, or for a closed case `; op 22 november 2026 hersteld op 3 mei 2025`.
  private func phaseText(_ phase: CasePhase, peildatum: CivilDate) -> String {
    switch phase {
    case .nogNietZiek: return " op \(DutchDate.long(peildatum))"
    case .lopend: return ", \(phase.text) op \(DutchDate.long(peildatum))"
    default: return "; op \(DutchDate.long(peildatum)) \(phase.text)"
    }
  }

  /// The status cell: ``StatusWords`` in their colour, with the date done: `✔ op tijd, gedaan 12-02-2024`.
  public func status(_ row: Milestone, peildatum: CivilDate) -> String {
    let words = StatusWords(row, peildatum: peildatum)
    let showsDone = row.status == .opTijd || row.status == .teLaat || row.status == .teVroeg
    return paint(words) + (showsDone ? done(row) : "")
  }

  /// Status words in the colour of their tone.
  public func paint(_ words: StatusWords) -> String {
    switch words.tone {
    case .good: return out.green(words.text)
    case .bad: return out.red(words.text)
    case .attention: return out.yellow(words.text)
    case .plain: return words.text
    case .muted: return out.dim(words.text)
    }
  }

  private func done(_ row: Milestone) -> String {
    row.gedaan.map { out.dim(", gedaan \(DutchDate.short($0))") } ?? ""
  }

  /// `file:line:col: fout: [rule] message (bron)`.
  public func line(_ finding: Finding, file: String) -> String {
    let position = finding.location.map { "\($0.line):\($0.column):" } ?? ""
    return "\(file):\(position) \(out.severity(finding.severity)): [\(finding.ruleID)] \(finding.message) "
      + out.dim("(\(finding.bron))")
  }

  /// Input errors with the offending line and a caret (for stderr).
  public func report(diagnostics: [Diagnostic]) -> String {
    diagnostics.map { diagnostic in
      var text = diagnostic.formatted.replacingOccurrences(of: ": fout: ", with: ": \(err.red("fout")): ")
      if let source = diagnostic.sourceLine, let location = diagnostic.location {
        let caretPad = String(
          source.unicodeScalars.prefix(location.column - 1).map { $0 == "\t" ? "\t" : " " })
        text += "\n    \(source)\n    \(caretPad)\(err.green("^"))"
      }
      return text
    }.joined(separator: "\n") + "\n"
  }

  /// `3 dossiers gecontroleerd: 1 compleet, 1 in orde, 0 alleen waarschuwingen, 0 met fouten,
  /// 1 onleesbaar` (the categories of ``CaseCategory``, as in the batch index).
  public static func summary(_ results: [CheckResult]) -> String {
    var tally = CheckTally()
    for result in results { tally.add(result) }
    return tally.summary
  }
}
