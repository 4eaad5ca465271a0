import Foundation
import PoortwachterCore
import PoortwachterTemplates

/// Makes the UWV pack of a case: originals are read unchanged, every other document is rendered
/// from `uwv/document.html` and printed to an A4 PDF by the shared browser, and the upload list
/// is written last. Texts with medical terms are replaced by the same notice as in `riv.html`.
public struct PackBuilder: Sendable {
  /// The templates (`uwv/document.html`, `uwv/kop.html`, `uwv/voet.html`, `uwv/uploadlijst.html`).
  public let templates: TemplateLibrary
  /// The PDF engine.
  public let browser: ChromiumBrowser

  /// Creates a builder.
  public init(templates: TemplateLibrary, browser: ChromiumBrowser) {
    self.templates = templates
    self.browser = browser
  }

  /// Creates a builder that uses the templates of a dossier renderer (a bureau's overrides included).
  public init(renderer: DossierRenderer, browser: ChromiumBrowser) {
    self.init(templates: renderer.templates, browser: browser)
  }

  /// The pack, or why the case needs none.
  public func build(_ evaluation: CaseEvaluation) throws -> Result<UWVPack, PackPlan.NoPack> {
    let plan: PackPlan
    switch PackPlan.make(evaluation) {
    case .failure(let none): return .failure(none)
    case .success(let made): plan = made
    }
    let dossier = DossierContext(evaluation: evaluation)
    let caseFile = evaluation.loaded.caseFile
    var jobs: [(index: Int, job: PrintJob)] = []
    var contents = [[UInt8]?](repeating: nil, count: plan.documents.count)
    for (index, document) in plan.documents.enumerated() {
      if let original = document.origineel {
        contents[index] = try Self.readOriginal(original, caseFile: evaluation.loaded.file)
        continue
      }
      let context = PackDocumentContext(dossier: dossier, document: document, fileName: plan.fileName(index))
        .build()
      jobs.append(
        (
          index,
          PrintJob(
            html: try templates.render("uwv/document.html", context: context),
            header: try templates.render("uwv/kop.html", context: context),
            footer: try templates.render("uwv/voet.html", context: context))
        ))
    }
    let pdfs = try browser.print(jobs.map(\.job))
    for ((index, _), pdf) in zip(jobs, pdfs) {
      guard pdf.count <= OriginalFiles.maxBytes else {
        throw PoortwachterError.invalidOutput(
          path: "\(caseFile.kenmerk)/uwv/\(plan.fileName(index))", detail: "groter dan 10 MB")
      }
      contents[index] = Self.normalized(pdf, date: plan.documents[index].datum)
    }
    let files = plan.documents.enumerated().map { index, document in
      UWVPack.File(
        name: plan.fileName(index), bytes: contents[index] ?? [], document: document,
        isOriginal: document.origineel != nil)
    }
    let list = UploadList(plan: plan, files: files, caseFile: caseFile)
    return .success(
      UWVPack(
        plan: plan, files: files, uploadListJSON: try list.json(),
        uploadListHTML: try templates.renderBytes("uwv/uploadlijst.html", context: list.context())))
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

  /// The PDF made independent of when and in which tab it was printed, so the same case gives the
  /// same bytes on every run: creation and modification time become the document's date, and the
  /// structure-element ids Chromium takes from its DOM node counter (`(node00000130)`) are numbered
  /// in order of appearance. Every replacement has the same length, so the cross-reference offsets
  /// stay valid.
  static func normalized(_ pdf: [UInt8], date: CivilDate) -> [UInt8] {
    var bytes = pdf
    let stamp = Array(date.description.replacingOccurrences(of: "-", with: "").utf8) + Array("000000".utf8)
    for key in ["/CreationDate (D:", "/ModDate (D:"] {
      replaceDigits(after: Array(key.utf8), count: 14, in: &bytes) { _ in stamp }
    }
    var numbers: [[UInt8]: [UInt8]] = [:]
    replaceDigits(after: Array("(node".utf8), count: 8, in: &bytes) { old in
      if let known = numbers[old] { return known }
      let text = String(numbers.count + 1)
      let new = Array((String(repeating: "0", count: max(0, 8 - text.count)) + text).utf8)
      numbers[old] = new
      return new
    }
    return bytes
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
