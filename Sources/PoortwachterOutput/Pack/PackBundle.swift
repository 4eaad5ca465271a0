import PoortwachterCore

/// An optional convenience of a ready pack: the evaluations, and the rapportages of the tweede
/// spoor, each joined into one PDF in date order (`uwv/gebundeld/`), which the person may upload
/// instead of the separate files. The separate originals stay in the pack unchanged; a bundle is
/// made only when every part is a checked PDF original and `pdfunite` is installed, and is the
/// same bytes for the same parts and peildatum (``PDFUnite``). Why a bundle was not made is a note
/// on the upload list.
public struct PackBundle: Sendable {
  /// The kind of its parts.
  public let kind: CaseDocumentKind
  /// Its path inside the pack's folder (`gebundeld/evaluaties-2025-10-27-tot-2025-12-05.pdf`).
  public let name: String
  /// Its title (also the PDF's Title).
  public let title: String
  /// The file names of the separate files it joins, in date order.
  public let parts: [String]
  /// The joined PDF.
  public let bytes: [UInt8]

  /// The subfolder of the pack with the bundles.
  public static let folder = "gebundeld"
  /// The kinds that are bundled (the only ones a case has many of).
  static let kinds: [CaseDocumentKind] = [.evaluatie, .tweedeSpoorRapportage]

  /// `evaluaties` or `rapportages-tweede-spoor`, and the plural for the lists.
  static func naming(_ kind: CaseDocumentKind) -> (slug: String, plural: String) {
    kind == .evaluatie
      ? ("evaluaties", "evaluaties van het plan van aanpak")
      : ("rapportages-tweede-spoor", "rapportages van het re-integratiebedrijf (tweede spoor)")
  }

  /// The bundles of a ready pack's `files`, and per kind with two or more files that got none, why
  /// (Dutch, for the upload list). `checked` says whether a document's original is a checked
  /// original (``CaseEvaluation/isCheckedOriginal(_:)``).
  static func make(
    _ files: [UWVPack.File], checked: (CaseDocument) -> Bool, unite: PDFUnite, peildatum: CivilDate
  ) -> (bundles: [PackBundle], notes: [String]) {
    var bundles: [PackBundle] = []
    var notes: [String] = []
    for kind in kinds {
      let group = files.enumerated().filter { $0.element.document.kind == kind }
        .sorted { ($0.element.document.datum, $0.offset) < ($1.element.document.datum, $1.offset) }
        .map(\.element)
      guard group.count > 1, let first = group.first, let last = group.last else { continue }
      let (slug, plural) = naming(kind)
      let skipped = "Geen gebundelde PDF van de \(group.count) \(plural)"
      if let other = group.first(where: { !$0.name.lowercased().hasSuffix(".pdf") }) {
        notes.append("\(skipped): \(other.name) is geen PDF. Upload de losse bestanden.")
        continue
      }
      // Joining a digitally signed PDF would leave its signature covering another file than the
      // one uploaded (and pdfunite drops its signature fields): such a part goes on its own.
      if let signed = group.first(where: isDigitallySigned) {
        notes.append(
          "\(skipped): \(signed.name) is digitaal ondertekend en samenvoegen zou die handtekening "
            + "ongeldig maken. Upload de losse bestanden.")
        continue
      }
      if let unchecked = group.first(where: { !checked($0.document.source) }) {
        notes.append(
          "\(skipped): de inhoud van \(unchecked.name) is niet gecontroleerd. Upload de losse bestanden.")
        continue
      }
      let title =
        "\(plural.prefix(1).uppercased())\(plural.dropFirst()), \(DutchDate.long(first.document.datum)) "
        + "tot en met \(DutchDate.long(last.document.datum))"
      switch unite.join(group.map(\.bytes), title: title, date: peildatum) {
      case .failure(let failure):
        notes.append("\(skipped): \(failure.reason). Upload de losse bestanden.")
      case .success(let bytes) where bytes.count > OriginalFiles.maxBytes:
        notes.append(
          "\(skipped): samen groter dan 10 MB, wat het portaal niet aanneemt. Upload de losse bestanden.")
      case .success(let bytes):
        bundles.append(
          PackBundle(
            kind: kind,
            name:
              "\(folder)/\(slug)-\(first.document.datum.description)-tot-\(last.document.datum.description).pdf",
            title: title, parts: group.map(\.name), bytes: bytes))
      }
    }
    return (bundles, notes)
  }

  /// Whether the case says the document was signed in a signing system, or the PDF carries a
  /// signature of its own (a `/ByteRange`, which every PDF signature has).
  static func isDigitallySigned(_ file: UWVPack.File) -> Bool {
    file.document.source.signatures?.isDigital == true
      || file.bytes.firstRange(of: Array("/ByteRange".utf8)) != nil
  }
}
