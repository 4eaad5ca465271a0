/// Computes the milestone dates and statuses of one case (the arithmetic of `docs/rekenregels.md`).
struct TimelineBuilder {
  /// The plan van aanpak is due this many days after the probleemanalyse (RPE art. 4).
  static let planAfterAnalysisDays = 14
  /// The tweede spoor starts within this many days after the eerstejaarsevaluatie (UWV).
  static let secondTrackStartDays = 42

  let caseFile: CaseFile
  let calendar: SickDayCalendar
  let peildatum: CivilDate
  /// Worked out once by ``Timeline`` and shared.
  let ziekUitDienst: ZiekUitDienst

  func build() -> [Milestone] {
    let c = caseFile
    // Documents from before a new waiting period belong to the earlier period; documents dated
    // after the peildatum do not exist yet: neither sets a deadline nor makes a milestone not due.
    let current = { (date: CivilDate?) in
      date.flatMap { $0 >= calendar.firstSickDay && $0 <= peildatum ? $0 : nil }
    }
    let eje = c.eerstejaarsevaluatie.flatMap { current($0.datum) == nil ? nil : $0 }
    let pa = c.probleemanalyse.flatMap { current($0.datum) == nil ? nil : $0 }
    let week6 = calendar.lastDay(ofWeek: 6)
    let week8 = calendar.lastDay(ofWeek: 8)
    let week52 = calendar.lastDay(ofWeek: 52)
    // A vrijwillige verlenging moves the RIV parts and the WIA application with the end of the
    // waiting period (art. 64 lid 3 WIA); a loonsanctie moves only the end.
    let verlenging = c.verzuim.verlengingWeeks
    let extensionText = verlenging == 0 ? "" : " + \(verlenging) weken vrijwillige verlenging"
    let week91 = calendar.lastDay(ofWeek: 91).adding(days: 7 * verlenging)
    let week93 = calendar.lastDay(ofWeek: 93).adding(days: 7 * verlenging)
    let sanction = c.verzuim.loonsanctie?.weken ?? 0
    let end = Timeline.endOfWaitingPeriod(calendar, c.verzuim)
    let spoorBase = min(eje?.datum ?? week52, week52)
    let planDeadline = pa.map { $0.datum.adding(days: Self.planAfterAnalysisDays) } ?? week8
    // After a vrijwillige verlenging the oordeel and eindevaluatie of the request do not count.
    let renewal = VerlengingRenewal(absence: c.verzuim, calendar: calendar)

    var rows: [Milestone] = []
    func add(
      _ id: Milestone.ID, _ uiterlijk: CivilDate, done: CivilDate?, basis: String, vanaf: CivilDate? = nil,
      exempt: Bool = false
    ) {
      var deadline = uiterlijk
      var basis = basis
      var notApplicable = exempt
      if let last = ziekUitDienst.lastDayOfEmployment, deadline > last {
        if ziekUitDienst.dueOnLastDay(id) {
          deadline = last
          basis = "laatste dag van het dienstverband (ziek uit dienst)"
        } else if id != .eindeWachttijd {
          notApplicable = true
        }
      }
      // Fit on the deadline day (or before it): the obligation never arose. Checked after the
      // move: leaving before recovery still requires the RIV on the last day.
      if let recovered = c.verzuim.volledigHersteldOp, deadline >= recovered { notApplicable = true }
      // Documents of an earlier waiting period, or dated after the peildatum, are not done yet.
      var done = done.flatMap { $0 >= calendar.firstSickDay && $0 <= peildatum ? $0 : nil }
      if let renewal, let date = done, !renewal.counts(id, dated: date) { done = nil }
      rows.append(
        Milestone(
          id: id, vanaf: vanaf, uiterlijk: deadline, gedaan: done,
          status: status(id, vanaf: vanaf, uiterlijk: deadline, done: done, notApplicable: notApplicable),
          basis: basis))
    }
    add(.probleemanalyse, week6, done: pa?.datum, basis: "laatste dag van week 6")
    add(
      .planVanAanpak, planDeadline, done: c.planVanAanpak?.datum,
      basis: pa == nil
        ? "laatste dag van week 8 (geen probleemanalyse"
          + (c.probleemanalyse == nil ? ")" : " van deze wachttijd op de peildatum)")
        : "probleemanalyse + \(Self.planAfterAnalysisDays) dagen",
      exempt: pa?.benutbareMogelijkheden == false)
    let report42 = Report42(calendar: calendar)
    add(.melding42eWeek, report42.deadline, done: c.melding42eWeek?.datum, basis: report42.basis)
    add(
      .eerstejaarsevaluatie, week52, done: c.eerstejaarsevaluatie?.datum, basis: "week 46 tot en met week 52",
      vanaf: calendar.firstDay(ofWeek: 46))
    add(
      .tweedeSpoor, spoorBase.adding(days: Self.secondTrackStartDays), done: c.tweedeSpoor?.gestartOp,
      basis: eje == nil || spoorBase == week52
        ? "laatste dag van week 52 + \(Self.secondTrackStartDays) dagen"
        : "eerstejaarsevaluatie + \(Self.secondTrackStartDays) dagen",
      exempt: c.tweedeSpoor?.vrijstelling != nil)
    let basis91 = "laatste dag van week 91" + extensionText
    add(.actueelOordeel, week91, done: c.actueelOordeel?.datum, basis: basis91)
    add(.eindevaluatie, week91, done: c.eindevaluatie?.datum, basis: basis91)
    add(.rivAanWerknemer, week91, done: c.rivAanWerknemer?.datum, basis: basis91)
    add(.wiaAanvraag, week93, done: c.wiaAanvraag?.datum, basis: "laatste dag van week 93" + extensionText)
    add(
      .eindeWachttijd, end, done: nil,
      basis: "laatste dag van week 104" + extensionText
        + (sanction == 0 ? "" : " + \(sanction) weken loonsanctie"))
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
}
