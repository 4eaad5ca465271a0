/// After a vrijwillige verlenging (art. 24 WIA) the WIA application moves to week 93 + V and the
/// actueel oordeel and eindevaluatie with it (art. 64 lid 3 WIA). The ones written for the
/// verlengingsverzoek describe the situation before the extension: they do not count for the later
/// application, which needs renewed ones (`rules.md`, "Variants"; UWV asks for a current oordeel).
///
/// A document counts as written for the request when it is dated on or before the last
/// verlenging's decision (`besluit_op`; without one its `akkoord_op`; without either, the last day
/// of week 91 without the extension).
public struct VerlengingRenewal: Sendable, Equatable {
  /// The last day on which a document belongs to the request; a renewed one is dated after it.
  public let cutoff: CivilDate
  /// The weeks of extension (V).
  public let weeks: Int

  /// The renewal rule of a case, or `nil` without a vrijwillige verlenging.
  public init?(absence: Absence, calendar: SickDayCalendar) {
    guard absence.verlengingWeeks > 0 else { return nil }
    weeks = absence.verlengingWeeks
    let dated = absence.verlengingen.compactMap { $0.besluitOp ?? $0.akkoordOp }
    cutoff = dated.max() ?? calendar.lastDay(ofWeek: 91)
  }

  /// The milestones whose document must be renewed.
  public static let renewed: [Milestone.ID] = [.actueelOordeel, .eindevaluatie]

  /// Whether a document of milestone `id` dated `date` still counts for the WIA application.
  public func counts(_ id: Milestone.ID, dated date: CivilDate) -> Bool {
    !Self.renewed.contains(id) || date > cutoff
  }

  /// The documents that must be renewed: those of ``renewed`` and the employee's oordeel, which
  /// responds to them (an oordeel on the request's eindevaluatie does not judge the renewed one).
  public static let renewedKinds: Set<CaseDocumentKind> = [
    .actueelOordeel, .eindevaluatie, .oordeelWerknemer,
  ]

  /// Whether a document of `kind` dated `date` still counts for the WIA application.
  public func counts(_ kind: CaseDocumentKind, dated date: CivilDate) -> Bool {
    !Self.renewedKinds.contains(kind) || date > cutoff
  }
}
