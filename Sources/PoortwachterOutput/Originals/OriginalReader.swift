import Foundation
import PoortwachterCore

/// Reads what the originals of a case (`origineel:`) say, for the rules on originals
/// (``OriginalContents``): the text of a PDF per page with `pdftotext -layout` and its page sizes
/// with `pdfinfo`; a Word document from its XML; a photo, or a PDF page without text, with OCR
/// (`tesseract -l nld`) when that is installed. Bounded: every program has a time limit and runs
/// in a private temporary folder that is removed on every way out; nothing is cached on disk.
public struct OriginalReader: Sendable {
  /// The bounds of the reading.
  public struct Limits: Sendable, Equatable {
    /// Seconds `pdftotext`, `pdfinfo` or `pdftoppm` may take for one file or page.
    public var seconds: Double = 30
    /// Seconds `tesseract` may take for one image.
    public var ocrSeconds: Double = 60
    /// Pages read from one PDF.
    public var maxPages = 500
    /// Pages without text read with OCR from one PDF.
    public var maxOCRPages = 20
    /// Bytes of text read from one program's output.
    public var maxTextBytes = 20_000_000
    /// Where the private folders are made: the system's temporary folder (TMPDIR) by default.
    public var temporaryFolder: String? = nil

    /// The standard bounds.
    public init() {}
  }

  /// The programs used.
  public var tools: OriginalTools
  /// The bounds.
  public var limits: Limits

  /// A reader with the programs of this machine (or others, for tests).
  public init(tools: OriginalTools = .standard, limits: Limits = Limits()) {
    self.tools = tools
    self.limits = limits
  }

  /// What the originals of `loaded` say, by `origineel` value; each file is read once. An
  /// original that does not resolve (the loader refuses such a case) is left out.
  public func contents(of loaded: LoadedCase) -> OriginalContents {
    var result: [String: OriginalContent] = [:]
    for link in loaded.originalLinks {
      let proof = link.digitalSignatures != nil
      guard result[link.origineel] == nil || (proof && result[link.origineel]?.signatures == nil),
        case .success(let path) = OriginalFiles.resolve(link.origineel, caseFile: loaded.file)
      else { continue }
      var read = result[link.origineel] ?? content(ofFile: path)
      if proof { read.signatures = signatures(ofFile: path) }
      result[link.origineel] = read
    }
    return OriginalContents(result)
  }

  /// The digital signatures embedded in the file at `path` (`pdfsig`); a file that is no PDF has
  /// none that can be read.
  public func signatures(ofFile path: String) -> EmbeddedSignatures {
    guard (path as NSString).pathExtension.lowercased() == "pdf" else {
      return .unreadable(
        "het bewijs is geen pdf; een ondertekeningssysteem levert een pdf met handtekeningen")
    }
    guard let scratch = ScratchFolder(in: limits.temporaryFolder ?? NSTemporaryDirectory()) else {
      return .unreadable("geen tijdelijke map om het te lezen (\(SystemError.current))")
    }
    defer { scratch.remove() }
    return PDFSignatureReader(tools: tools, limits: limits, scratch: scratch).read(path)
  }

  /// What the file at `path` (a pdf, jpg or docx) says.
  public func content(ofFile path: String) -> OriginalContent {
    let ext = (path as NSString).pathExtension.lowercased()
    if ext == "docx" { return DocxTextReader(limits: limits).read(path) }
    guard let scratch = ScratchFolder(in: limits.temporaryFolder ?? NSTemporaryDirectory()) else {
      return .unreadable("geen tijdelijke map om het te lezen (\(SystemError.current))")
    }
    defer { scratch.remove() }
    switch ext {
    case "pdf":
      return PDFTextReader(tools: tools, limits: limits, scratch: scratch).read(path)
    case "jpg", "jpeg":
      let (text, problem) = OCRReader(tools: tools, limits: limits, scratch: scratch).read(image: path)
      let page = OriginalPage(
        text: text ?? "", reading: text.map(PDFTextReader.hasText) ?? false ? .ocr : .none)
      return OriginalContent(pages: [page], problem: problem)
    default:
      return .unreadable("bestandstype .\(ext) wordt niet gelezen")
    }
  }
}
