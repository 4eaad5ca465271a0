import PoortwachterCore

/// The periods the timeline shows as bands under its axis: the tweede spoor (from its start until
/// its phases are all closed, or the case stops), a vrijwillige verlenging (after week 104) and a
/// loonsanctie (after the extended waiting period).
struct TimelineBands {
  /// One band.
  struct Band {
    /// `tweede_spoor`, `verlenging` or `loonsanctie` (CSS class).
    let kind: String
    /// The label: `tweede spoor`, `verlenging 26 weken`.
    let text: String
    let from: CivilDate
    let to: CivilDate
  }

  let caseFile: CaseFile
  let timeline: Timeline

  func bands() -> [Band] {
    var result: [Band] = []
    let absence = caseFile.verzuim
    if let spoor = caseFile.tweedeSpoor, spoor.vrijstelling == nil, let start = spoor.gestartOp,
      start <= timeline.peildatum
    {
      let caseEnd = CasePhase.end(caseFile: caseFile, timeline: timeline)
      var end = min(timeline.peildatum, caseEnd ?? timeline.peildatum)
      let closings = spoor.fasen.compactMap(\.tot)
      if !spoor.fasen.isEmpty, closings.count == spoor.fasen.count, let closed = closings.max() {
        end = min(end, closed)
      }
      result.append(Band(kind: "tweede_spoor", text: "tweede spoor", from: start, to: max(start, end)))
    }
    let week104 = timeline.calendar.lastDay(ofWeek: 104)
    let extension_ = absence.verlengingen.reduce(0) { $0 + $1.weken }
    if extension_ > 0 {
      result.append(
        Band(
          kind: "verlenging", text: "verlenging \(extension_) weken", from: week104,
          to: week104.adding(days: 7 * extension_)))
    }
    if let sanction = absence.loonsanctie, sanction.weken > 0 {
      let start = week104.adding(days: 7 * extension_)
      result.append(
        Band(
          kind: "loonsanctie", text: "loonsanctie \(sanction.weken) weken", from: start,
          to: start.adding(days: 7 * sanction.weken)))
    }
    return result
  }
}
