/// A text as the case file holds it, with its path and how its field is screened
/// (``FormatKey/Screening``). The decoder records one for every text field it reads.
public struct FreeText: Sendable, Equatable {
  /// Where the text sits (`werkgever.aard_bedrijf`, `evaluaties[2].verslag`).
  public let path: FieldPath
  /// The text, trimmed.
  public let value: String
  /// How its field is screened for medical information.
  public let screening: FormatKey.Screening
}
