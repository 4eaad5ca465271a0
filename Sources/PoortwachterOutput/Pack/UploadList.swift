import Foundation
import PoortwachterCore
import PoortwachterTemplates

/// The upload list of a ready pack: `uploadlijst.json` (keys sorted, for programs) and the render
/// context of `uwv/uploadlijst.html` (for the person who uploads the files one by one). Every file
/// is a checked original; the document type is the part of the re-integratieverslag it is, which
/// the person picks from the portal's own list (UWV does not publish that list's exact names).
struct UploadList {
  let plan: PackPlan
  let files: [UWVPack.File]
  let caseFile: CaseFile
  /// The optional bundles (``PackBundle``).
  var bundles: [PackBundle] = []
  /// Why a bundle was not made.
  var bundleNotes: [String] = []

  /// `{kenmerk, klaar, portaal_keuze, termijn, uiterlijk_uploaden, variant, documenten: [...]}`.
  func json() throws -> [UInt8] {
    let documents: [[String: Any]] = files.map { file in
      var row: [String: Any] = [
        "bestand": file.name, "soort": file.document.kind.soort,
        "ondertekend_op": file.document.ondertekendOp.map { $0.description as Any } ?? NSNull(),
        "bytes": file.bytes.count, "sha256": SHA256.hex(file.bytes), "bron": file.bron,
      ]
      if let signing = file.document.ondertekening { row["ondertekening"] = signing }
      return row
    }
    let object: [String: Any] = [
      "kenmerk": plan.kenmerk, "klaar": true, "variant": plan.variant.rawValue,
      "portaal_keuze": plan.variant.portalChoice,
      "uiterlijk_uploaden": plan.uiterlijkUploaden.map { $0.description as Any } ?? NSNull(),
      "termijn": plan.termijn, "documenten": documents, "opmerkingen": plan.notes,
      "gebundeld": bundles.map { bundle -> [String: Any] in
        [
          "bestand": bundle.name, "soort": bundle.kind.soort, "in_plaats_van": bundle.parts,
          "bytes": bundle.bytes.count, "sha256": SHA256.hex(bundle.bytes),
        ]
      },
      "gebundeld_opmerkingen": bundleNotes,
    ]
    return try PackJSON.bytes(object)
  }

  /// The context of `uwv/uploadlijst.html`.
  func context() -> RenderNode {
    let rows = files.enumerated().map { index, file in
      RenderNode([
        "nummer": .text(String(index + 1)), "bestand": .text(file.name),
        "soort": .text(file.document.kind.soort), "titel": .text(file.document.title),
        "datum": ContextValues.date(file.document.datum),
        "ondertekend_op": ContextValues.date(file.document.ondertekendOp),
        "ondertekening": .optional(file.document.ondertekening),
        "bytes": .text(Self.size(file.bytes.count)), "sha256": .text(SHA256.hex(file.bytes)),
      ])
    }
    return RenderNode([
      "kenmerk": .text(plan.kenmerk), "programma": .text(DossierContext.program),
      "werknemer": .node(
        RenderNode(["naam": .text(caseFile.werknemer.naam), "bsn": .optional(caseFile.werknemer.bsn?.digits)])
      ),
      "werkgever": .optional(caseFile.werkgever?.naam),
      "portaal_keuze": .text(plan.variant.portalChoice), "termijn": .text(plan.termijn),
      "uiterlijk_uploaden": ContextValues.date(plan.uiterlijkUploaden),
      "is_ziek_uit_dienst": .flag(plan.variant == .verkort || plan.variant == .volledig),
      "opmerkingen": .list(plan.notes.map { RenderNode(["tekst": .text($0)]) }),
      "documenten": .list(rows),
      "gebundeld": .list(
        bundles.map { bundle in
          RenderNode([
            "bestand": .text(bundle.name), "titel": .text(bundle.title),
            "tekst": .text(Self.bundleLine(bundle, numbers: numbers(of: bundle.parts))),
            "bytes": .text(Self.size(bundle.bytes.count)), "sha256": .text(SHA256.hex(bundle.bytes)),
          ])
        }),
      "gebundeld_opmerkingen": .list(bundleNotes.map { RenderNode(["tekst": .text($0)]) }),
    ])
  }

  /// The upload list's numbers of the files `names` (`3 en 4`, `3, 4 en 6`).
  private func numbers(of names: [String]) -> String {
    let numbers = names.compactMap { name in files.firstIndex { $0.name == name }.map { String($0 + 1) } }
    guard let last = numbers.last, numbers.count > 1 else { return numbers.first ?? "" }
    return numbers.dropLast().joined(separator: ", ") + " en " + last
  }

  /// "U kunt ook deze ene PDF uploaden in plaats van de 2 losse evaluaties ... (nummer 3 en 4)".
  static func bundleLine(_ bundle: PackBundle, numbers: String) -> String {
    "U kunt ook deze ene PDF uploaden in plaats van de \(bundle.parts.count) losse "
      + "\(PackBundle.naming(bundle.kind).plural) (nummer \(numbers) hierboven), in datumvolgorde samengevoegd; "
      + "de pagina's zijn ongewijzigd. Upload dan niet ook de losse bestanden."
  }

  /// `12,3 kB`, `1,2 MB`.
  static func size(_ bytes: Int) -> String {
    if bytes < 1000 { return "\(bytes) bytes" }
    let (value, unit) = bytes < 1_000_000 ? (Double(bytes) / 1000, "kB") : (Double(bytes) / 1_000_000, "MB")
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10),\(tenths % 10) \(unit)"
  }
}

/// The JSON of the pack's lists: keys sorted, indented, slashes as they are, a final line break.
enum PackJSON {
  static func bytes(_ object: [String: Any]) throws -> [UInt8] {
    let data = try JSONSerialization.data(
      withJSONObject: object, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    return [UInt8](data) + [0x0A]
  }
}
