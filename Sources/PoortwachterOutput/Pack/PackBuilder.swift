import Foundation
import PoortwachterCore
import PoortwachterTemplates

/// Makes the UWV pack of a case. A ready dossier (``PackPlan/isReady``) gets `uwv/`: its linked
/// originals, read unchanged, and the upload list. Any other gets `uwv-concept/`: a draft "Concept
/// ter ondertekening" of every joint document without its signed original and a form for the
/// employee's oordeel, rendered from `uwv/document.html` and printed to A4 PDFs by the shared
/// browser, with the to-do list. A draft whose text the dossier would redact is not made: the
/// to-do list says which text to fix. Expert documents are never rendered.
public struct PackBuilder: Sendable {
  /// The templates (`uwv/document.html`, `uwv/kop.html`, `uwv/voet.html`, `uwv/uploadlijst.html`,
  /// `uwv/te-doen.html`).
  public let templates: TemplateLibrary
  /// The PDF engine.
  public let browser: ChromiumBrowser
  /// Make the pack also before its moment (week 88, or the variant's own moment).
  public var always = false
  /// Joins the evaluations and the tweede-spoor rapportages of a ready pack into one PDF each
  /// (``PackBundle``); without `pdfunite` the upload list says so and the bundles are skipped.
  public var unite = PDFUnite()

  /// Creates a builder.
  public init(templates: TemplateLibrary, browser: ChromiumBrowser) {
    self.templates = templates
    self.browser = browser
  }

  /// Creates a builder that uses the templates of a dossier renderer (a bureau's overrides included).
  public init(renderer: DossierRenderer, browser: ChromiumBrowser) {
    self.init(templates: renderer.templates, browser: browser)
  }

  /// The pack, or why the case gets none (yet).
  public func build(_ evaluation: CaseEvaluation) throws -> Result<UWVPack, PackPlan.NoPack> {
    let plan: PackPlan
    switch PackPlan.make(evaluation, always: always) {
    case .failure(let none): return .failure(none)
    case .success(let made): plan = made
    }
    let caseFile = evaluation.loaded.caseFile
    if plan.isReady {
      let files = try plan.documents.enumerated().map { index, document in
        UWVPack.File(
          name: plan.fileName(index),
          bytes: try Self.readOriginal(document.origineel ?? "", caseFile: evaluation.loaded.file),
          document: document, isOriginal: true)
      }
      let (bundles, notes) = PackBundle.make(
        files, checked: evaluation.isCheckedOriginal, unite: unite, peildatum: evaluation.timeline.peildatum)
      let list = UploadList(
        plan: plan, files: files, caseFile: caseFile, bundles: bundles, bundleNotes: notes)
      var pack = UWVPack(
        plan: plan, files: files,
        lists: [
          ("uploadlijst.json", try list.json()),
          ("uploadlijst.html", try templates.renderBytes("uwv/uploadlijst.html", context: list.context())),
        ])
      pack.bundles = bundles
      return .success(pack)
    }
    return .success(try concept(plan, evaluation))
  }

  /// The concept pack: drafts and form printed, the to-do list.
  private func concept(_ plan: PackPlan, _ evaluation: CaseEvaluation) throws -> UWVPack {
    let dossier = DossierContext(evaluation: evaluation)
    var documents = plan.documents
    var jobs: [(index: Int, job: PrintJob)] = []
    for (index, document) in documents.enumerated() {
      guard document.handling == .draft || document.handling == .form else { continue }
      let context = PackDocumentContext(dossier: dossier, document: document, fileName: plan.fileName(index))
        .build()
      let html = try templates.render("uwv/document.html", context: context)
      // A text the dossier redacts by its value (the same words elsewhere) is caught here.
      if html.contains(DossierContext.redactionNotice.prefix(16)) {
        documents[index].handling = .draftWithheld([])
        continue
      }
      jobs.append(
        (
          index,
          PrintJob(
            html: html, header: try templates.render("uwv/kop.html", context: context),
            footer: try templates.render("uwv/voet.html", context: context))
        ))
    }
    let final = plan.with(documents: documents)
    let pdfs = try browser.print(jobs.map(\.job))
    var files: [UWVPack.File] = []
    for ((index, _), pdf) in zip(jobs, pdfs) {
      let name = final.fileName(index)
      let path = "\(plan.kenmerk)/\(PackPlan.conceptFolder)/\(name)"
      guard pdf.count <= OriginalFiles.maxBytes else {
        throw PoortwachterError.invalidOutput(path: path, detail: "groter dan 10 MB")
      }
      let bytes: [UInt8]
      do {
        bytes = try Self.normalized(
          pdf, title: final.documents[index].title, peildatum: evaluation.timeline.peildatum)
      } catch let error as PDFInfoRewriter.Unsupported {
        throw PoortwachterError.invalidOutput(
          path: path, detail: "de PDF van Chromium heeft een onbekende opbouw (\(error.detail))")
      }
      files.append(
        UWVPack.File(name: name, bytes: bytes, document: final.documents[index], isOriginal: false))
    }
    let list = PackToDoList(plan: final, files: files, evaluation: evaluation)
    var pack = UWVPack(
      plan: final, files: files,
      lists: [
        ("te-doen.json", try list.json()),
        ("te-doen.html", try templates.renderBytes("uwv/te-doen.html", context: list.context())),
      ])
    pack.toDoCount = list.items.count
    return pack
  }

  static func readOriginal(_ original: String, caseFile: String) throws -> [UInt8] {
    switch OriginalFiles.resolve(original, caseFile: caseFile) {
    case .failure(let problem): throw PoortwachterError.io(path: caseFile, detail: problem.message)
    case .success(let path):
      guard let data = FileManager.default.contents(atPath: path) else {
        throw PoortwachterError.io(path: path, detail: "origineel kan niet gelezen worden")
      }
      return [UInt8](data)
    }
  }

  /// The PDF made independent of when and in which tab it was printed, so the same case and
  /// peildatum give the same bytes on every run: the document information says poortwachter made
  /// it on the peildatum, with the document's title (``PDFInfoRewriter``), and the
  /// structure-element ids Chromium takes from its DOM node counter (`(node00000130)`) are
  /// numbered in order of appearance (same length, so the offsets stay valid).
  static func normalized(_ pdf: [UInt8], title: String, peildatum: CivilDate) throws -> [UInt8] {
    var bytes = pdf
    var numbers: [[UInt8]: [UInt8]] = [:]
    replaceDigits(after: Array("(node".utf8), count: 8, in: &bytes) { old in
      if let known = numbers[old] { return known }
      let text = String(numbers.count + 1)
      let new = Array((String(repeating: "0", count: max(0, 8 - text.count)) + text).utf8)
      numbers[old] = new
      return new
    }
    return try PDFInfoRewriter.rewrite(bytes, title: title, program: DossierContext.program, date: peildatum)
  }

  /// Replaces every run of `count` ASCII digits that follows `prefix` by `replacement(old digits)`
  /// (which must have the same length).
  private static func replaceDigits(
    after prefix: [UInt8], count: Int, in bytes: inout [UInt8], _ replacement: ([UInt8]) -> [UInt8]
  ) {
    var start = 0
    while let found = bytes[start...].firstRange(of: prefix) {
      let digits = found.upperBound..<(found.upperBound + count)
      if digits.upperBound <= bytes.count, bytes[digits].allSatisfy({ (0x30...0x39).contains($0) }) {
        let new = replacement(Array(bytes[digits]))
        if new.count == count { bytes.replaceSubrange(digits, with: new) }
      }
      start = found.upperBound
    }
  }
}
