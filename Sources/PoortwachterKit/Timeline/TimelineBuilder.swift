/// Computes the milestone dates and statuses of one case (the arithmetic of `docs/rekenregels.md`).
struct TimelineBuilder {
  let caseFile: CaseFile
  let calendar: SickDayCalendar
  let peildatum: CivilDate

  func build() -> [Milestone] {
    let c = caseFile
    // Documents from before a new waiting period belong to the earlier period.
    let current = { (date: CivilDate?) in date.flatMap { $0 >= calendar.firstSickDay ? $0 : nil } }
    let pa = c.probleemanalyse.flatMap { current($0.datum) == nil ? nil : $0 }
    let week6 = calendar.lastDay(ofWeek: 6)
    let week8 = calendar.lastDay(ofWeek: 8)
    let week52 = calendar.lastDay(ofWeek: 52)
    // The contract fixes these at weeks 91 and 93, also with a vrijwillige verlenging; the rules
    // then judge them against the extended dates (see `MilestoneRules.extendedDeadline`).
    let week91 = calendar.lastDay(ofWeek: 91)
    let week93 = calendar.lastDay(ofWeek: 93)
    let afterWeek42 = calendar.lastDay(ofWeek: 42).adding(days: 1)
    let report42 = DutchHolidays.workingDay(onOrAfter: afterWeek42)
    let spoorBase = min(current(c.eerstejaarsevaluatie?.datum) ?? week52, week52)
    let extensionWeeks =
      c.verzuim.verlengingen.reduce(0) { $0 + $1.weken } + (c.verzuim.loonsanctie?.weken ?? 0)
    let end = calendar.lastDay(ofWeek: 104).adding(days: 7 * extensionWeeks)
    let planDeadline = pa.map { $0.datum.adding(days: 14) } ?? week8
    let report42Basis =
      afterWeek42 == report42
      ? "eerste werkdag na week 42"
      : "eerste werkdag na week 42 (\(DutchDate.long(afterWeek42)) is \(Self.nonWorkingReason(afterWeek42)))"
    let ziekUitDienst = ZiekUitDienst(caseFile: c, calendar: calendar)

    var rows: [Milestone] = []
    func add(
      _ id: Milestone.ID, _ uiterlijk: CivilDate, done: CivilDate?, basis: String, vanaf: CivilDate? = nil,
      exempt: Bool = false
    ) {
      var deadline = uiterlijk
      var notApplicable = exempt
      if let last = ziekUitDienst.lastDayOfEmployment, deadline > last {
        if ziekUitDienst.dueOnLastDay(id) {
          deadline = last
        } else if id != .eindeWachttijd {
          notApplicable = true
        }
      }
      // Checked after the move: leaving before recovery still requires the RIV on the last day.
      if let recovered = c.verzuim.volledigHersteldOp, deadline > recovered { notApplicable = true }
      // After a new waiting period, documents of the earlier period do not count for this one.
      let done = done.flatMap { $0 >= calendar.firstSickDay ? $0 : nil }
      rows.append(
        Milestone(
          id: id, vanaf: vanaf, uiterlijk: deadline, gedaan: done,
          status: status(id, vanaf: vanaf, uiterlijk: deadline, done: done, notApplicable: notApplicable),
          basis: basis))
    }
    add(.probleemanalyse, week6, done: pa?.datum, basis: "laatste dag van week 6")
    add(
      .planVanAanpak, planDeadline, done: c.planVanAanpak?.datum,
      basis: pa == nil ? "laatste dag van week 8 (geen probleemanalyse)" : "probleemanalyse + 14 dagen",
      exempt: pa?.benutbareMogelijkheden == false)
    add(.melding42eWeek, report42, done: c.melding42eWeek?.datum, basis: report42Basis)
    add(
      .eerstejaarsevaluatie, week52, done: c.eerstejaarsevaluatie?.datum, basis: "week 46 tot en met week 52",
      vanaf: calendar.firstDay(ofWeek: 46))
    add(
      .tweedeSpoor, spoorBase.adding(days: 42), done: c.tweedeSpoor?.gestartOp,
      basis: c.eerstejaarsevaluatie == nil || spoorBase == week52
        ? "laatste dag van week 52 + 42 dagen" : "eerstejaarsevaluatie + 42 dagen",
      exempt: c.tweedeSpoor?.vrijstelling != nil)
    let basis91 = "laatste dag van week 91"
    add(.actueelOordeel, week91, done: c.actueelOordeel?.datum, basis: basis91)
    add(.eindevaluatie, week91, done: c.eindevaluatie?.datum, basis: basis91)
    add(.rivAanWerknemer, week91, done: c.rivAanWerknemer?.datum, basis: basis91)
    add(.wiaAanvraag, week93, done: c.wiaAanvraag?.datum, basis: "laatste dag van week 93")
    add(
      .eindeWachttijd, end, done: nil,
      basis: extensionWeeks == 0
        ? "laatste dag van week 104" : "laatste dag van week 104 + \(extensionWeeks) weken")
    return rows
  }

  private func status(
    _ id: Milestone.ID, vanaf: CivilDate?, uiterlijk: CivilDate, done: CivilDate?, notApplicable: Bool
  ) -> Milestone.Status {
    if notApplicable { return .nietVanToepassing }
    if id == .eindeWachttijd { return peildatum <= uiterlijk ? .open : .verlopen }
    if let done {
      if let vanaf, done < vanaf { return .teVroeg }
      return done <= uiterlijk ? .opTijd : .teLaat
    }
    return uiterlijk < peildatum ? .verlopen : .open
  }

  static func nonWorkingReason(_ date: CivilDate) -> String {
    if let name = DutchHolidays.holiday(on: date) { return name }
    return date.isoWeekday == 6 ? "een zaterdag" : "een zondag"
  }
}
