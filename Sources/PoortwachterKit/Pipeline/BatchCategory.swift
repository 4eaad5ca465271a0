/// Where a case ends up in a batch: the one definition behind the summary line, the index's
/// status column, its totals and `samenvatting.json`.
public enum BatchCategory: String, Sendable, CaseIterable {
  /// Checked and rendered without findings of severity `fout` or `waarschuwing`.
  case gereed
  /// Checked and rendered, with warnings.
  case waarschuwingen
  /// A `fout` finding, a duplicate kenmerk, or a dossier that could not be written.
  case fouten
  /// The case file could not be read.
  case onleesbaar

  /// How the summary line counts it (`25 met waarschuwingen`).
  public var summaryLabel: String {
    switch self {
    case .gereed: "gereed"
    case .waarschuwingen: "met waarschuwingen"
    case .fouten: "met fouten"
    case .onleesbaar: "onleesbaar"
    }
  }

  /// How the index's status column shows it.
  public var statusText: String {
    switch self {
    case .gereed: "gereed"
    case .waarschuwingen: "gereed, met waarschuwingen"
    case .fouten: "niet gereed"
    case .onleesbaar: "onleesbaar"
    }
  }

  /// Whether the dossier can go to UWV as far as the checks can tell.
  public var isReady: Bool { self == .gereed || self == .waarschuwingen }
}
