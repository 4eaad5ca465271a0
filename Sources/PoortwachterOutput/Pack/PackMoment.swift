import PoortwachterCore

/// When a case's UWV pack is due to be made: from week 88 of the waiting period (three weeks
/// before the re-integratieverslag must be complete in week 91; with a verlenging that moment
/// moves with it), or the variant's own moment: a recorded vervroegde IVA application (due by
/// week 68), the last day of employment for ziek uit dienst, the end of the waiting period.
struct PackMoment {
  let evaluation: CaseEvaluation

  init(_ evaluation: CaseEvaluation) { self.evaluation = evaluation }

  /// The first week a pack is made in the ordinary case.
  static let firstWeek = 88

  /// The reason a pack is not made yet (one line, to follow "nog geen UWV-pakket: "), or `nil`
  /// when it is due.
  var tooEarly: PackPlan.NoPack? {
    let timeline = evaluation.timeline
    let peildatum = timeline.peildatum
    let c = evaluation.loaded.caseFile
    if let last = timeline.ziekUitDienst.lastDayOfEmployment, timeline.ziekUitDienst.variant != .geen {
      guard peildatum < last else { return nil }
      return early(
        "het dienstverband loopt nog tot \(DutchDate.long(last)); bij ziek uit dienst is het pakket "
          + "nodig vanaf de laatste dag van het dienstverband")
    }
    if let applied = c.verzuim.vervroegdeIvaAangevraagdOp, applied <= peildatum { return nil }
    if case .wachttijdVoorbij = evaluation.phase { return nil }
    // The first day of week 88: 27 days before the (possibly extended) last day of week 91.
    if let complete = timeline[.eindevaluatie]?.uiterlijk {
      let from = complete.adding(days: -27)
      guard peildatum < from else { return nil }
      let extended = timeline.calendar.week(of: from) != Self.firstWeek ? " (met de verlenging)" : ""
      return early(
        "week \(timeline.currentWeek) van de wachttijd; het pakket wordt gemaakt vanaf week "
          + "\(timeline.calendar.week(of: from))\(extended), op \(DutchDate.long(from)), drie weken voordat "
          + "het re-integratieverslag compleet moet zijn")
    }
    guard timeline.currentWeek < Self.firstWeek else { return nil }
    return early(
      "week \(timeline.currentWeek) van de wachttijd; het pakket wordt gemaakt vanaf week \(Self.firstWeek)")
  }

  private func early(_ text: String) -> PackPlan.NoPack {
    PackPlan.NoPack(reason: text, isTooEarly: true)
  }
}
