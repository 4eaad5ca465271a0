/// The next periodic steps of a running case: the evaluation of the plan van aanpak and the
/// progress report of the tweede spoor, each as ``PeriodicSchedule`` defines it (the same schedule
/// the evaluation and tweede-spoor rules check, so the agenda and the findings never disagree).
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
    let evaluation = PeriodicSchedule.evaluations(caseFile, timeline: timeline)?.next.map {
      Step(kind: .evaluatie, deadline: $0.deadline, basis: $0.basis)
    }
    let report = PeriodicSchedule.reports(caseFile, timeline: timeline)?.next.map {
      Step(kind: .rapportageTweedeSpoor, deadline: $0.deadline, basis: $0.basis)
    }
    return [evaluation, report].compactMap { $0 }
  }
}
