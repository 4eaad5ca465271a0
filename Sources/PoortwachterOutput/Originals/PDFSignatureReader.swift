import Foundation
import PoortwachterCore

/// The digital signatures embedded in a PDF, read with poppler's `pdfsig -nocert -no-ocsp`: per
/// signature the signer's name, the signing time and whether it still matches the document. The
/// certificate's trust is not judged (a signing system's own certificate is rarely in a local
/// store, and no network is used); `HOME` is the private folder, so no certificate store of the
/// user is read or made.
struct PDFSignatureReader {
  let tools: OriginalTools
  let limits: OriginalReader.Limits
  let scratch: ScratchFolder

  /// Reads the signatures of the PDF at absolute path `file`.
  func read(_ file: String) -> EmbeddedSignatures {
    guard let pdfsig = tools.pdfsig else { return .unreadable(OriginalTools.pdfsigMissing) }
    let output = scratch.file("handtekeningen.txt")
    let outcome = BoundedProcess.run(
      pdfsig, ["-nocert", "-no-ocsp", file], in: scratch.path, output: output, seconds: limits.seconds,
      environment: ["HOME": scratch.path, "LC_ALL": "C", "LANG": "C"])
    guard let (text, _) = BoundedProcess.text(of: output, limit: 1_000_000) else {
      return .unreadable("de uitvoer van pdfsig kon niet gelezen worden")
    }
    switch outcome {
    // pdfsig ends with 2 when the file has no signature at all.
    case .exited(0), .exited(2): return Self.signatures(fromOutput: text)
    case .exited: return .unreadable("pdfsig kon de handtekeningen niet lezen (beschadigd bestand?)")
    case .timedOut:
      return .unreadable("pdfsig las de handtekeningen niet binnen \(Int(limits.seconds)) seconden")
    case .notStarted(let reason): return .unreadable("pdfsig start niet: \(reason)")
    }
  }

  /// The signatures in `pdfsig` output: a block per `Signature #N:` with lines
  /// `- Signer Certificate Common Name: ...`, `- Signing Time: Feb 22 2024 12:00:00` and
  /// `- Signature Validation: Signature is Valid.`.
  static func signatures(fromOutput text: String) -> EmbeddedSignatures {
    var result: [EmbeddedSignature] = []
    var current: EmbeddedSignature?
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("Signature #") {
        if let current { result.append(current) }
        current = EmbeddedSignature(signer: nil, signedOn: nil, isValid: false, validation: "niet gemeld")
        continue
      }
      guard current != nil, trimmed.hasPrefix("- "), let colon = trimmed.firstIndex(of: ":") else { continue }
      let key = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<colon]
      let value = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
      switch key {
      case "Signer Certificate Common Name": current?.signer = value.isEmpty ? nil : value
      case "Signing Time": current?.signedOn = date(value)
      case "Signature Validation":
        current?.validation = value
        current?.isValid = value == "Signature is Valid."
      default: break
      }
    }
    if let current { result.append(current) }
    return EmbeddedSignatures(result)
  }

  /// The day of a signing time as `pdfsig` prints it in the C locale: `Feb 22 2024 12:00:00`.
  static func date(_ text: String) -> CivilDate? {
    let parts = text.split(separator: " ")
    let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    guard parts.count >= 3, let month = months.firstIndex(of: String(parts[0])),
      let day = Int(parts[1]), let year = Int(parts[2])
    else { return nil }
    return CivilDate(year: year, month: month + 1, day: day)
  }
}
