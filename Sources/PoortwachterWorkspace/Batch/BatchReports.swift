import Foundation
import PoortwachterCore
import PoortwachterOutput
import PoortwachterTemplates

/// The batch's own outputs, written while results stream in: `index.html`, `samenvatting.json`,
/// and optionally a JUnit XML and a JSON report.
public final class BatchReports {
  private let outputFolder: String
  private let templates: TemplateLibrary
  private let peildatum: CivilDate
  private let rows: StreamingFile
  private let summary: StreamingFile
  private let junitCases: StreamingFile?
  private let reportPaths: [BatchReportKind: String]
  private var first = true
  /// Cases per category: the totals of the index's status column.
  public private(set) var counts: [CaseCategory: Int] = [:]
  /// Findings of `fout` and `waarschuwing` over all rows: the totals of the index's count columns.
  private var findingTotals = (fouten: 0, waarschuwingen: 0)
  private var failures = 0
  private var errors = 0
  private var total = 0
  /// With `--strict` a warning fails the JUnit test case too.
  private let strict: Bool
  /// The cases with fouten, named in the summary line.
  private var withErrors = ErrorCaseList()

  /// Starts the reports; `reports` names the file of each extra report; with `strict` a
  /// `waarschuwing` is a failure in the JUnit report, as it is for the exit code.
  public init(
    outputFolder: String, templates: TemplateLibrary, peildatum: CivilDate,
    reports: [BatchReportKind: String] = [:], strict: Bool = false
  ) throws {
    self.strict = strict
    self.outputFolder = outputFolder
    self.templates = templates
    self.peildatum = peildatum
    rows = try StreamingFile(path: outputFolder + "/index.html")
    summary = try StreamingFile(path: outputFolder + "/samenvatting.json")
    junitCases = try reports[.junit].map { try StreamingFile(path: $0) }
    reportPaths = reports
    try summary.write("[\n")
  }

  /// Adds one case.
  public func add(_ result: BatchCaseResult) throws {
    total += 1
    counts[result.category, default: 0] += 1
    findingTotals.fouten += result.fouten
    findingTotals.waarschuwingen += result.waarschuwingen
    if result.category == .fouten {
      let kenmerk = result.kenmerk ?? result.file
      switch result.outcome {
      case .failed:
        withErrors.add(kenmerk: kenmerk, reason: "schrijven mislukt")
      case .duplicate:
        // Both files carry the same kenmerk: name the file.
        withErrors.add(kenmerk: (result.file as NSString).lastPathComponent, reason: "dubbel kenmerk")
      case .done, .unreadable:
        withErrors.add(kenmerk: kenmerk, fouten: result.fouten)
      }
    }
    try summary.write((first ? "" : ",\n") + result.json)
    first = false
    try rows.write(try templates.dossierText("index-rij.html", context: BatchIndexRow(result).node))
    if let junitCases {
      let testCase = JUnitReport.testCase(result, strict: strict)
      if testCase.failed { failures += 1 }
      if testCase.error { errors += 1 }
      try junitCases.write(testCase.text)
    }
  }

  /// Finishes every file (atomically) and returns the summary line, pointing at `index.html`.
  public func finish() throws -> String {
    try summary.write("\n]\n")
    let count = { (category: CaseCategory) -> RenderValue in .text(String(self.counts[category] ?? 0)) }
    let head = RenderNode([
      "peildatum": ContextValues.date(peildatum), "aantal": .text(String(total)), "gereed": count(.gereed),
      "in_orde": count(.inOrde), "waarschuwingen": count(.waarschuwingen), "fouten": count(.fouten),
      "onleesbaar": count(.onleesbaar),
      "categorieen": .list(
        CaseCategory.allCases.map {
          RenderNode(["waarde": .text($0.rawValue), "tekst": .text($0.title), "aantal": count($0)])
        }),
      "totaal_fouten": .text(String(findingTotals.fouten)),
      "totaal_waarschuwingen": .text(String(findingTotals.waarschuwingen)),
      "programma": .text(DossierContext.program), "samenvatting": .text(summaryLine),
    ])
    let index = try StreamingFile(path: outputFolder + "/index.html")
    try index.write(try templates.dossierText("index-begin.html", context: head))
    try index.append(contentsOf: rows)
    try index.write(try templates.dossierText("index-einde.html", context: head))
    // Whatever the templates, the index says it is ours (``OwnOutput``), so the next run may replace it.
    try index.write(OwnOutput.indexMarker)
    rows.discard()
    try index.commit()
    try summary.commit()
    if let jsonPath = reportPaths[.json] {
      try AtomicFile.copy(from: outputFolder + "/samenvatting.json", to: jsonPath)
    }
    if let junitCases, let junitPath = reportPaths[.junit] {
      let file = try StreamingFile(path: junitPath)
      try file.write(
        JUnitReport.header(tests: total, failures: failures, errors: errors, peildatum: peildatum))
      try file.append(contentsOf: junitCases)
      try file.write(JUnitReport.footer)
      junitCases.discard()
      try file.commit()
    }
    return summaryLine + "; overzicht: " + outputFolder + "/index.html"
  }

  /// `412 dossiers: 300 compleet, 80 in orde, 25 alleen waarschuwingen, 7 met fouten, 0 onleesbaar;
  /// met fouten: VZ-2025-0142 (3), ...`.
  public var summaryLine: String {
    CaseCategory.summary(counts) { $0 == 1 ? "dossier" : "dossiers" }
      + (withErrors.text.map { "; " + $0 } ?? "")
  }
}
