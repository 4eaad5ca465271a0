import Foundation
import PoortwachterCore

/// OCR with `tesseract` (Dutch, `-l nld`): a photo (jpg) directly, a page of a PDF after
/// `pdftoppm -r 300` made it an image. One thread per run (`OMP_THREAD_LIMIT=1`), so a batch on
/// all cores does not start more threads than there are cores.
struct OCRReader {
  let tools: OriginalTools
  let limits: OriginalReader.Limits
  let scratch: ScratchFolder

  static let environment = ["OMP_THREAD_LIMIT": "1"]

  /// The text of the image at `file`, or why there is none.
  func read(image file: String) -> (text: String?, problem: String?) {
    guard let tesseract = tools.tesseract else { return (nil, OriginalTools.ocrMissing) }
    return recognise(tesseract, file)
  }

  /// The text of `pages` (1-based) of the PDF at `file`, by page, and why some could not be read.
  func read(pdf file: String, pages: [Int]) -> (texts: [Int: String], problem: String?) {
    guard let tesseract = tools.tesseract, let pdftoppm = tools.pdftoppm else {
      return ([:], "pagina zonder tekstlaag: \(OriginalTools.ocrMissing)")
    }
    var texts: [Int: String] = [:]
    var problems: [String] = []
    let chosen = pages.prefix(limits.maxOCRPages)
    if pages.count > chosen.count {
      problems.append(
        "alleen \(chosen.count) van de \(pages.count) pagina's zonder tekstlaag zijn met OCR gelezen")
    }
    for page in chosen {
      let image = scratch.file("pagina")
      let outcome = BoundedProcess.run(
        pdftoppm,
        ["-r", "300", "-gray", "-png", "-singlefile", "-f", String(page), "-l", String(page), file, image],
        in: scratch.path, seconds: limits.seconds)
      guard outcome == .exited(0) else {
        problems.append("pagina \(page) kon niet als afbeelding gemaakt worden voor OCR")
        continue
      }
      let (text, problem) = recognise(tesseract, image + ".png")
      if let text { texts[page] = text }
      if let problem { problems.append("pagina \(page): \(problem)") }
      try? FileManager.default.removeItem(atPath: image + ".png")
    }
    return (texts, problems.isEmpty ? nil : problems.joined(separator: "; "))
  }

  /// Runs tesseract on one image; its text goes to `ocr.txt` in the scratch folder.
  private func recognise(_ tesseract: String, _ image: String) -> (text: String?, problem: String?) {
    let base = scratch.file("ocr")
    let outcome = BoundedProcess.run(
      tesseract, [image, base, "-l", "nld"], in: scratch.path, seconds: limits.ocrSeconds,
      environment: Self.environment)
    switch outcome {
    case .exited(0): break
    case .exited:
      return (
        nil, "tesseract kon het niet lezen (is de Nederlandse taaldata, tesseract-ocr-nld, geïnstalleerd?)"
      )
    case .timedOut: return (nil, "tesseract las het niet binnen \(Int(limits.ocrSeconds)) seconden")
    case .notStarted(let reason): return (nil, "tesseract start niet: \(reason)")
    }
    guard let (text, _) = BoundedProcess.text(of: base + ".txt", limit: limits.maxTextBytes) else {
      return (nil, "de tekst van tesseract kon niet gelezen worden")
    }
    return (text, nil)
  }
}
