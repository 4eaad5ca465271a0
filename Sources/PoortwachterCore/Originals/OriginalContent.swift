/// What was read from one original a case names (`origineel:`): the text of each page, how it was
/// read and the page's size. The reading is done outside this layer (PoortwachterOutput runs
/// `pdftotext`, `pdfinfo`, `tesseract` and unpacks Word documents); the rules only judge these
/// facts, so `check`, `batch`, `pakket` and any other front end see the same findings.
public struct OriginalContent: Sendable, Equatable {
  /// The pages in order (a Word document or a photo is one page).
  public var pages: [OriginalPage]
  /// Why the text (or part of it) could not be read, in Dutch (`tesseract ontbreekt`); `nil` when
  /// every page was read.
  public var problem: String?
  /// The embedded digital signatures, read for the proof of a digital signature
  /// (``OriginalLink/digitalSignatures``); `nil` for every other original.
  public var signatures: EmbeddedSignatures?

  /// Creates the content of one original.
  public init(pages: [OriginalPage], problem: String? = nil, signatures: EmbeddedSignatures? = nil) {
    self.pages = pages
    self.problem = problem
    self.signatures = signatures
  }

  /// An original of which nothing could be read, with the reason.
  public static func unreadable(_ problem: String) -> OriginalContent {
    OriginalContent(pages: [], problem: problem)
  }

  /// The pages that have text.
  public var readPages: [OriginalPage] { pages.filter { $0.reading != .none } }

  /// Whether any text at all was read.
  public var hasText: Bool { !readPages.isEmpty }

  /// Whether some of the text was read with OCR (where a missing BSN may be a misreading).
  public var usedOCR: Bool { pages.contains { $0.reading == .ocr } }

  /// Whether every page was read and nothing went wrong: the original counts as checked.
  public var isFullyRead: Bool {
    problem == nil && !pages.isEmpty && pages.allSatisfy { $0.reading != .none }
  }

  /// The text of all read pages, pages separated by a form feed.
  public var text: String { pages.map(\.text).joined(separator: "\u{0C}") }
}

/// One page of an original.
public struct OriginalPage: Sendable, Equatable {
  /// How the text of a page was obtained.
  public enum Reading: String, Sendable, Equatable {
    /// From the PDF's text layer or the Word document's XML.
    case text
    /// With OCR (`tesseract`) from the image.
    case ocr
    /// Not at all: no text layer and no OCR.
    case none
  }

  /// The page's text (layout kept, lines separated by a line feed).
  public var text: String
  /// How it was read.
  public var reading: Reading
  /// The page size, when the file has one (a PDF page, a Word section; not a photo).
  public var size: PageSize?

  /// Creates a page.
  public init(text: String, reading: Reading, size: PageSize? = nil) {
    self.text = text
    self.reading = reading
    self.size = size
  }
}

/// A page size in PostScript points (1/72 inch).
public struct PageSize: Sendable, Equatable, CustomStringConvertible {
  /// Width in points.
  public var width: Double
  /// Height in points.
  public var height: Double

  /// Creates a size.
  public init(width: Double, height: Double) {
    self.width = width
    self.height = height
  }

  /// A4: 210 × 297 mm.
  public static let a4 = PageSize(width: 595.28, height: 841.89)
  /// US Letter: 8.5 × 11 inch.
  public static let letter = PageSize(width: 612, height: 792)
  /// How far a side may differ from A4 and still count as A4: 6 points (about 2 mm), for scanners
  /// and printers that round.
  public static let tolerance = 6.0

  /// Whether this is A4, upright or landscape.
  public var isA4: Bool {
    func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= Self.tolerance }
    return (near(width, Self.a4.width) && near(height, Self.a4.height))
      || (near(width, Self.a4.height) && near(height, Self.a4.width))
  }

  /// `216 × 279 mm`: the size as a person measures it.
  public var description: String {
    "\(Int((width / 72 * 25.4).rounded())) × \(Int((height / 72 * 25.4).rounded())) mm"
  }
}

/// The content of every original of a case, by the `origineel` value as the case file writes it.
public struct OriginalContents: Sendable, Equatable {
  /// Content by `origineel` value.
  public var byOrigineel: [String: OriginalContent]

  /// Creates the contents.
  public init(_ byOrigineel: [String: OriginalContent] = [:]) { self.byOrigineel = byOrigineel }

  /// The content of the original named `origineel`, if it was read.
  public subscript(origineel: String) -> OriginalContent? { byOrigineel[origineel] }

  /// Whether the original of `document` was read completely (every page has text, nothing went
  /// wrong). The UWV pack counts an original as checked only then, and only without a `fout`.
  public func isFullyRead(_ document: CaseDocument) -> Bool {
    guard let origineel = document.origineel else { return false }
    return byOrigineel[origineel]?.isFullyRead ?? false
  }
}
