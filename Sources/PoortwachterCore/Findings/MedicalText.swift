/// An employer-held text with the medical terms found in it.
public struct MedicalText: Sendable {
  /// Its case-file path.
  public let path: FieldPath
  /// The text.
  public let text: String
  /// The terms found (never empty).
  public let matches: [MedicalTermMatch]
}
