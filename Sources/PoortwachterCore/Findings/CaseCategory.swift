/// The one definition of how a checked case stands, used by the `batch` index (rows and totals),
/// its summary line, the `check` summary line and the check report.
///
/// `gereed` means the re-integratieverslag is complete: no findings of `fout` or `waarschuwing`,
/// and the verslag is due (the earliest of actueel oordeel, eindevaluatie and RIV aan werknemer
/// has come, or all three are done). A case without findings before that moment is `inOrde`: on
/// track, but there is no RIV to hand in yet (a case in week 12 is not "gereed"). Whether it can
/// go to UWV is the pack's answer (the signed originals: `PackPlan.isReady`), so the title says
/// "compleet", never "gereed voor UWV" next to a pack that still has points to do.
public enum CaseCategory: String, Sendable, CaseIterable {
  /// No findings; the RIV is due and complete (its originals are the pack's concern).
  case gereed
  /// No findings; no RIV due (yet, or at all: recovered, no RIV when leaving employment).
  case inOrde = "in_orde"
  /// Warnings, no errors ("alleen waarschuwingen": a case with errors counts under `fouten`).
  case waarschuwingen
  /// At least one error (or the dossier could not be written).
  case fouten
  /// The case file could not be read.
  case onleesbaar

  /// The category of a checked case.
  public init(_ evaluation: CaseEvaluation) {
    switch evaluation.worstSeverity {
    case .fout: self = .fouten
    case .waarschuwing: self = .waarschuwingen
    case .info, nil: self = Self.rivDue(evaluation.timeline) ? .gereed : .inOrde
    }
  }

  /// Whether the re-integratieverslag is due on the peildatum.
  static func rivDue(_ timeline: Timeline) -> Bool {
    let parts = [Milestone.ID.actueelOordeel, .eindevaluatie, .rivAanWerknemer].compactMap { timeline[$0] }
      .filter { $0.status != .nietVanToepassing }
    guard let first = parts.map(\.uiterlijk).min() else { return false }
    return first <= timeline.peildatum || parts.allSatisfy { $0.gedaan != nil }
  }

  /// The words in the index's status column and in the totals: `compleet`, `in orde`, ...
  public var title: String {
    switch self {
    case .gereed: return "compleet"
    case .inOrde: return "in orde"
    case .waarschuwingen: return "alleen waarschuwingen"
    case .fouten: return "met fouten"
    case .onleesbaar: return "onleesbaar"
    }
  }

  /// `11 dossiers: 4 compleet, 5 in orde, 0 alleen waarschuwingen, 2 met fouten, 0 onleesbaar`
  /// for counts per category.
  public static func summary(_ counts: [CaseCategory: Int], noun: (Int) -> String) -> String {
    let total = counts.values.reduce(0, +)
    return "\(total) \(noun(total)): "
      + allCases.map { "\(counts[$0] ?? 0) \($0.title)" }.joined(separator: ", ")
  }
}
