/// The deadline of the 42e-weekmelding (Ziektewet art. 38): the first working day after week 42,
/// skipping weekends and the holidays and equated days of the Algemene termijnenwet art. 3.
struct Report42 {
  /// The day after week 42.
  let afterWeek42: CivilDate
  /// The first working day on or after it.
  let deadline: CivilDate
  /// How the deadline was found, in Dutch; names a year whose equated days are not known.
  let basis: String

  init(calendar: SickDayCalendar) {
    let after = calendar.lastDay(ofWeek: 42).adding(days: 1)
    let deadline = DutchHolidays.workingDay(onOrAfter: after)
    afterWeek42 = after
    self.deadline = deadline
    var skipped: [String] = []
    var day = after
    while day < deadline {
      if let name = DutchHolidays.holiday(on: day) {
        skipped.append("\(DutchDate.long(day)) is \(name)")
      } else if day == after {
        skipped.append("\(DutchDate.long(day)) is \(day.isoWeekday == 6 ? "een zaterdag" : "een zondag")")
      }
      day = day.adding(days: 1)
    }
    var basis = "eerste werkdag na week 42"
    if !skipped.isEmpty { basis += " (\(skipped.joined(separator: ", ")))" }
    let years = Set([after.year, deadline.year]).sorted().filter { !EquatedDays.isKnown($0) }
    if !years.isEmpty {
      basis += "; gelijkgestelde dagen voor \(years.map(String.init).joined(separator: " en ")) niet bekend"
    }
    self.basis = basis
  }
}
