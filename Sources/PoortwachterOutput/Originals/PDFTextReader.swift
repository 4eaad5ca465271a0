import PoortwachterCore

/// The text of a PDF original, page by page: `pdfinfo` for the page count and sizes,
/// `pdftotext -layout` for the text layer (pages end with a form feed), and OCR
/// (``OCRReader``) for a page without text, such as a scan.
struct PDFTextReader {
  let tools: OriginalTools
  let limits: OriginalReader.Limits
  let scratch: ScratchFolder

  /// Reads the PDF at absolute path `file`.
  func read(_ file: String) -> OriginalContent {
    guard let pdftotext = tools.pdftotext else { return .unreadable(OriginalTools.popplerMissing) }
    var problems: [String] = []
    let sizes = pageSizes(file)
    var last = limits.maxPages
    if let count = sizes?.count, count > 0 { last = min(count, limits.maxPages) }
    if let count = sizes?.count, count > limits.maxPages {
      problems.append("alleen de eerste \(limits.maxPages) van de \(count) pagina's zijn gelezen")
    }
    let output = scratch.file("tekst.txt")
    let outcome = BoundedProcess.run(
      pdftotext, ["-layout", "-enc", "UTF-8", "-f", "1", "-l", String(last), file, output], in: scratch.path,
      seconds: limits.seconds)
    switch outcome {
    case .exited(0): break
    case .exited: return .unreadable("pdftotext kon de tekst niet lezen (beschadigd of beveiligd bestand?)")
    case .timedOut: return .unreadable("pdftotext las de tekst niet binnen \(Int(limits.seconds)) seconden")
    case .notStarted(let reason): return .unreadable("pdftotext start niet: \(reason)")
    }
    guard let (text, cut) = BoundedProcess.text(of: output, limit: limits.maxTextBytes) else {
      return .unreadable("de tekst van pdftotext kon niet gelezen worden")
    }
    if cut {
      problems.append("de tekst is langer dan \(limits.maxTextBytes / 1_000_000) MB; de rest is niet gelezen")
    }
    var texts = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map(String.init)
    // pdftotext ends every page with a form feed: the part after the last one is not a page.
    if texts.count > 1, texts.last?.allSatisfy(\.isWhitespace) ?? false { texts.removeLast() }
    if let count = sizes?.count, count > 0, texts.count > last { texts = Array(texts.prefix(last)) }
    var pages = texts.enumerated().map { index, pageText in
      OriginalPage(
        text: pageText, reading: Self.hasText(pageText) ? .text : .none,
        size: sizes.flatMap { index < $0.count ? $0[index] : nil })
    }
    let blank = pages.indices.filter { pages[$0].reading == .none }
    if !blank.isEmpty {
      let ocr = OCRReader(tools: tools, limits: limits, scratch: scratch)
      let (read, problem) = ocr.read(pdf: file, pages: blank.map { $0 + 1 })
      for (index, pageText) in read { pages[index - 1].text = pageText }
      for index in read.keys where Self.hasText(pages[index - 1].text) { pages[index - 1].reading = .ocr }
      if let problem { problems.append(problem) }
    }
    return OriginalContent(pages: pages, problem: problems.isEmpty ? nil : problems.joined(separator: "; "))
  }

  /// Whether a page's text is more than a stray mark: at least three letters or digits.
  static func hasText(_ text: String) -> Bool {
    var count = 0
    for character in text where character.isLetter || character.isNumber {
      count += 1
      if count >= 3 { return true }
    }
    return false
  }

  /// The size of every page (`pdfinfo -f 1 -l N`), or `nil` without `pdfinfo` or when it fails.
  func pageSizes(_ file: String) -> [PageSize]? {
    guard let pdfinfo = tools.pdfinfo else { return nil }
    let output = scratch.file("info.txt")
    let outcome = BoundedProcess.run(
      pdfinfo, ["-f", "1", "-l", String(limits.maxPages), file], in: scratch.path, output: output,
      seconds: limits.seconds)
    guard outcome == .exited(0), let (text, _) = BoundedProcess.text(of: output, limit: 1_000_000) else {
      return nil
    }
    return Self.sizes(fromInfo: text)
  }

  /// The page sizes in `pdfinfo` output: lines `Page    1 size:  594.96 x 841.92 pts (A4)`; the
  /// count from `Pages:` (sizes beyond the listed ones are unknown and left out).
  static func sizes(fromInfo text: String) -> [PageSize] {
    var sizes: [PageSize] = []
    for line in text.split(separator: "\n") where line.hasPrefix("Page ") && line.contains(" size:") {
      guard let colon = line.range(of: " size:") else { continue }
      let words = line[colon.upperBound...].split(separator: " ")
      guard words.count >= 3, words[1] == "x", let width = Double(words[0]), let height = Double(words[2])
      else {
        continue
      }
      sizes.append(PageSize(width: width, height: height))
    }
    return sizes
  }
}
