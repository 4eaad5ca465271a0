import PoortwachterCore

/// One HTML document to print as an A4 PDF, with the page header and footer Chromium repeats on
/// every page (HTML fragments; the classes `pageNumber` and `totalPages` are filled in per page).
public struct PrintJob: Sendable, Equatable {
  /// The complete HTML document.
  public var html: String
  /// The header fragment (inline styles only; it is rendered apart from the document).
  public var header: String
  /// The footer fragment.
  public var footer: String
  /// The paper: A4 for everything the tool makes; another size only for tests that need a
  /// foreign print (a US Letter page as a hostile original).
  public var paper: PageSize = .a4

  /// Creates a job.
  public init(html: String, header: String, footer: String) {
    self.html = html
    self.header = header
    self.footer = footer
  }
}
