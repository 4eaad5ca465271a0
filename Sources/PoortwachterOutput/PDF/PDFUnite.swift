import Foundation
import PoortwachterCore

/// Joins PDF originals into one PDF with poppler's `pdfunite` (found on `PATH` like `pdftotext`),
/// for the optional bundles of a ready UWV pack. The pages are copied unchanged; what `pdfunite`
/// makes different on every run (the file identifier in the trailer) and what it leaves out (the
/// document information) is then set from the parts and the peildatum, so the same parts give
/// the same bytes: the identifier is the start of the SHA-256 of the parts, and an update section
/// appended at the end adds the information (Title, Creator and Producer `poortwachter <versie>`,
/// CreationDate and ModDate the peildatum), as ``PDFInfoRewriter`` does for the printed drafts.
public struct PDFUnite: Sendable {
  /// Why no joined PDF was made (Dutch, for the upload list).
  public struct Failure: Error, Sendable, Equatable {
    /// One Dutch sentence part.
    public let reason: String
  }

  /// The `pdfunite` program; `nil` when it is not installed.
  public var executable: String?
  /// Seconds one run may take.
  public var seconds: Double = 30

  /// `pdfunite` on `path` (the `PATH` of this process by default).
  public init(path: String? = ProcessInfo.processInfo.environment["PATH"]) {
    executable = ProgramSearch.first(["pdfunite"], path: path)
  }

  /// A joiner with the program at `executable` (`nil`: missing), for tests.
  public init(executable: String?) {
    self.executable = executable
  }

  /// What to install when `pdfunite` is missing.
  public static let missing = "pdfunite ontbreekt (installeer poppler-utils: apt-get install poppler-utils)"

  /// The parts joined in this order, with the document information of `title` on `date`.
  public func join(_ parts: [[UInt8]], title: String, date: CivilDate) -> Result<[UInt8], Failure> {
    guard let executable else { return .failure(Failure(reason: Self.missing)) }
    guard let scratch = ScratchFolder(in: NSTemporaryDirectory()) else {
      return .failure(Failure(reason: "geen tijdelijke map (\(SystemError.current))"))
    }
    defer { scratch.remove() }
    var arguments: [String] = []
    for (index, part) in parts.enumerated() {
      let path = scratch.file("deel-\(index + 1).pdf")
      guard FileManager.default.createFile(atPath: path, contents: Data(part)) else {
        return .failure(Failure(reason: "een deel kan niet tijdelijk bewaard worden"))
      }
      arguments.append(path)
    }
    let output = scratch.file("samen.pdf")
    arguments.append(output)
    switch BoundedProcess.run(executable, arguments, in: scratch.path, seconds: seconds) {
    case .exited(0): break
    case .exited(let status): return .failure(Failure(reason: "pdfunite stopte met code \(status)"))
    case .timedOut: return .failure(Failure(reason: "pdfunite duurde langer dan \(Int(seconds)) seconden"))
    case .notStarted(let reason): return .failure(Failure(reason: "pdfunite start niet (\(reason))"))
    }
    guard let joined = FileManager.default.contents(atPath: output) else {
      return .failure(Failure(reason: "pdfunite schreef geen bestand"))
    }
    do {
      return .success(try Self.stamped([UInt8](joined), parts: parts, title: title, date: date))
    } catch let error as PDFInfoRewriter.Unsupported {
      return .failure(Failure(reason: "de PDF van pdfunite heeft een onbekende opbouw (\(error.detail))"))
    } catch {
      return .failure(Failure(reason: "de PDF van pdfunite heeft een onbekende opbouw"))
    }
  }

  /// `pdf` with a trailer of its own (the identifier from `parts`) and an update section that
  /// adds the document information.
  static func stamped(_ pdf: [UInt8], parts: [[UInt8]], title: String, date: CivilDate) throws -> [UInt8] {
    guard let trailer = pdf.lastRange(of: Array("trailer".utf8)),
      let startxref = pdf[trailer.upperBound...].firstRange(of: Array("startxref".utf8)),
      let digits = pdf[startxref.upperBound...].firstIndex(where: { (0x30...0x39).contains($0) }),
      let previous = PDFInfoRewriter.integer(in: pdf, at: digits)
    else { throw PDFInfoRewriter.Unsupported(detail: "geen trailer") }
    let dictionary = Array(pdf[trailer.upperBound..<startxref.lowerBound])
    // /Size comes before the identifier and /Root after it in what pdfunite writes, so a byte of
    // the old identifier can never be read as either.
    guard let sizeKey = dictionary.firstRange(of: Array("/Size ".utf8)),
      let size = PDFInfoRewriter.integer(in: dictionary, at: sizeKey.upperBound),
      let rootKey = dictionary.lastRange(of: Array("/Root ".utf8)),
      let root = PDFInfoRewriter.integer(in: dictionary, at: rootKey.upperBound)
    else { throw PDFInfoRewriter.Unsupported(detail: "/Size of /Root ontbreekt in de trailer") }
    // pdfunite writes the number of objects it kept as /Size, not one past the highest number
    // in its cross-reference table; the new object takes the number after both.
    let highest = max(size.value, tableEnd(pdf, at: previous.value) ?? 0)
    let digest = SHA256.hex(parts.flatMap { SHA256.hex($0).utf8 })
    let identifier = "<" + digest.prefix(32).uppercased() + ">"
    let ids = "/ID [" + identifier + " " + identifier + "]"
    var bytes = Array(pdf[..<trailer.upperBound])
    bytes += Array("\n<</Size \(highest) /Root \(root.value) 0 R \(ids)>>\n".utf8)
    bytes += Array(pdf[startxref.lowerBound..<previous.end]) + Array("\n%%EOF\n".utf8)
    // The update section: the information object, its cross-reference entry, a new trailer.
    let info = highest
    let objectStart = bytes.count
    bytes +=
      Array("\(info) 0 obj\n".utf8)
      + PDFInfoRewriter.dictionary(title: title, program: DossierContext.program, date: date)
      + Array("\nendobj\n".utf8)
    let table = bytes.count
    let offset = String(objectStart)
    bytes += Array(
      ("xref\n\(info) 1\n" + String(repeating: "0", count: max(0, 10 - offset.count)) + offset
        + " 00000 n \ntrailer\n<</Size \(info + 1) /Root \(root.value) 0 R /Info \(info) 0 R \(ids) /Prev "
        + "\(previous.value)>>\nstartxref\n\(table)\n%%EOF\n").utf8)
    return bytes
  }

  /// One past the highest object number of the cross-reference table at `offset` (its
  /// subsections `first count` and then `count` entries of 20 bytes); `nil` when there is none.
  static func tableEnd(_ pdf: [UInt8], at offset: Int) -> Int? {
    let keyword = Array("xref".utf8)
    guard offset >= 0, offset + keyword.count <= pdf.count,
      pdf[offset..<(offset + keyword.count)].elementsEqual(keyword)
    else { return nil }
    func skipSpace(_ index: Int) -> Int {
      var index = index
      while index < pdf.count, [0x20, 0x0A, 0x0D].contains(pdf[index]) { index += 1 }
      return index
    }
    var cursor = skipSpace(offset + keyword.count)
    var end: Int? = nil
    while let first = PDFInfoRewriter.integer(in: pdf, at: cursor), first.end < pdf.count,
      pdf[first.end] == 0x20,
      let count = PDFInfoRewriter.integer(in: pdf, at: first.end + 1)
    {
      end = max(end ?? 0, first.value + count.value)
      cursor = skipSpace(skipSpace(count.end) + 20 * count.value)
    }
    return end
  }
}
