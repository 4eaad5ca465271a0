/// The next periodic steps of a running case: the evaluation of the plan van aanpak and the
/// progress report of the tweede spoor, each due 6 weeks (42 days) after the previous one (UWV
/// Werkwijzer Poortwachter; the same interval the evaluation and tweede-spoor rules check). Days of
/// an interruption do not count. Nothing is due once the case no longer runs: full recovery, the
/// last day of employment, the end of the waiting period, or (for evaluations) the eindevaluatie.
struct PeriodicSteps {

  /// One step that is due.
  struct Step {
    let kind: AgendaItem.Kind
    let deadline: CivilDate
    let basis: String
  }

  let caseFile: CaseFile
  let timeline: Timeline

  func due() -> [Step] {
    [evaluation(), report()].compactMap { $0 }
  }

  /// The day the case stops running, if it has stopped or will stop at a known date.
  private var end: CivilDate? { CasePhase.end(caseFile: caseFile, timeline: timeline) }

  private func evaluation() -> Step? {
    let first = timeline.calendar.firstSickDay
    guard let plan = caseFile.planVanAanpak, plan.datum >= first, caseFile.eindevaluatie == nil else {
      return nil
    }
    let last = caseFile.evaluaties.map(\.datum).filter { $0 > plan.datum }.max()
    let basis =
      last.map { "laatste evaluatie (\(DutchDate.long($0))) + 6 weken" } ?? "plan van aanpak + 6 weken"
    return step(.evaluatie, after: last ?? plan.datum, basis: basis)
  }

  private func report() -> Step? {
    guard let spoor = caseFile.tweedeSpoor, spoor.vrijstelling == nil, let start = spoor.gestartOp else {
      return nil
    }
    // A placement (or its aftercare) ends the search; so do phases that are all closed.
    if spoor.fasen.contains(where: { $0.fase == .plaatsing || $0.fase == .nazorg }) { return nil }
    if !spoor.fasen.isEmpty, spoor.fasen.allSatisfy({ $0.tot != nil }) { return nil }
    let last = spoor.rapportages.map(\.datum).filter { $0 >= start }.max()
    let basis =
      last.map { "laatste rapportage (\(DutchDate.long($0))) + 6 weken" } ?? "start tweede spoor + 6 weken"
    return step(.rapportageTweedeSpoor, after: last ?? start, basis: basis)
  }

  /// `interval` sick days after `previous`, or `nil` when the case ends before that.
  private func step(_ kind: AgendaItem.Kind, after previous: CivilDate, basis: String) -> Step? {
    var deadline = previous.adding(days: Timeline.sixWeeks)
    // Interruption days do not count: move on until 42 sick days have passed.
    while true {
      let moved = previous.adding(
        days: Timeline.sixWeeks + timeline.calendar.gapDays(from: previous, to: deadline))
      if moved == deadline { break }
      deadline = moved
    }
    if let end, deadline >= end { return nil }
    return Step(kind: kind, deadline: deadline, basis: basis)
  }
}
