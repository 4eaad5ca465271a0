import Foundation

/// The programs that read the text of an original, found on `PATH` the way Chromium is
/// (``ChromiumLocator``): `pdftotext`, `pdfinfo` and `pdftoppm` (poppler-utils) and `tesseract`
/// (tesseract-ocr with the Dutch data, tesseract-ocr-nld). Each may be missing; the reader then
/// says which one, in the finding, instead of failing.
public struct OriginalTools: Sendable, Equatable {
  /// `pdftotext`: the text layer of a PDF, per page.
  public var pdftotext: String?
  /// `pdfinfo`: the page count and the size of every page.
  public var pdfinfo: String?
  /// `pdftoppm`: a page without text as an image, for OCR.
  public var pdftoppm: String?
  /// `tesseract`: OCR of a photo or a scanned page.
  public var tesseract: String?
  /// `pdfsig`: the digital signatures embedded in the proof of a digital signature.
  public var pdfsig: String?

  /// Tools at the given paths (`nil`: missing); tests use it to simulate a machine without one.
  public init(
    pdftotext: String?, pdfinfo: String?, pdftoppm: String?, tesseract: String?, pdfsig: String? = nil
  ) {
    self.pdftotext = pdftotext
    self.pdfinfo = pdfinfo
    self.pdftoppm = pdftoppm
    self.tesseract = tesseract
    self.pdfsig = pdfsig
  }

  /// The tools on `path` (the `PATH` of this process by default).
  public static func locate(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> OriginalTools {
    func find(_ name: String) -> String? {
      for folder in (path ?? "/usr/bin:/bin").split(separator: ":") where !folder.isEmpty {
        let candidate = String(folder) + "/" + name
        var status = stat()
        if stat(candidate, &status) == 0, status.st_mode & S_IFMT == S_IFREG, access(candidate, X_OK) == 0 {
          return candidate
        }
      }
      return nil
    }
    return OriginalTools(
      pdftotext: find("pdftotext"), pdfinfo: find("pdfinfo"), pdftoppm: find("pdftoppm"),
      tesseract: find("tesseract"), pdfsig: find("pdfsig"))
  }

  /// The tools of this machine, looked up once per process.
  public static let standard = locate()

  /// What to install for the text of a PDF (Dutch, for a finding).
  static let popplerMissing = "pdftotext ontbreekt (installeer poppler-utils: apt-get install poppler-utils)"
  /// What to install for the signatures of a PDF (Dutch, for a finding).
  static let pdfsigMissing = "pdfsig ontbreekt (installeer poppler-utils: apt-get install poppler-utils)"
  /// What to install for OCR (Dutch, for a finding).
  static let ocrMissing =
    "niet leesbaar zonder OCR (installeer tesseract: apt-get install tesseract-ocr tesseract-ocr-nld)"
}
